package org.tongbao.poi;

import static org.tongbao.notice.NoticeLayout.LINE_PT;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.tongbao.io.AtomicFiles;
import org.tongbao.io.XmlText;
import org.tongbao.io.ZipParts;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeLayout;
import org.tongbao.notice.NoticeLayout.Alignment;
import org.tongbao.notice.NoticeLayout.CellLook;
import org.tongbao.notice.NoticeLayout.Page;
import org.tongbao.notice.NoticeLayout.PageNumber;
import org.tongbao.notice.NoticeLayout.ParagraphLook;
import org.tongbao.notice.NoticeLayout.TableLook;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;

/**
 * Writes a {@link NoticeDocument} as a .docx laid out by {@link NoticeLayout} (GB/T 9704-2012):
 * the page, each role's fonts, size, indent, spacing and keep-with-next, the page numbers (odd
 * pages right, even pages left) and the attachment table on pages of its own, its header row
 * repeated on every page. What is Word's own: a line grid of the body's line (22 lines a page),
 * and the body's letter spacing that makes 28 characters a line.
 *
 * <p>The official fonts are named on the East-Asian slot of every run; a viewer without them
 * substitutes its own.
 *
 * <p>Layout choices the model leaves open:
 * <ul>
 * <li>A tab in a text whose look has a right tab (the header line "督查办\t2023年2月27日") puts what
 * follows at a right tab stop on the right edge of the type area.</li>
 * <li>A line break ("\n") in any text becomes a line break in its paragraph.</li>
 * <li>Blank lines the standard asks for (below the title, above 附件：, above the signature,
 * below the attachment label) are paragraph spacing, not empty paragraphs, so that
 * {@link #paragraphTexts(Path)} returns exactly the model's paragraphs.</li>
 * </ul>
 *
 * <p>The package's parts are written straight out as XML text, the elements of each in schema
 * order: building them through XWPF/XMLBeans cost a second a notice (the attachment table's
 * thousands of cells, each a cell, paragraph and run object with their properties, then saved
 * again) and three more on first use for loading the schema types. POI reads the file back
 * in {@link #paragraphTexts(Path)}.
 */
public final class DocxNoticeWriter {

    // A4 and the GB/T 9704 type area, in twips (1/1440 inch).
    private static final Page PAGE = NoticeLayout.PAGE;
    static final int PAGE_WIDTH = mm(PAGE.widthMm());
    static final int PAGE_HEIGHT = mm(PAGE.heightMm());
    static final int TYPE_WIDTH = PAGE_WIDTH - mm(PAGE.leftMm()) - mm(PAGE.rightMm());
    static final int TYPE_HEIGHT = PAGE_HEIGHT - mm(PAGE.topMm()) - mm(PAGE.bottomMm());
    /** The body's line, which the line grid is set to. */
    static final int LINE = twips(LINE_PT);

    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.";
    /** Relationship ids of document.xml's parts. */
    private static final String SETTINGS_ID = "rId1";
    private static final String STYLES_ID = "rId2";
    private static final String ODD_FOOTER_ID = "rId3";
    private static final String EVEN_FOOTER_ID = "rId4";

    private DocxNoticeWriter() {
    }

    /**
     * Writes the notice to {@code target} (.docx), atomically: a temporary file in the same
     * folder is moved into place once complete.
     *
     * @throws IOException naming the target when the file cannot be written
     */
    public static void write(NoticeDocument notice, Path target) throws IOException {
        String document = documentXml(notice);
        AtomicFiles.write(target, out -> writePackage(document, out));
    }

    /**
     * The plain text of the notice's paragraphs in order, as a .docx written by this class holds
     * them: everything before the attachment (its label, title and table are left out).
     * Tabs read back as "\t", line breaks as "\n".
     */
    public static List<String> paragraphTexts(Path docx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    texts.add(paragraph.getText());
                    CTPPr pPr = paragraph.getCTP().getPPr();
                    if (pPr != null && pPr.isSetSectPr()) {
                        break; // end of the notice's section: the attachment follows
                    }
                }
            }
        }
        return texts;
    }

    // ---------------------------------------------------------------- the package

    private static void writePackage(String document, OutputStream target) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
        ZipParts.put(zip, "[Content_Types].xml", contentTypes());
        ZipParts.put(zip, "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + relationship("rId1", "word/document.xml", DOCUMENT_RELS + "/officeDocument")
                + relationship("rId2", "docProps/app.xml", DOCUMENT_RELS + "/extended-properties")
                + relationship("rId3", "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
                + "</Relationships>");
        ZipParts.put(zip, "docProps/app.xml", XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>tongbao</Application></Properties>");
        ZipParts.put(zip, "docProps/core.xml", XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</dcterms:created><dc:creator>tongbao</dc:creator></cp:coreProperties>");
        ZipParts.put(zip, "word/document.xml", document);
        ZipParts.put(zip, "word/_rels/document.xml.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + relationship(SETTINGS_ID, "settings.xml", DOCUMENT_RELS + "/settings")
                + relationship(STYLES_ID, "styles.xml", DOCUMENT_RELS + "/styles")
                + relationship(ODD_FOOTER_ID, "footer1.xml", DOCUMENT_RELS + "/footer")
                + relationship(EVEN_FOOTER_ID, "footer2.xml", DOCUMENT_RELS + "/footer")
                + "</Relationships>");
        ZipParts.put(zip, "word/footer1.xml", pageNumberFooter(true));
        ZipParts.put(zip, "word/footer2.xml", pageNumberFooter(false));
        ZipParts.put(zip, "word/settings.xml", XML_DECLARATION + "<w:settings xmlns:w=\"" + W_NS + "\">"
                + "<w:evenAndOddHeaders w:val=\"on\"/></w:settings>");
        ZipParts.put(zip, "word/styles.xml", styles());
        zip.finish();
        buffered.flush();
    }

    private static String contentTypes() {
        StringBuilder x = new StringBuilder(XML_DECLARATION);
        x.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        x.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        x.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        override(x, "/docProps/app.xml", CONTENT_TYPE + "extended-properties+xml");
        override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(x, "/word/document.xml", CONTENT_TYPE + "wordprocessingml.document.main+xml");
        override(x, "/word/footer1.xml", CONTENT_TYPE + "wordprocessingml.footer+xml");
        override(x, "/word/footer2.xml", CONTENT_TYPE + "wordprocessingml.footer+xml");
        override(x, "/word/settings.xml", CONTENT_TYPE + "wordprocessingml.settings+xml");
        override(x, "/word/styles.xml", CONTENT_TYPE + "wordprocessingml.styles+xml");
        return x.append("</Types>").toString();
    }

    private static void override(StringBuilder x, String part, String type) {
        x.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    // ---------------------------------------------------------------- the document

    /** word/document.xml: the notice's paragraphs, then (on pages of its own) the attachment. */
    static String documentXml(NoticeDocument notice) {
        AttachmentTable attachment = notice.attachment();
        int estimate = 8192 + (attachment == null ? 0 : attachment.rows().size() * attachment.header().size() * 400);
        Xml x = new Xml(estimate);
        x.raw(XML_DECLARATION).raw("<w:document xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\"><w:body>");

        List<NoticeParagraph> paragraphs = notice.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphRole previous = i > 0 ? paragraphs.get(i - 1).role() : null;
            ParagraphRole next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).role() : null;
            // The notice's own section ends with its last paragraph; the attachment starts a new page.
            boolean endsSection = attachment != null && i == paragraphs.size() - 1;
            noticeParagraph(x, paragraphs.get(i), previous, next, endsSection);
        }
        if (attachment == null) {
            noticeSection(x);
        } else {
            if (paragraphs.isEmpty()) {
                x.raw("<w:p><w:pPr>");
                noticeSection(x);
                x.raw("</w:pPr></w:p>");
            }
            // every attachment in the first one's type and on its pages, as a notice's attachments are set
            int columns = attachment.columns();
            boolean landscape = NoticeLayout.TABLE.landscape(columns);
            for (int a = 0; a < notice.attachments().size(); a++) {
                if (a > 0) {
                    x.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"); // 附件2 on a page of its own
                }
                attachment(x, notice.attachments().get(a), columns, landscape ? TYPE_HEIGHT : TYPE_WIDTH);
            }
            attachmentSection(x, landscape);
        }
        x.raw("</w:body></w:document>");
        return x.toString();
    }

    // ---------------------------------------------------------------- the notice

    private static void noticeParagraph(Xml x, NoticeParagraph paragraph, ParagraphRole previous,
            ParagraphRole next, boolean endsSection) {
        String text = paragraph.text();
        // A run-on 二级标题 (（一）提高工作认识。要…) is a body paragraph with its lead in the heading's face.
        boolean runOn = !paragraph.lead().isEmpty();
        ParagraphLook look = NoticeLayout.look(runOn ? ParagraphRole.BODY : paragraph.role());
        // The blank lines the standard asks for are between kinds of paragraph, not between two of one kind.
        boolean sameAbove = previous != null && NoticeLayout.look(previous).style().equals(look.style());
        boolean sameBelow = next != null && NoticeLayout.look(next).style().equals(look.style());
        Paragraph p = new Paragraph(look);
        p.sectionEnd = endsSection;
        p.redRule = look.ruleBelow() && !sameBelow;
        p.before = previous == null || sameAbove ? 0 : twips(look.spaceBeforePt());
        p.after = sameBelow ? 0 : twips(look.spaceAfterPt());
        p.open(x);
        if (runOn) {
            ParagraphLook heading = NoticeLayout.look(ParagraphRole.HEADING_2);
            text(x, paragraph.lead(), heading.eastAsianFont(), heading.latinFont(), heading.points(), heading.colour(),
                    heading.letterSpacingPt());
            text = text.substring(paragraph.lead().length());
        }
        text(x, text, look);
        x.raw("</w:p>");
    }

    /** A paragraph's properties, written as its opening {@code <w:p><w:pPr>…</w:pPr>}. */
    private static final class Paragraph {
        final ParagraphLook look;
        boolean redRule;
        int before;
        int after;
        boolean sectionEnd;

        Paragraph(ParagraphLook look) {
            this.look = look;
            this.after = twips(look.spaceAfterPt());
        }

        void open(Xml x) {
            x.raw("<w:p><w:pPr>");
            if (look.keepWithNext()) {
                x.raw("<w:keepNext/>");
            }
            if (redRule) {
                // 1.5 pt
                x.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"")
                        .raw(colour(look.colour())).raw("\"/></w:pBdr>");
            }
            if (look.rightTab()) {
                x.raw("<w:tabs><w:tab w:val=\"right\" w:pos=\"").num(TYPE_WIDTH).raw("\"/></w:tabs>");
            }
            if (!look.onLineGrid()) {
                // Type this large would take two grid lines; the organ and the title keep their own line height.
                x.raw("<w:snapToGrid w:val=\"false\"/>");
            }
            spacingXml(x, twips(look.lineSpacingPt()), before, after);
            double chars = look.firstLineIndentChars() > 0 ? look.firstLineIndentChars() : look.rightIndentChars();
            if (chars > 0) {
                String side = look.firstLineIndentChars() > 0 ? "firstLine" : "right";
                x.raw("<w:ind w:").raw(side).raw("=\"").num(twips(chars * look.points())).raw("\" w:").raw(side)
                        .raw("Chars=\"").num((int) Math.round(chars * 100)).raw("\"/>");
            }
            x.raw("<w:jc w:val=\"").raw(jc(look.alignment())).raw("\"/>");
            if (sectionEnd) {
                noticeSection(x);
            }
            x.raw("</w:pPr>");
        }
    }

    private static String jc(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "left";
            case CENTRE -> "center";
            case RIGHT -> "right";
            case JUSTIFIED -> "both";
        };
    }

    // ---------------------------------------------------------------- the attachment

    /** One attachment: its label, title and table, the table in the type of a table of {@code typeColumns} columns. */
    private static void attachment(Xml x, AttachmentTable attachment, int typeColumns, int width) {
        int columns = attachment.columns();
        for (ParagraphLook look : List.of(NoticeLayout.ATTACHMENT_LABEL, NoticeLayout.ATTACHMENT_TITLE)) {
            new Paragraph(look).open(x);
            text(x, look == NoticeLayout.ATTACHMENT_LABEL ? attachment.label() : attachment.title(), look);
            x.raw("</w:p>");
        }

        List<List<String>> lines = new ArrayList<>();
        lines.add(attachment.header());
        lines.addAll(attachment.rows());
        TableLook look = NoticeLayout.TABLE;
        double tablePt = look.points(typeColumns);
        int tableLine = twips(tablePt * look.lineRatio());
        int half = (int) Math.round(tablePt * 10);
        int padding = twips(look.paddingPt());
        int[] widths = attachment.columnWidths(width, half, padding);

        x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:tblBorders>");
        // Black rules all round and between cells, in eighths of a point.
        int rule = (int) Math.round(look.rulePt() * 8);
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            x.raw("<w:").raw(side).raw(" w:val=\"single\" w:sz=\"").num(rule).raw("\" w:space=\"0\" w:color=\"000000\"/>");
        }
        x.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
        }
        x.raw("</w:tblGrid>");

        // What every cell of a column starts with, up to its text: the same for all body rows.
        String[] headerCells = new String[columns];
        String[] bodyCells = new String[columns];
        CellLook[] bodyLooks = new CellLook[columns];
        boolean[] oneLine = attachment.oneLine(widths, half, padding);
        for (int c = 0; c < columns; c++) {
            bodyLooks[c] = oneLine[c] ? look.bodyCentred() : look.body();
            String tcPr = "<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>";
            Xml cell = new Xml(256);
            spacingXml(cell, tableLine, 0, 0);
            String spacing = cell.toString();
            headerCells[c] = tcPr + "<w:p><w:pPr>" + spacing + "<w:jc w:val=\"" + jc(look.header().alignment()) + "\"/></w:pPr>";
            bodyCells[c] = tcPr + "<w:p><w:pPr>" + spacing + "<w:jc w:val=\"" + jc(bodyLooks[c].alignment()) + "\"/></w:pPr>";
        }
        for (int r = 0; r < lines.size(); r++) {
            boolean header = r == 0;
            x.raw(header ? "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/><w:tblHeader w:val=\"on\"/></w:trPr>"
                    : "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
            List<String> values = lines.get(r);
            if (!header && columns > 1 && values.size() == 1) {
                // A category row: one cell across the table.
                CellLook category = look.category();
                x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:gridSpan w:val=\"")
                        .num(columns).raw("\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr>");
                spacingXml(x, tableLine, 0, 0);
                x.raw("<w:jc w:val=\"").raw(jc(category.alignment())).raw("\"/></w:pPr>");
                text(x, values.get(0), category.eastAsianFont(), category.latinFont(), tablePt, NoticeLayout.BLACK, 0);
                x.raw("</w:p></w:tc></w:tr>");
                continue;
            }
            for (int c = 0; c < columns; c++) {
                x.raw(header ? headerCells[c] : bodyCells[c]);
                String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                CellLook cell = header ? look.header() : bodyLooks[c];
                text(x, value, cell.eastAsianFont(), cell.latinFont(), tablePt, NoticeLayout.BLACK, 0);
                x.raw("</w:p></w:tc>");
            }
            x.raw("</w:tr>");
        }
        x.raw("</w:tbl>");
        // A body must end with a paragraph; keep it one point high so it never makes a page of its own.
        x.raw("<w:p><w:pPr>");
        spacingXml(x, 20, 0, 0);
        x.raw("</w:pPr></w:p>");
    }

    // ---------------------------------------------------------------- page set-up

    /** The notice's pages: A4 portrait, the standard margins, footers and line grid. */
    private static void noticeSection(Xml x) {
        x.raw("<w:sectPr>");
        footerReferences(x);
        pageSize(x, false);
        margins(x, PAGE);
        // 22 lines: a line grid at the fixed body line. 28 characters: LibreOffice (7.4) lays out
        // a character grid with a negative charSpace at about half the pitch, so instead of
        // type="linesAndChars" the body runs are condensed to the pitch (the looks' letter spacing), which
        // is what Word's character grid does to 16 pt type in a 156 mm line.
        x.raw("<w:docGrid w:type=\"lines\" w:linePitch=\"").num(LINE).raw("\"/></w:sectPr>");
    }

    /** The attachment's pages: the same type area, turned a quarter when the table is wide. */
    private static void attachmentSection(Xml x, boolean landscape) {
        x.raw("<w:sectPr>");
        footerReferences(x);
        pageSize(x, landscape);
        margins(x, landscape ? PAGE.landscape() : PAGE);
        x.raw("</w:sectPr>");
    }

    /** The page's margins; the page number's line (about 6 mm high) its distance below the type area. */
    private static void margins(Xml x, Page page) {
        double footer = page.bottomMm() - NoticeLayout.PAGE_NUMBER.belowTypeAreaMm() - 6;
        x.raw("<w:pgMar w:top=\"").num(mm(page.topMm())).raw("\" w:right=\"").num(mm(page.rightMm()))
                .raw("\" w:bottom=\"").num(mm(page.bottomMm())).raw("\" w:left=\"").num(mm(page.leftMm()))
                .raw("\" w:header=\"").num(mm(15)).raw("\" w:footer=\"").num(mm(footer)).raw("\" w:gutter=\"0\"/>");
    }

    private static void footerReferences(Xml x) {
        x.raw("<w:footerReference w:type=\"default\" r:id=\"" + ODD_FOOTER_ID + "\"/>");
        x.raw("<w:footerReference w:type=\"even\" r:id=\"" + EVEN_FOOTER_ID + "\"/>");
    }

    private static void pageSize(Xml x, boolean landscape) {
        x.raw("<w:pgSz w:w=\"").num(landscape ? PAGE_HEIGHT : PAGE_WIDTH)
                .raw("\" w:h=\"").num(landscape ? PAGE_WIDTH : PAGE_HEIGHT)
                .raw(landscape ? "\" w:orient=\"landscape\"/>" : "\"/>");
    }

    /** The page number, one character in from the edge: odd pages right, even pages left. */
    private static String pageNumberFooter(boolean odd) {
        PageNumber number = NoticeLayout.PAGE_NUMBER;
        Xml x = new Xml(2048);
        x.raw(XML_DECLARATION).raw("<w:ftr xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\"><w:p><w:pPr>");
        x.raw(odd ? "<w:ind w:right=\"" : "<w:ind w:left=\"").num(twips(number.indentChars() * number.points())).raw("\"/>");
        x.raw(odd ? "<w:jc w:val=\"right\"/>" : "<w:jc w:val=\"left\"/>").raw("</w:pPr>");
        run(x, number.before(), number.font(), number.font(), number.points(), NoticeLayout.BLACK, 0);
        field(x, "<w:fldChar w:fldCharType=\"begin\"/>");
        field(x, "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
        field(x, "<w:fldChar w:fldCharType=\"separate\"/>");
        run(x, "1", number.font(), number.font(), number.points(), NoticeLayout.BLACK, 0);
        field(x, "<w:fldChar w:fldCharType=\"end\"/>");
        run(x, number.after(), number.font(), number.font(), number.points(), NoticeLayout.BLACK, 0);
        return x.raw("</w:p></w:ftr>").toString();
    }

    private static void field(Xml x, String content) {
        PageNumber number = NoticeLayout.PAGE_NUMBER;
        runStart(x, number.font(), number.font(), number.points(), NoticeLayout.BLACK, 0);
        x.raw(content).raw("</w:r>");
    }

    /**
     * Document defaults and the Normal style: 3号 仿宋, Chinese, widow control. The grid's 28 characters are
     * measured in this size (Word reads it from the defaults, LibreOffice from the Normal style).
     */
    private static String styles() {
        Xml x = new Xml(2048);
        x.raw(XML_DECLARATION).raw("<w:styles xmlns:w=\"" + W_NS + "\"><w:docDefaults><w:rPrDefault>");
        bodyFont(x);
        x.raw("</w:rPrDefault></w:docDefaults>");
        x.raw("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>");
        // Word's widow control keeps two lines together at the foot and at the head of a page
        x.raw(NoticeLayout.WIDOW_LINES > 1 ? "<w:pPr><w:widowControl/></w:pPr>" : "<w:pPr><w:widowControl w:val=\"0\"/></w:pPr>");
        bodyFont(x);
        return x.raw("</w:style></w:styles>").toString();
    }

    private static void bodyFont(Xml x) {
        ParagraphLook body = NoticeLayout.look(ParagraphRole.BODY);
        x.raw("<w:rPr>");
        fonts(x, body.eastAsianFont(), body.latinFont());
        x.raw("<w:sz w:val=\"").half(body.points()).raw("\"/><w:szCs w:val=\"").half(body.points()).raw("\"/>");
        x.raw("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>");
    }

    // ---------------------------------------------------------------- runs

    private static void text(Xml x, String text, ParagraphLook look) {
        text(x, text, look.eastAsianFont(), look.latinFont(), look.points(), look.colour(), look.letterSpacingPt());
    }

    /** Writes {@code text} as runs of one face and size; "\n" becomes a line break, "\t" a tab. */
    private static void text(Xml x, String text, String eastAsia, String latin, double pt, int colour,
            double letterSpacing) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\t') {
                if (i > start) {
                    run(x, text.substring(start, i), eastAsia, latin, pt, colour, letterSpacing);
                }
                runStart(x, eastAsia, latin, pt, colour, letterSpacing);
                x.raw(ch == '\n' ? "<w:br/></w:r>" : "<w:tab/></w:r>");
                start = i + 1;
            }
        }
        if (text.length() > start) {
            run(x, start == 0 ? text : text.substring(start), eastAsia, latin, pt, colour, letterSpacing);
        }
    }

    private static void run(Xml x, String text, String eastAsia, String latin, double pt, int colour,
            double letterSpacing) {
        runStart(x, eastAsia, latin, pt, colour, letterSpacing);
        boolean preserve = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        x.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text).raw("</w:t></w:r>");
    }

    /** {@code <w:r>} and its properties, in schema order: fonts, colour, letter spacing, size. */
    private static void runStart(Xml x, String eastAsia, String latin, double pt, int colour, double letterSpacing) {
        x.raw("<w:r><w:rPr>");
        fonts(x, eastAsia, latin);
        if (colour != NoticeLayout.BLACK) {
            x.raw("<w:color w:val=\"").raw(colour(colour)).raw("\"/>");
        }
        if (letterSpacing != 0) {
            x.raw("<w:spacing w:val=\"").num(twips(letterSpacing)).raw("\"/>");
        }
        x.raw("<w:sz w:val=\"").half(pt).raw("\"/><w:szCs w:val=\"").half(pt).raw("\"/></w:rPr>");
    }

    private static void fonts(Xml x, String eastAsia, String latin) {
        x.raw("<w:rFonts w:hint=\"eastAsia\" w:ascii=\"").attr(latin).raw("\" w:hAnsi=\"").attr(latin)
                .raw("\" w:eastAsia=\"").attr(eastAsia).raw("\" w:cs=\"").attr(latin).raw("\"/>");
    }

    private static void spacingXml(Xml x, int line, int before, int after) {
        x.raw("<w:spacing w:before=\"").num(before).raw("\" w:after=\"").num(after)
                .raw("\" w:line=\"").num(line).raw("\" w:lineRule=\"exact\"/>");
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    private static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    private static String colour(int rgb) {
        return String.format("%06X", rgb);
    }

    /** XML text being written: markup as given, text and attribute values escaped. */
    static final class Xml {
        private final StringBuilder sb;

        Xml(int capacity) {
            sb = new StringBuilder(capacity);
        }

        Xml raw(String markup) {
            sb.append(markup);
            return this;
        }

        Xml num(int value) {
            sb.append(value);
            return this;
        }

        /** A size in half points (10.5 pt → 21). */
        Xml half(double pt) {
            sb.append(Math.round(pt * 2));
            return this;
        }

        Xml attr(String value) {
            XmlText.append(sb, value, true);
            return this;
        }

        Xml text(String value) {
            XmlText.append(sb, value, false);
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
