package org.tongbao.calc;

import static org.tongbao.notice.NoticeLayout.BODY_PT;
import static org.tongbao.notice.NoticeLayout.FANGSONG;
import static org.tongbao.notice.NoticeLayout.HEADER_PT;
import static org.tongbao.notice.NoticeLayout.HEITI;
import static org.tongbao.notice.NoticeLayout.KAITI;
import static org.tongbao.notice.NoticeLayout.LATIN;
import static org.tongbao.notice.NoticeLayout.MARGIN_BOTTOM_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_LEFT_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_RIGHT_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_TOP_MM;
import static org.tongbao.notice.NoticeLayout.ORGAN_PT;
import static org.tongbao.notice.NoticeLayout.PAGE_HEIGHT_MM;
import static org.tongbao.notice.NoticeLayout.PAGE_NUMBER_PT;
import static org.tongbao.notice.NoticeLayout.PAGE_WIDTH_MM;
import static org.tongbao.notice.NoticeLayout.PORTRAIT_MAX_COLUMNS;
import static org.tongbao.notice.NoticeLayout.RED;
import static org.tongbao.notice.NoticeLayout.SONGTI;
import static org.tongbao.notice.NoticeLayout.TITLE_PT;
import static org.tongbao.notice.NoticeLayout.TYPE_HEIGHT_MM;
import static org.tongbao.notice.NoticeLayout.TYPE_WIDTH_MM;
import static org.tongbao.notice.NoticeLayout.XIAOBIAOSONG;

import java.util.EnumMap;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.style.LineSpacing;
import com.sun.star.style.LineSpacingMode;
import com.sun.star.style.ParagraphAdjust;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.style.TabAlign;
import com.sun.star.style.TabStop;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.PageNumberType;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.Exception;
import com.sun.star.uno.XComponentContext;

import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;

/**
 * The notice as a Writer document laid out per GB/T 9704-2012: A4, margins top 37 mm and left 28 mm
 * (type area 156 × 225 mm), body 3号 仿宋_GB2312 with fixed 28.95 pt lines (22 a page), title 2号
 * 方正小标宋简体 centred, headings 黑体 / 楷体_GB2312, the attachment on a page of its own. Each layout
 * is a named paragraph style (通报-正文 …) the office can change; text goes in through one cursor.
 * The layout choices follow the .docx door ({@code DocxNoticeWriter}): a tab in the header line
 * goes to a right tab stop; blank lines the standard asks for are paragraph spacing, so the
 * document's paragraphs are exactly the model's; attachments wider than
 * {@code NoticeLayout.PORTRAIT_MAX_COLUMNS} columns go on landscape pages.
 */
public final class NoticeWriter {

    static final String BODY = "通报-正文";
    static final String TITLE = "通报-标题";
    static final String HEADING_1 = "通报-一级标题";
    static final String HEADING_2 = "通报-二级标题";
    static final String HEADER = "通报-版头";
    static final String ORGAN = "通报-发文机关";
    static final String SIGNATURE = "通报-署名";
    static final String ATTACHMENT_LABEL = "通报-附件标识";
    static final String ATTACHMENT_PAGE = "通报-附件页";

    /** 1 pt in Writer's 1/100 mm. */
    static final double PT = 2540.0 / 72.0;
    private static final short LINE = (short) Math.round(28.95 * PT);
    private static final int TWO_CHARACTERS = (int) Math.round(2 * BODY_PT * PT);
    /** One blank line of body text, as paragraph spacing. */
    private static final int ONE_LINE = LINE;
    /** The type area, 156 × 225 mm (turned on landscape pages). */
    private static final int TYPE_WIDTH = hmm(TYPE_WIDTH_MM);
    private static final int TYPE_HEIGHT = hmm(TYPE_HEIGHT_MM);

    private static final Map<ParagraphRole, String> STYLE_OF = new EnumMap<>(Map.of(
            ParagraphRole.HEADER, HEADER,
            ParagraphRole.ORGAN, ORGAN,
            ParagraphRole.TITLE, TITLE,
            ParagraphRole.BODY, BODY,
            ParagraphRole.HEADING_1, HEADING_1,
            ParagraphRole.HEADING_2, HEADING_2,
            ParagraphRole.ITEM, BODY,
            ParagraphRole.ATTACHMENT_NOTE, BODY,
            ParagraphRole.SIGNATURE, SIGNATURE));

    private NoticeWriter() {
    }

    /** A new Writer document; hidden when the Calc window is (tests, headless use). */
    public static XTextDocument open(XComponentContext context, boolean hidden) throws Exception {
        Object desktop = context.getServiceManager().createInstanceWithContext("com.sun.star.frame.Desktop", context);
        PropertyValue[] arguments = hidden ? new PropertyValue[] {property("Hidden", true)} : new PropertyValue[0];
        XComponent component = UnoCast.require(XComponentLoader.class, desktop)
                .loadComponentFromURL("private:factory/swriter", "_blank", 0, arguments);
        return UnoCast.require(XTextDocument.class, component);
    }

    /**
     * Lays the notice out in an empty Writer document, with its controllers locked: Writer then lays
     * the pages out once at the end instead of after every paragraph and table change. The
     * attachment's table goes in as one piece ({@link AttachmentLayout}).
     */
    public static void fill(XTextDocument document, NoticeDocument notice) throws Exception {
        fill(document, notice, null);
    }

    /**
     * {@link #fill(XTextDocument, NoticeDocument)} that ends {@code progress} while the controllers
     * are still locked. Ending a status indicator lets the office run its pending idle work, and
     * once the controllers are unlocked that includes laying out the whole notice (some 17 s for
     * 10,000 tasks), which would then happen inside the command instead of after it, while staff
     * already read the first page.
     */
    public static void fill(XTextDocument document, NoticeDocument notice, StatusProgress progress) throws Exception {
        XModel model = UnoCast.require(XModel.class, document);
        model.lockControllers();
        try {
            layOut(document, notice);
        } finally {
            if (progress != null) {
                progress.close();
            }
            model.unlockControllers();
        }
    }

    private static void layOut(XTextDocument document, NoticeDocument notice) throws Exception {
        pageStyle(document);
        paragraphStyles(document);
        XText text = document.getText();
        XTextCursor cursor = text.createTextCursor();
        boolean first = true;
        ParagraphRole previous = null;
        for (NoticeParagraph paragraph : notice.paragraphs()) {
            ParagraphRole role = paragraph.role();
            boolean runOn = !paragraph.lead().isEmpty();
            first = paragraph(text, cursor, first, runOn ? BODY : STYLE_OF.get(role), paragraph.text());
            if ((role == ParagraphRole.ATTACHMENT_NOTE || role == ParagraphRole.SIGNATURE) && previous != role) {
                // one blank line above 附件： and above the signature, as spacing
                setParagraphProperty(cursor, "ParaTopMargin", ONE_LINE);
            }
            if (runOn) {
                // （一）提高工作认识。… : the lead in 楷体, the rest of the paragraph in the body face
                XParagraphCursor lead = UnoCast.require(XParagraphCursor.class, cursor);
                lead.gotoStartOfParagraph(false);
                lead.goRight((short) paragraph.lead().length(), true);
                UnoCast.require(XPropertySet.class, lead).setPropertyValue("CharFontNameAsian", KAITI);
                lead.gotoEndOfParagraph(false);
            }
            previous = role;
        }
        if (notice.attachment() != null) {
            attachment(document, text, cursor, first, notice.attachment());
        }
    }

    private static void attachment(XTextDocument document, XText text, XTextCursor cursor, boolean first,
                                   AttachmentTable attachment) throws Exception {
        int columns = attachment.columns();
        boolean landscape = columns > PORTRAIT_MAX_COLUMNS;
        attachmentPage(document, landscape);
        paragraph(text, cursor, first, ATTACHMENT_LABEL, attachment.label());
        // a page of its own (landscape when wide); the title on the third line
        setParagraphProperty(cursor, "PageDescName", ATTACHMENT_PAGE);
        paragraph(text, cursor, false, TITLE, attachment.title());
        setParagraphProperty(cursor, "ParaTopMargin", ONE_LINE);
        if (columns == 0) {
            return;
        }
        AttachmentLayout.insert(document, text, cursor, attachment, landscape ? TYPE_HEIGHT : TYPE_WIDTH);
    }

    /** Starts a paragraph (after a break unless it is the document's first) in {@code style} with {@code content}. */
    private static boolean paragraph(XText text, XTextCursor cursor, boolean first, String style, String content)
            throws Exception {
        if (!first) {
            text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
        }
        setParagraphProperty(cursor, "ParaStyleName", style);
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                text.insertControlCharacter(cursor, ControlCharacter.LINE_BREAK, false);
            }
            text.insertString(cursor, lines[i], false);
        }
        return false;
    }

    private static void setParagraphProperty(XTextCursor cursor, String name, Object value) throws Exception {
        UnoCast.require(XPropertySet.class, cursor).setPropertyValue(name, value);
    }

    private static void pageStyle(XTextDocument document) throws Exception {
        XNameAccess pages = UnoCast.require(XNameAccess.class, UnoCast.require(XStyleFamiliesSupplier.class, document)
                .getStyleFamilies().getByName("PageStyles"));
        XPropertySet page = UnoCast.require(XPropertySet.class, pages.getByName("Standard"));
        a4(page, false);
        // page numbers: 4号 半角 宋体 "— 1 —", odd pages right, even pages left
        page.setPropertyValue("FooterIsOn", true);
        page.setPropertyValue("FooterIsShared", false);
        footer(document, UnoCast.require(XText.class, page.getPropertyValue("FooterText")), ParagraphAdjust.RIGHT);
        footer(document, UnoCast.require(XText.class, page.getPropertyValue("FooterTextLeft")), ParagraphAdjust.LEFT);
    }

    /** A4 with the GB/T 9704 type area (156 × 225 mm), turned when {@code landscape}. */
    private static void a4(XPropertySet page, boolean landscape) throws Exception {
        // turned a quarter: the top margin goes to the left, the left one to the bottom
        page.setPropertyValue("IsLandscape", landscape);
        page.setPropertyValue("Width", hmm(landscape ? PAGE_HEIGHT_MM : PAGE_WIDTH_MM));
        page.setPropertyValue("Height", hmm(landscape ? PAGE_WIDTH_MM : PAGE_HEIGHT_MM));
        page.setPropertyValue("TopMargin", hmm(landscape ? MARGIN_LEFT_MM : MARGIN_TOP_MM));
        page.setPropertyValue("BottomMargin", hmm(landscape ? MARGIN_RIGHT_MM : MARGIN_BOTTOM_MM));
        page.setPropertyValue("LeftMargin", hmm(landscape ? MARGIN_TOP_MM : MARGIN_LEFT_MM));
        page.setPropertyValue("RightMargin", hmm(landscape ? MARGIN_BOTTOM_MM : MARGIN_RIGHT_MM));
    }

    /** The attachment's page style: like the body's, landscape for wide tables. */
    private static void attachmentPage(XTextDocument document, boolean landscape) throws Exception {
        XNameContainer pages = UnoCast.require(XNameContainer.class, UnoCast.require(XStyleFamiliesSupplier.class,
                document).getStyleFamilies().getByName("PageStyles"));
        if (!pages.hasByName(ATTACHMENT_PAGE)) {
            pages.insertByName(ATTACHMENT_PAGE, UnoCast.require(XMultiServiceFactory.class, document)
                    .createInstance("com.sun.star.style.PageStyle"));
        }
        XPropertySet page = UnoCast.require(XPropertySet.class, pages.getByName(ATTACHMENT_PAGE));
        a4(page, landscape);
        page.setPropertyValue("FooterIsOn", true);
        page.setPropertyValue("FooterIsShared", false);
        footer(document, UnoCast.require(XText.class, page.getPropertyValue("FooterText")), ParagraphAdjust.RIGHT);
        footer(document, UnoCast.require(XText.class, page.getPropertyValue("FooterTextLeft")), ParagraphAdjust.LEFT);
    }

    private static void footer(XTextDocument document, XText footer, ParagraphAdjust adjust) throws Exception {
        XTextCursor cursor = footer.createTextCursor();
        XPropertySet properties = UnoCast.require(XPropertySet.class, cursor);
        properties.setPropertyValue("ParaAdjust", adjust);
        footer.insertString(cursor, "— ", false);
        XPropertySet field = UnoCast.require(XPropertySet.class, UnoCast.require(XMultiServiceFactory.class, document)
                .createInstance("com.sun.star.text.TextField.PageNumber"));
        field.setPropertyValue("NumberingType", com.sun.star.style.NumberingType.ARABIC);
        field.setPropertyValue("SubType", PageNumberType.CURRENT);
        footer.insertTextContent(cursor, UnoCast.require(XTextContent.class, field), false);
        footer.insertString(cursor, " —", false);
        cursor.gotoStart(false);
        cursor.gotoEnd(true);
        properties.setPropertyValue("CharFontName", SONGTI);
        properties.setPropertyValue("CharFontNameAsian", SONGTI);
        properties.setPropertyValue("CharHeight", (float) PAGE_NUMBER_PT);
        properties.setPropertyValue("CharHeightAsian", (float) PAGE_NUMBER_PT);
    }

    private static void paragraphStyles(XTextDocument document) throws Exception {
        XNameContainer styles = UnoCast.require(XNameContainer.class, UnoCast.require(XStyleFamiliesSupplier.class,
                document).getStyleFamilies().getByName("ParagraphStyles"));
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        style(styles, factory, BODY, FANGSONG, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        XPropertySet header = style(styles, factory, HEADER, FANGSONG, HEADER_PT, ParagraphAdjust.LEFT, 0, 0);
        header.setPropertyValue("ParaTabStops", new TabStop[] {new TabStop(TYPE_WIDTH, TabAlign.RIGHT, ' ', ' ')});
        XPropertySet organ = style(styles, factory, ORGAN, XIAOBIAOSONG, ORGAN_PT, ParagraphAdjust.CENTER, 0, 0);
        organ.setPropertyValue("CharFontName", XIAOBIAOSONG);
        organ.setPropertyValue("CharColor", RED);
        organ.setPropertyValue("ParaLineSpacing", new LineSpacing(LineSpacingMode.FIX, (short) Math.round(39 * PT)));
        organ.setPropertyValue("ParaBottomMargin", 2 * ONE_LINE);
        XPropertySet title = style(styles, factory, TITLE, XIAOBIAOSONG, TITLE_PT, ParagraphAdjust.CENTER, 0, 0);
        title.setPropertyValue("CharFontName", XIAOBIAOSONG);
        title.setPropertyValue("ParaBottomMargin", ONE_LINE);
        style(styles, factory, HEADING_1, HEITI, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        style(styles, factory, HEADING_2, KAITI, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        style(styles, factory, SIGNATURE, FANGSONG, BODY_PT, ParagraphAdjust.RIGHT, 0, 2 * TWO_CHARACTERS);
        style(styles, factory, ATTACHMENT_LABEL, HEITI, BODY_PT, ParagraphAdjust.LEFT, 0, 0);
    }

    static XPropertySet style(XNameContainer styles, XMultiServiceFactory factory, String name, String font,
                                      double points, ParagraphAdjust adjust, int firstLineIndent, int rightMargin)
            throws Exception {
        if (!styles.hasByName(name)) {
            styles.insertByName(name, factory.createInstance("com.sun.star.style.ParagraphStyle"));
        }
        XPropertySet style = UnoCast.require(XPropertySet.class, styles.getByName(name));
        style.setPropertyValue("CharFontName", LATIN);
        style.setPropertyValue("CharFontNameAsian", font);
        style.setPropertyValue("CharHeight", (float) points);
        style.setPropertyValue("CharHeightAsian", (float) points);
        style.setPropertyValue("ParaAdjust", adjust);
        style.setPropertyValue("ParaFirstLineIndent", firstLineIndent);
        style.setPropertyValue("ParaRightMargin", rightMargin);
        style.setPropertyValue("ParaTopMargin", 0);
        style.setPropertyValue("ParaBottomMargin", 0);
        style.setPropertyValue("ParaLineSpacing", new LineSpacing(LineSpacingMode.FIX, LINE));
        return style;
    }

    /** Millimetres in Writer's 1/100 mm. */
    private static int hmm(double millimetres) {
        return (int) Math.round(millimetres * 100);
    }

    static PropertyValue property(String name, Object value) {
        PropertyValue property = new PropertyValue();
        property.Name = name;
        property.Value = value;
        return property;
    }
}
