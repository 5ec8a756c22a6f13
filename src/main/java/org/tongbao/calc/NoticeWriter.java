package org.tongbao.calc;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.style.LineSpacing;
import com.sun.star.style.LineSpacingMode;
import com.sun.star.style.ParagraphAdjust;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.style.TabAlign;
import com.sun.star.style.TabStop;
import com.sun.star.table.XCellRange;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.PageNumberType;
import com.sun.star.text.TableColumnSeparator;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
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
 * {@value #PORTRAIT_MAX_COLUMNS} columns go on landscape pages.
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

    /** As in the .docx door: wider attachment tables go on landscape pages. */
    static final int PORTRAIT_MAX_COLUMNS = 6;

    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONG = "宋体";
    static final String WESTERN = "Times New Roman";

    /** 1 pt in Writer's 1/100 mm. */
    private static final double PT = 2540.0 / 72.0;
    private static final int BODY_PT = 16;
    /** 五号, as the .docx door sets the attachment table. */
    private static final float TABLE_PT = 10.5f;
    private static final short LINE = (short) Math.round(28.95 * PT);
    private static final int TWO_CHARACTERS = (int) Math.round(2 * BODY_PT * PT);
    /** One blank line of body text, as paragraph spacing. */
    private static final int ONE_LINE = LINE;
    /** The type area, 156 × 225 mm (turned on landscape pages). */
    private static final int TYPE_WIDTH = 15600;
    private static final int TYPE_HEIGHT = 22500;
    /** Half a table character, and a cell's padding with its rules, in 1/100 mm. */
    private static final int HALF_CHARACTER = (int) Math.round(10.5 / 2 * 2540 / 72);
    private static final int CELL_PADDING = 459;
    private static final int RED = 0xC00000;

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
     * the pages out once at the end instead of after every paragraph and table change (for a table
     * of 1,000 tasks 133 s became 48 s on a loaded machine). What remains is Writer's own: filling the
     * table (setDataArray) and setting its column separators took 52 s and 10 s for 1,000 rows, so a
     * notice of 10,000 tasks is not practical yet (README).
     */
    public static void fill(XTextDocument document, NoticeDocument notice) throws Exception {
        XModel model = UnoCast.require(XModel.class, document);
        model.lockControllers();
        try {
            layOut(document, notice);
        } finally {
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
        List<String> header = attachment.header();
        attachmentPage(document, header.size() > PORTRAIT_MAX_COLUMNS);
        paragraph(text, cursor, first, ATTACHMENT_LABEL, attachment.label());
        // a page of its own (landscape when wide); the title on the third line
        setParagraphProperty(cursor, "PageDescName", ATTACHMENT_PAGE);
        paragraph(text, cursor, false, TITLE, attachment.title());
        setParagraphProperty(cursor, "ParaTopMargin", ONE_LINE);
        if (header.isEmpty()) {
            return;
        }
        int rows = attachment.rows().size() + 1;
        XTextTable table = UnoCast.require(XTextTable.class,
                UnoCast.require(XMultiServiceFactory.class, document).createInstance("com.sun.star.text.TextTable"));
        table.initialize(rows, header.size());
        text.insertTextContent(cursor, UnoCast.require(XTextContent.class, table), false);
        XPropertySet tableProperties = UnoCast.require(XPropertySet.class, table);
        tableProperties.setPropertyValue("RepeatHeadline", true);
        tableProperties.setPropertyValue("HeaderRowCount", 1);
        tableProperties.setPropertyValue("TableColumnSeparators", separators(attachment,
                header.size() > PORTRAIT_MAX_COLUMNS ? TYPE_HEIGHT : TYPE_WIDTH,
                ((Number) tableProperties.getPropertyValue("TableColumnRelativeSum")).intValue()));
        Object[][] cells = new Object[rows][];
        cells[0] = header.toArray();
        for (int r = 1; r < rows; r++) {
            List<String> row = attachment.rows().get(r - 1);
            cells[r] = new Object[header.size()];
            for (int c = 0; c < header.size(); c++) {
                cells[r][c] = c < row.size() && row.get(c) != null ? row.get(c) : "";
            }
        }
        XCellRange all = UnoCast.require(XCellRange.class, table)
                .getCellRangeByPosition(0, 0, header.size() - 1, rows - 1);
        UnoCast.require(XCellRangeData.class, all).setDataArray(cells);
        // a cell range takes character and paragraph attributes, not a paragraph style
        XPropertySet range = UnoCast.require(XPropertySet.class, all);
        range.setPropertyValue("CharFontName", WESTERN);
        range.setPropertyValue("CharFontNameAsian", FANGSONG);
        range.setPropertyValue("CharHeight", TABLE_PT);
        range.setPropertyValue("CharHeightAsian", TABLE_PT);
        range.setPropertyValue("ParaAdjust", ParagraphAdjust.CENTER);
    }

    /**
     * Column widths by content, by the .docx door's rule ({@code DocxNoticeWriter.columnWidths}):
     * each column asks for its longest cell (at most 40 half-width characters; long text wraps)
     * and its header (at most 8) plus padding. When the asks fit, the spare room is shared in
     * proportion; when not, columns asking no more than an even share of what is left get their
     * ask, narrowest first, and the wide ones share the rest in proportion to their asks.
     */
    static TableColumnSeparator[] separators(AttachmentTable attachment, int width, int relativeSum) {
        int columns = attachment.header().size();
        long[] ask = new long[columns];
        long total = 0;
        for (int c = 0; c < columns; c++) {
            int longest = 0;
            for (List<String> row : attachment.rows()) {
                if (c < row.size() && row.get(c) != null) {
                    longest = Math.max(longest, halfWidths(row.get(c)));
                }
            }
            int chars = Math.max(2, Math.max(Math.min(halfWidths(attachment.header().get(c)), 8), Math.min(longest, 40)));
            ask[c] = chars * HALF_CHARACTER + CELL_PADDING;
            total += ask[c];
        }
        long[] widths = new long[columns];
        if (total <= width) {
            for (int c = 0; c < columns; c++) {
                widths[c] = width * ask[c] / total;
            }
        } else {
            Integer[] order = new Integer[columns];
            for (int c = 0; c < columns; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(c -> ask[c]));
            long left = width;
            int firstWide = 0;
            while (firstWide < columns && ask[order[firstWide]] <= left / (columns - firstWide)) {
                widths[order[firstWide]] = ask[order[firstWide]];
                left -= ask[order[firstWide]];
                firstWide++;
            }
            long wideAsks = 0;
            for (int i = firstWide; i < columns; i++) {
                wideAsks += ask[order[i]];
            }
            for (int i = firstWide; i < columns; i++) {
                widths[order[i]] = left * ask[order[i]] / wideAsks;
            }
        }
        TableColumnSeparator[] separators = new TableColumnSeparator[columns - 1];
        long position = 0;
        for (int c = 0; c < columns - 1; c++) {
            position += widths[c];
            separators[c] = new TableColumnSeparator((short) (relativeSum * position / width), true);
        }
        return separators;
    }

    /** Width in half-width characters: CJK and full-width forms count two. */
    static int halfWidths(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || (c >= 0xFF01 && c <= 0xFF60)
                || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
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
        page.setPropertyValue("IsLandscape", landscape);
        page.setPropertyValue("Width", landscape ? 29700 : 21000);
        page.setPropertyValue("Height", landscape ? 21000 : 29700);
        page.setPropertyValue("TopMargin", landscape ? 2800 : 3700);
        page.setPropertyValue("BottomMargin", landscape ? 2600 : 3500);
        page.setPropertyValue("LeftMargin", landscape ? 3700 : 2800);
        page.setPropertyValue("RightMargin", landscape ? 3500 : 2600);
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
        properties.setPropertyValue("CharFontName", SONG);
        properties.setPropertyValue("CharFontNameAsian", SONG);
        properties.setPropertyValue("CharHeight", 14f);
        properties.setPropertyValue("CharHeightAsian", 14f);
    }

    private static void paragraphStyles(XTextDocument document) throws Exception {
        XNameContainer styles = UnoCast.require(XNameContainer.class, UnoCast.require(XStyleFamiliesSupplier.class,
                document).getStyleFamilies().getByName("ParagraphStyles"));
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        style(styles, factory, BODY, FANGSONG, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        XPropertySet header = style(styles, factory, HEADER, FANGSONG, 14, ParagraphAdjust.LEFT, 0, 0);
        header.setPropertyValue("ParaTabStops", new TabStop[] {new TabStop(TYPE_WIDTH, TabAlign.RIGHT, ' ', ' ')});
        XPropertySet organ = style(styles, factory, ORGAN, XIAOBIAOSONG, 26, ParagraphAdjust.CENTER, 0, 0);
        organ.setPropertyValue("CharFontName", XIAOBIAOSONG);
        organ.setPropertyValue("CharColor", RED);
        organ.setPropertyValue("ParaLineSpacing", new LineSpacing(LineSpacingMode.FIX, (short) Math.round(39 * PT)));
        organ.setPropertyValue("ParaBottomMargin", 2 * ONE_LINE);
        XPropertySet title = style(styles, factory, TITLE, XIAOBIAOSONG, 22, ParagraphAdjust.CENTER, 0, 0);
        title.setPropertyValue("CharFontName", XIAOBIAOSONG);
        title.setPropertyValue("ParaBottomMargin", ONE_LINE);
        style(styles, factory, HEADING_1, HEITI, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        style(styles, factory, HEADING_2, KAITI, BODY_PT, ParagraphAdjust.BLOCK, TWO_CHARACTERS, 0);
        style(styles, factory, SIGNATURE, FANGSONG, BODY_PT, ParagraphAdjust.RIGHT, 0, 2 * TWO_CHARACTERS);
        style(styles, factory, ATTACHMENT_LABEL, HEITI, BODY_PT, ParagraphAdjust.LEFT, 0, 0);
    }

    private static XPropertySet style(XNameContainer styles, XMultiServiceFactory factory, String name, String font,
                                      float points, ParagraphAdjust adjust, int firstLineIndent, int rightMargin)
            throws Exception {
        if (!styles.hasByName(name)) {
            styles.insertByName(name, factory.createInstance("com.sun.star.style.ParagraphStyle"));
        }
        XPropertySet style = UnoCast.require(XPropertySet.class, styles.getByName(name));
        style.setPropertyValue("CharFontName", WESTERN);
        style.setPropertyValue("CharFontNameAsian", font);
        style.setPropertyValue("CharHeight", points);
        style.setPropertyValue("CharHeightAsian", points);
        style.setPropertyValue("ParaAdjust", adjust);
        style.setPropertyValue("ParaFirstLineIndent", firstLineIndent);
        style.setPropertyValue("ParaRightMargin", rightMargin);
        style.setPropertyValue("ParaTopMargin", 0);
        style.setPropertyValue("ParaBottomMargin", 0);
        style.setPropertyValue("ParaLineSpacing", new LineSpacing(LineSpacingMode.FIX, LINE));
        return style;
    }

    static PropertyValue property(String name, Object value) {
        PropertyValue property = new PropertyValue();
        property.Name = name;
        property.Value = value;
        return property;
    }
}
