package org.tongbao.poi;

import static org.tongbao.notice.NoticeLayout.BODY_PT;
import static org.tongbao.notice.NoticeLayout.CELL_PADDING_PT;
import static org.tongbao.notice.NoticeLayout.CHARS_PER_LINE;
import static org.tongbao.notice.NoticeLayout.FANGSONG;
import static org.tongbao.notice.NoticeLayout.HEADER_PT;
import static org.tongbao.notice.NoticeLayout.HEITI;
import static org.tongbao.notice.NoticeLayout.KAITI;
import static org.tongbao.notice.NoticeLayout.LATIN;
import static org.tongbao.notice.NoticeLayout.LINES_PER_PAGE;
import static org.tongbao.notice.NoticeLayout.MARGIN_BOTTOM_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_LEFT_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_RIGHT_MM;
import static org.tongbao.notice.NoticeLayout.MARGIN_TOP_MM;
import static org.tongbao.notice.NoticeLayout.ORGAN_PT;
import static org.tongbao.notice.NoticeLayout.PAGE_NUMBER_PT;
import static org.tongbao.notice.NoticeLayout.SONGTI;
import static org.tongbao.notice.NoticeLayout.TABLE_LINE_RATIO;
import static org.tongbao.notice.NoticeLayout.TITLE_PT;
import static org.tongbao.notice.NoticeLayout.XIAOBIAOSONG;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.tongbao.io.AtomicFiles;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeLayout;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;

/**
 * Writes a {@link NoticeDocument} as a .docx laid out per GB/T 9704-2012 (党政机关公文格式):
 * A4, top margin 37 mm, left 28 mm, type area 156 × 225 mm, 22 lines of 28 characters
 * (a line grid, and 3号 runs condensed by a quarter point so that 28 fit a line),
 * body 3号 仿宋_GB2312 at a fixed 28.95 pt line, title 2号 小标宋, headings 黑体 / 楷体,
 * page numbers "— 1 —" in 4号 宋体 (odd pages right, even pages left), and the attachment
 * table on a page of its own, its header row repeated on every page.
 *
 * <p>The official fonts are named on the East-Asian slot of every run; a viewer without them
 * substitutes its own. Digits and Latin letters of body text are set in Times New Roman.
 *
 * <p>Layout choices the model leaves open:
 * <ul>
 * <li>A {@link ParagraphRole#HEADER} text is written as given; a tab in it ("督查办\t2023年2月27日")
 * puts what follows at a right tab stop on the right edge of the type area.</li>
 * <li>A line break ("\n") in any text becomes a line break in its paragraph.</li>
 * <li>Blank lines the standard asks for (below the title, above 附件：, above the signature,
 * below the attachment label) are paragraph spacing, not empty paragraphs, so that
 * {@link #paragraphTexts(Path)} returns exactly the model's paragraphs.</li>
 * <li>An attachment table of more than {@value #PORTRAIT_MAX_COLUMNS} columns is set on
 * landscape A4 pages.</li>
 * </ul>
 *
 * <p>The package's parts are written straight out as XML text, the elements of each in schema
 * order: building them through XWPF/XMLBeans cost a second a notice (the attachment table's
 * thousands of cells, each a cell, paragraph and run object with their properties, then saved
 * again) and three more on first use for loading the schema types. POI reads the file back
 * in {@link #paragraphTexts(Path)}.
 */
public final class DocxNoticeWriter {

    /** Wider attachment tables go on landscape pages. */
    public static final int PORTRAIT_MAX_COLUMNS = NoticeLayout.PORTRAIT_MAX_COLUMNS;
    static final String RED = String.format("%06X", NoticeLayout.RED);

    // A4 and the GB/T 9704 type area, in twips (1/1440 inch).
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(MARGIN_TOP_MM);
    static final int MARGIN_LEFT = mm(MARGIN_LEFT_MM);
    static final int MARGIN_RIGHT = mm(MARGIN_RIGHT_MM);
    static final int MARGIN_BOTTOM = mm(MARGIN_BOTTOM_MM);
    static final int TYPE_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int TYPE_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    /** 28.95 pt: 22 lines fill the 225 mm type area. */
    static final int LINE = TYPE_HEIGHT / LINES_PER_PAGE;

    static final int BODY_CHAR = (int) (BODY_PT * 20);
    /**
     * Letter spacing of 3号 body runs, in twentieths of a point: 28 characters of 16 pt are 448 pt,
     * the type area is 442 pt wide, so each character gives up a quarter point.
     */
    static final int BODY_CONDENSE = -(int) Math.ceil(BODY_CHAR - (double) TYPE_WIDTH / CHARS_PER_LINE);
    /** A cell's left and right padding with its rules, in twips. */
    static final int CELL_PADDING = (int) Math.round(CELL_PADDING_PT * 20);

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
        part(zip, "[Content_Types].xml", contentTypes());
        part(zip, "_rels/.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + relationship("rId1", "word/document.xml", DOCUMENT_RELS + "/officeDocument")
                + relationship("rId2", "docProps/app.xml", DOCUMENT_RELS + "/extended-properties")
                + relationship("rId3", "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
                + "</Relationships>");
        part(zip, "docProps/app.xml", XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>tongbao</Application></Properties>");
        part(zip, "docProps/core.xml", XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</dcterms:created><dc:creator>tongbao</dc:creator></cp:coreProperties>");
        part(zip, "word/document.xml", document);
        part(zip, "word/_rels/document.xml.rels", XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + relationship(SETTINGS_ID, "settings.xml", DOCUMENT_RELS + "/settings")
                + relationship(STYLES_ID, "styles.xml", DOCUMENT_RELS + "/styles")
                + relationship(ODD_FOOTER_ID, "footer1.xml", DOCUMENT_RELS + "/footer")
                + relationship(EVEN_FOOTER_ID, "footer2.xml", DOCUMENT_RELS + "/footer")
                + "</Relationships>");
        part(zip, "word/footer1.xml", pageNumberFooter(true));
        part(zip, "word/footer2.xml", pageNumberFooter(false));
        part(zip, "word/settings.xml", XML_DECLARATION + "<w:settings xmlns:w=\"" + W_NS + "\">"
                + "<w:evenAndOddHeaders w:val=\"on\"/></w:settings>");
        part(zip, "word/styles.xml", styles());
        zip.finish();
        buffered.flush();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
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
            int columns = Math.max(attachment.header().size(),
                    attachment.rows().stream().mapToInt(List::size).max().orElse(0));
            boolean landscape = columns > PORTRAIT_MAX_COLUMNS;
            attachment(x, attachment, columns, landscape ? TYPE_HEIGHT : TYPE_WIDTH);
            attachmentSection(x, landscape);
        }
        x.raw("</w:body></w:document>");
        return x.toString();
    }

    // ---------------------------------------------------------------- the notice

    private static void noticeParagraph(Xml x, NoticeParagraph paragraph, ParagraphRole previous,
            ParagraphRole next, boolean endsSection) {
        String text = paragraph.text();
        Paragraph p = new Paragraph();
        p.sectionEnd = endsSection;
        switch (paragraph.role()) {
            case HEADER -> {
                p.tabRight = TYPE_WIDTH;
                p.spacing(LINE, 0, 0);
                p.jc = "left";
                p.open(x);
                text(x, text, FANGSONG, LATIN, HEADER_PT, null);
            }
            case ORGAN -> {
                // The organ's name sits on its own taller line; the red rule (版头分隔线) under
                // the last organ line, then two blank lines down to the title.
                p.redRule = next != ParagraphRole.ORGAN;
                p.offGrid = true;
                p.spacing((int) (ORGAN_PT * 20 * 1.5), 0, next == ParagraphRole.ORGAN ? 0 : 2 * LINE);
                p.jc = "center";
                p.open(x);
                text(x, text, XIAOBIAOSONG, XIAOBIAOSONG, ORGAN_PT, RED);
            }
            case TITLE -> {
                p.offGrid = true;
                p.spacing(LINE, 0, next == ParagraphRole.TITLE ? 0 : LINE);
                p.jc = "center";
                p.open(x);
                text(x, text, XIAOBIAOSONG, XIAOBIAOSONG, TITLE_PT, null);
            }
            case BODY, ITEM -> body(x, p, text, FANGSONG, 0);
            case HEADING_1 -> body(x, p, text, HEITI, 0);
            case HEADING_2 -> {
                // A heading on its own line (no lead) is 楷体 throughout; a run-on one only its lead.
                String lead = paragraph.lead().isEmpty() ? text : paragraph.lead();
                body(x, p, lead, KAITI, 0);
                text(x, text.substring(lead.length()), FANGSONG, LATIN, BODY_PT, null);
            }
            case ATTACHMENT_NOTE -> body(x, p, text, FANGSONG, previous == ParagraphRole.ATTACHMENT_NOTE ? 0 : LINE);
            case SIGNATURE -> {
                // 署名 and 成文日期: one blank line below the text, four characters from the right edge.
                p.spacing(LINE, previous == ParagraphRole.SIGNATURE || previous == null ? 0 : LINE, 0);
                p.indentRight = true;
                p.jc = "right";
                p.open(x);
                text(x, text, FANGSONG, LATIN, BODY_PT, null);
            }
            default -> throw new IllegalArgumentException("unknown paragraph role " + paragraph.role());
        }
        x.raw("</w:p>");
    }

    /** A body-text paragraph: justified, first line indented two characters, fixed line. */
    private static void body(Xml x, Paragraph p, String text, String eastAsia, int before) {
        p.spacing(LINE, before, 0);
        p.indentFirstLine = true;
        p.jc = "both";
        p.open(x);
        text(x, text, eastAsia, eastAsia.equals(HEITI) ? HEITI : LATIN, BODY_PT, null);
    }

    /** A paragraph's properties, written as its opening {@code <w:p><w:pPr>…</w:pPr>}. */
    private static final class Paragraph {
        int tabRight = -1;
        boolean redRule;
        boolean offGrid;
        int line = -1;
        int before;
        int after;
        boolean indentFirstLine;
        boolean indentRight;
        String jc;
        boolean sectionEnd;

        void spacing(int line, int before, int after) {
            this.line = line;
            this.before = before;
            this.after = after;
        }

        void open(Xml x) {
            x.raw("<w:p><w:pPr>");
            if (redRule) {
                // 1.5 pt
                x.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"" + RED + "\"/></w:pBdr>");
            }
            if (tabRight >= 0) {
                x.raw("<w:tabs><w:tab w:val=\"right\" w:pos=\"").num(tabRight).raw("\"/></w:tabs>");
            }
            if (offGrid) {
                // Type this large would take two grid lines; the organ and the title keep their own line height.
                x.raw("<w:snapToGrid w:val=\"false\"/>");
            }
            if (line >= 0) {
                spacingXml(x, line, before, after);
            }
            if (indentFirstLine) {
                x.raw("<w:ind w:firstLine=\"").num(2 * BODY_CHAR).raw("\" w:firstLineChars=\"200\"/>");
            }
            if (indentRight) {
                x.raw("<w:ind w:right=\"").num(4 * BODY_CHAR).raw("\" w:rightChars=\"400\"/>");
            }
            if (jc != null) {
                x.raw("<w:jc w:val=\"").raw(jc).raw("\"/>");
            }
            if (sectionEnd) {
                noticeSection(x);
            }
            x.raw("</w:pPr>");
        }
    }

    // ---------------------------------------------------------------- the attachment

    private static void attachment(Xml x, AttachmentTable attachment, int columns, int width) {
        Paragraph label = new Paragraph();
        label.spacing(LINE, 0, LINE); // the title goes on the third line
        label.jc = "left";
        label.open(x);
        text(x, attachment.label(), HEITI, HEITI, BODY_PT, null);
        x.raw("</w:p>");

        Paragraph title = new Paragraph();
        title.spacing(LINE, 0, LINE / 2);
        title.jc = "center";
        title.open(x);
        text(x, attachment.title(), XIAOBIAOSONG, XIAOBIAOSONG, TITLE_PT, null);
        x.raw("</w:p>");

        List<List<String>> lines = new ArrayList<>();
        lines.add(attachment.header());
        lines.addAll(attachment.rows());
        double tablePt = attachment.fontPoints();
        int tableLine = (int) Math.round(tablePt * 20 * TABLE_LINE_RATIO);
        int[] widths = attachment.columnWidths(width, (int) Math.round(tablePt * 10), CELL_PADDING);

        x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:tblBorders>");
        // Thin (½ pt) black rules all round and between cells.
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            x.raw("<w:").raw(side).raw(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        x.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
        }
        x.raw("</w:tblGrid>");

        // What every cell of a column starts with, up to its text: the same for all body rows.
        String[] headerCells = new String[columns];
        String[] bodyCells = new String[columns];
        for (int c = 0; c < columns; c++) {
            boolean narrow = NoticeLayout.centred(widths[c], width); // short figures and names read best centred
            String tcPr = "<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>";
            Xml cell = new Xml(256);
            spacingXml(cell, tableLine, 0, 0);
            String spacing = cell.toString();
            headerCells[c] = tcPr + "<w:p><w:pPr>" + spacing + "<w:jc w:val=\"center\"/></w:pPr>";
            bodyCells[c] = tcPr + "<w:p><w:pPr>" + spacing + "<w:jc w:val=\"" + (narrow ? "center" : "left") + "\"/></w:pPr>";
        }
        for (int r = 0; r < lines.size(); r++) {
            boolean header = r == 0;
            x.raw(header ? "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/><w:tblHeader w:val=\"on\"/></w:trPr>"
                    : "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
            List<String> values = lines.get(r);
            if (!header && attachment.spans(values)) {
                // A category row: one cell across the table, left-aligned.
                x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").num(width).raw("\" w:type=\"dxa\"/><w:gridSpan w:val=\"")
                        .num(columns).raw("\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr>");
                spacingXml(x, tableLine, 0, 0);
                x.raw("<w:jc w:val=\"left\"/></w:pPr>");
                text(x, values.get(0), HEITI, HEITI, tablePt, null);
                x.raw("</w:p></w:tc></w:tr>");
                continue;
            }
            for (int c = 0; c < columns; c++) {
                x.raw(header ? headerCells[c] : bodyCells[c]);
                String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                text(x, value, header ? HEITI : FANGSONG, header ? HEITI : LATIN, tablePt, null);
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
        x.raw("<w:pgMar w:top=\"").num(MARGIN_TOP).raw("\" w:right=\"").num(MARGIN_RIGHT)
                .raw("\" w:bottom=\"").num(MARGIN_BOTTOM).raw("\" w:left=\"").num(MARGIN_LEFT)
                // Page number: its dash 7 mm below the type area, the line about 6 mm high.
                .raw("\" w:header=\"").num(mm(15)).raw("\" w:footer=\"").num(mm(22)).raw("\" w:gutter=\"0\"/>");
        // 22 lines: a line grid at the fixed body line. 28 characters: LibreOffice (7.4) lays out
        // a character grid with a negative charSpace at about half the pitch, so instead of
        // type="linesAndChars" the body runs are condensed to the pitch (see BODY_CONDENSE), which
        // is what Word's character grid does to 16 pt type in a 156 mm line.
        x.raw("<w:docGrid w:type=\"lines\" w:linePitch=\"").num(LINE).raw("\"/></w:sectPr>");
    }

    /** The attachment's pages: the same type area, turned a quarter when the table is wide. */
    private static void attachmentSection(Xml x, boolean landscape) {
        x.raw("<w:sectPr>");
        footerReferences(x);
        pageSize(x, landscape);
        if (landscape) {
            x.raw("<w:pgMar w:top=\"").num(MARGIN_LEFT).raw("\" w:right=\"").num(MARGIN_BOTTOM)
                    .raw("\" w:bottom=\"").num(MARGIN_RIGHT).raw("\" w:left=\"").num(MARGIN_TOP)
                    .raw("\" w:header=\"").num(mm(15)).raw("\" w:footer=\"").num(mm(12));
        } else {
            x.raw("<w:pgMar w:top=\"").num(MARGIN_TOP).raw("\" w:right=\"").num(MARGIN_RIGHT)
                    .raw("\" w:bottom=\"").num(MARGIN_BOTTOM).raw("\" w:left=\"").num(MARGIN_LEFT)
                    .raw("\" w:header=\"").num(mm(15)).raw("\" w:footer=\"").num(mm(22));
        }
        x.raw("\" w:gutter=\"0\"/></w:sectPr>");
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

    /** "— 1 —" in 4号 宋体; odd pages right, even pages left, one character in from the edge. */
    private static String pageNumberFooter(boolean odd) {
        Xml x = new Xml(2048);
        x.raw(XML_DECLARATION).raw("<w:ftr xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\"><w:p><w:pPr>");
        x.raw(odd ? "<w:ind w:right=\"" : "<w:ind w:left=\"").num((int) (PAGE_NUMBER_PT * 20)).raw("\"/>");
        x.raw(odd ? "<w:jc w:val=\"right\"/>" : "<w:jc w:val=\"left\"/>").raw("</w:pPr>");
        run(x, "— ", SONGTI, SONGTI, PAGE_NUMBER_PT, null);
        field(x, "<w:fldChar w:fldCharType=\"begin\"/>");
        field(x, "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
        field(x, "<w:fldChar w:fldCharType=\"separate\"/>");
        run(x, "1", SONGTI, SONGTI, PAGE_NUMBER_PT, null);
        field(x, "<w:fldChar w:fldCharType=\"end\"/>");
        run(x, " —", SONGTI, SONGTI, PAGE_NUMBER_PT, null);
        return x.raw("</w:p></w:ftr>").toString();
    }

    private static void field(Xml x, String content) {
        runStart(x, SONGTI, SONGTI, PAGE_NUMBER_PT, null);
        x.raw(content).raw("</w:r>");
    }

    /**
     * Document defaults and the Normal style: 3号 仿宋, Chinese. The grid's 28 characters are
     * measured in this size (Word reads it from the defaults, LibreOffice from the Normal style).
     */
    private static String styles() {
        Xml x = new Xml(2048);
        x.raw(XML_DECLARATION).raw("<w:styles xmlns:w=\"" + W_NS + "\"><w:docDefaults><w:rPrDefault>");
        bodyFont(x);
        x.raw("</w:rPrDefault></w:docDefaults>");
        x.raw("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>");
        bodyFont(x);
        return x.raw("</w:style></w:styles>").toString();
    }

    private static void bodyFont(Xml x) {
        x.raw("<w:rPr>");
        fonts(x, FANGSONG, LATIN);
        x.raw("<w:sz w:val=\"").half(BODY_PT).raw("\"/><w:szCs w:val=\"").half(BODY_PT).raw("\"/>");
        x.raw("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>");
    }

    // ---------------------------------------------------------------- runs

    /** Writes {@code text} as runs of one face and size; "\n" becomes a line break, "\t" a tab. */
    private static void text(Xml x, String text, String eastAsia, String latin, double pt, String color) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\t') {
                if (i > start) {
                    run(x, text.substring(start, i), eastAsia, latin, pt, color);
                }
                runStart(x, eastAsia, latin, pt, color);
                x.raw(ch == '\n' ? "<w:br/></w:r>" : "<w:tab/></w:r>");
                start = i + 1;
            }
        }
        if (text.length() > start) {
            run(x, start == 0 ? text : text.substring(start), eastAsia, latin, pt, color);
        }
    }

    private static void run(Xml x, String text, String eastAsia, String latin, double pt, String color) {
        runStart(x, eastAsia, latin, pt, color);
        boolean preserve = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        x.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text).raw("</w:t></w:r>");
    }

    /** {@code <w:r>} and its properties, in schema order: fonts, colour, letter spacing, size. */
    private static void runStart(Xml x, String eastAsia, String latin, double pt, String color) {
        x.raw("<w:r><w:rPr>");
        fonts(x, eastAsia, latin);
        if (color != null) {
            x.raw("<w:color w:val=\"").raw(color).raw("\"/>");
        }
        if (pt == BODY_PT) {
            x.raw("<w:spacing w:val=\"").num(BODY_CONDENSE).raw("\"/>");
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
            return escape(value, true);
        }

        Xml text(String value) {
            return escape(value, false);
        }

        /**
         * Escapes markup characters; a carriage return is kept as a character reference, and
         * characters XML 1.0 cannot carry (other controls, unpaired surrogates) become "?".
         */
        private Xml escape(String value, boolean attribute) {
            int n = value.length();
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append(attribute ? "&quot;" : "\"");
                    case '\r' -> sb.append("&#13;");
                    case '\n', '\t' -> sb.append(attribute ? (ch == '\n' ? "&#10;" : "&#9;") : String.valueOf(ch));
                    default -> {
                        if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                            sb.append('?');
                        } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                            sb.append(ch).append(value.charAt(++i));
                        } else if (Character.isSurrogate(ch)) {
                            sb.append('?');
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
