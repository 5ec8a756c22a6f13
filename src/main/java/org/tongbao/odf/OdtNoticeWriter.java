package org.tongbao.odf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import org.tongbao.io.AtomicFiles;
import org.tongbao.io.XmlText;
import org.tongbao.io.ZipParts;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeLayout;
import org.tongbao.notice.NoticeLayout.Alignment;
import org.tongbao.notice.NoticeLayout.CellLook;
import org.tongbao.notice.NoticeLayout.Page;
import org.tongbao.notice.NoticeLayout.ParagraphLook;
import org.tongbao.notice.NoticeLayout.TableLook;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;

/**
 * Writes a {@link NoticeDocument} as an OpenDocument text (.odt) laid out by {@link NoticeLayout}:
 * every look a named paragraph style (通报-正文, 通报-标题 …) the office can restyle, the notice's
 * pages and the attachment's (landscape for wide tables) as page styles with page numbers. This is
 * the one notice LibreOffice sees: the command line's .odt, its .pdf through either engine (the
 * office converts this file), and the Calc extension's Writer document (loaded from it).
 *
 * <p>Layout choices the model leaves open, as in the .docx: a tab in a text goes to a right tab
 * stop where the look has one (the header line), "\n" is a line break; the blank lines the
 * standard asks for are paragraph spacing, so the document's paragraphs are exactly the model's.
 *
 * <p>A long attachment goes in as the consecutive tables of {@link #pieces}, since Writer 7.4 lays
 * one table out in time that grows with the square of its rows.
 */
public final class OdtNoticeWriter {

    /** The page style of the notice's pages (Writer's default one, so a new page starts as the notice does). */
    public static final String NOTICE_PAGE = "Standard";
    /** The page style of the attachment's pages. */
    public static final String ATTACHMENT_PAGE = "通报-附件页";
    /** The name of the attachment's (first) table; later pieces are 附件-2, 附件-3 … */
    public static final String TABLE_NAME = "附件";
    /** The most rows that go in as one table. */
    public static final int ONE_TABLE_ROWS = 1_000;
    /** Rows of each of the consecutive tables a longer table goes in as. */
    public static final int PIECE_ROWS = 100;

    static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " office:version=\"1.3\"";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** The page number's line, fixed so that it never takes room from the type area. */
    private static final double PAGE_NUMBER_LINE_MM = 6;

    private OdtNoticeWriter() {
    }

    /**
     * Writes the notice to {@code target} (.odt), atomically: a temporary file in the same folder
     * is moved into place once complete.
     */
    public static void write(NoticeDocument notice, Path target) throws IOException {
        String content = contentXml(notice);
        String styles = stylesXml(notice);
        AtomicFiles.write(target, out -> writePackage(content, styles, out));
    }

    /**
     * The rows as the tables Writer gets them in, in order: all in one up to {@link #ONE_TABLE_ROWS},
     * else pieces of {@link #PIECE_ROWS}, written one right after the other so that they read as
     * one table, with the header row at the top of the first. Writer 7.4 lays one table out in
     * time that grows with the square of its rows (1,000 rows 15 s, 2,000 rows 60 s, the 11,200
     * rows of 10,000 tasks over 11 minutes, as a PDF export), consecutive pieces in linear time.
     * What such a table loses is the header row repeated on every page. Never empty: a table
     * without rows is one empty piece.
     */
    static List<List<List<String>>> pieces(List<List<String>> rows) {
        if (rows.size() <= ONE_TABLE_ROWS) {
            return List.of(rows);
        }
        List<List<List<String>>> pieces = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += PIECE_ROWS) {
            pieces.add(rows.subList(from, Math.min(rows.size(), from + PIECE_ROWS)));
        }
        return pieces;
    }

    // ---------------------------------------------------------------- the package

    private static void writePackage(String content, String styles, OutputStream target) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
        // read once, at once, mostly from the local disk: compressing harder only costs time
        zip.setLevel(Deflater.BEST_SPEED);
        ZipParts.put(zip, ZipParts.ODF_MIME_TYPE, MIME_TYPE.getBytes(StandardCharsets.US_ASCII)); // first, as ODF asks
        ZipParts.put(zip, "content.xml", content);
        ZipParts.put(zip, "styles.xml", styles);
        ZipParts.put(zip, "META-INF/manifest.xml", XML_DECLARATION
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                + MIME_TYPE + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>");
        zip.finish();
        buffered.flush();
    }

    // ---------------------------------------------------------------- styles.xml

    /** The named paragraph styles, the page layouts and the master pages with their page numbers. */
    static String stylesXml(NoticeDocument notice) {
        AttachmentTable attachment = notice.attachment();
        TableLook table = NoticeLayout.TABLE;
        StringBuilder x = new StringBuilder(16384);
        x.append(XML_DECLARATION).append("<office:document-styles").append(NAMESPACES).append('>');
        fontFaces(x);
        x.append("<office:styles>");
        ParagraphLook body = NoticeLayout.look(ParagraphRole.BODY);
        x.append("<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:orphans=\"")
                .append(NoticeLayout.WIDOW_LINES).append("\" fo:widows=\"").append(NoticeLayout.WIDOW_LINES).append("\"/>");
        textProperties(x, body.latinFont(), body.eastAsianFont(), body.points(), false, NoticeLayout.BLACK, 0);
        x.append("</style:default-style>");
        Set<String> written = new LinkedHashSet<>();
        for (ParagraphRole role : ParagraphRole.values()) {
            ParagraphLook look = NoticeLayout.look(role);
            if (written.add(look.style())) {
                paragraphStyle(x, look);
            }
        }
        paragraphStyle(x, NoticeLayout.ATTACHMENT_LABEL);
        paragraphStyle(x, NoticeLayout.ATTACHMENT_TITLE);
        if (attachment != null) {
            double points = table.points(attachment.columns());
            for (CellLook cell : List.of(table.header(), table.category(), table.body(), table.bodyCentred())) {
                x.append("<style:style style:name=\"").append(cell.style()).append("\" style:display-name=\"")
                        .append(cell.style()).append("\" style:family=\"paragraph\" style:class=\"extra\">")
                        .append("<style:paragraph-properties fo:text-align=\"").append(align(cell.alignment()))
                        .append("\" fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\" fo:text-indent=\"0pt\" fo:line-height=\"")
                        .append(pt(points * table.lineRatio())).append("\"/>");
                textProperties(x, cell.latinFont(), cell.eastAsianFont(), points, false, NoticeLayout.BLACK, 0);
                x.append("</style:style>");
            }
        }
        x.append("</office:styles><office:automatic-styles>");
        boolean landscape = attachment != null && table.landscape(attachment.columns());
        pageLayout(x, "pm1", NoticeLayout.PAGE);
        pageLayout(x, "pm2", landscape ? NoticeLayout.PAGE.landscape() : NoticeLayout.PAGE);
        NoticeLayout.PageNumber number = NoticeLayout.PAGE_NUMBER;
        String indent = pt(number.indentChars() * number.points());
        for (String[] side : new String[][] {{"MP1", "end", "fo:margin-right"}, {"MP2", "start", "fo:margin-left"}}) {
            x.append("<style:style style:name=\"").append(side[0]).append("\" style:family=\"paragraph\">")
                    .append("<style:paragraph-properties fo:text-align=\"").append(side[1]).append("\" ")
                    .append(side[2]).append("=\"").append(indent).append("\" fo:line-height=\"")
                    .append(mm(PAGE_NUMBER_LINE_MM)).append("\"/>");
            textProperties(x, number.font(), number.font(), number.points(), false, NoticeLayout.BLACK, 0);
            x.append("</style:style>");
        }
        x.append("</office:automatic-styles><office:master-styles>");
        masterPage(x, NOTICE_PAGE, "pm1");
        masterPage(x, ATTACHMENT_PAGE, "pm2");
        x.append("</office:master-styles></office:document-styles>");
        return x.toString();
    }

    /**
     * The fonts the styles name. Each part declares its own: the lead of a run-on heading, styled
     * in content.xml, finds its face only there.
     */
    private static void fontFaces(StringBuilder x) {
        TableLook table = NoticeLayout.TABLE;
        Set<String> fonts = new LinkedHashSet<>();
        for (ParagraphRole role : ParagraphRole.values()) {
            fonts.add(NoticeLayout.look(role).eastAsianFont());
            fonts.add(NoticeLayout.look(role).latinFont());
        }
        for (CellLook cell : List.of(table.header(), table.category(), table.body(), table.bodyCentred())) {
            fonts.add(cell.eastAsianFont());
            fonts.add(cell.latinFont());
        }
        fonts.add(NoticeLayout.ATTACHMENT_LABEL.eastAsianFont());
        fonts.add(NoticeLayout.ATTACHMENT_TITLE.eastAsianFont());
        fonts.add(NoticeLayout.PAGE_NUMBER.font());
        x.append("<office:font-face-decls>");
        for (String font : fonts) {
            String name = XmlText.attribute(font);
            x.append("<style:font-face style:name=\"").append(name).append("\" svg:font-family=\"")
                    .append(font.contains(" ") ? "&apos;" + name + "&apos;" : name).append("\"/>");
        }
        x.append("</office:font-face-decls>");
    }

    private static void paragraphStyle(StringBuilder x, ParagraphLook look) {
        x.append("<style:style style:name=\"").append(look.style()).append("\" style:display-name=\"")
                .append(look.style()).append("\" style:family=\"paragraph\" style:class=\"text\">");
        x.append("<style:paragraph-properties fo:text-align=\"").append(align(look.alignment()))
                .append("\" fo:text-indent=\"").append(pt(look.firstLineIndentChars() * look.points()))
                .append("\" fo:margin-left=\"0pt\" fo:margin-right=\"").append(pt(look.rightIndentChars() * look.points()))
                .append("\" fo:margin-top=\"").append(pt(look.spaceBeforePt()))
                .append("\" fo:margin-bottom=\"").append(pt(look.spaceAfterPt()))
                // the blank lines are between kinds of paragraph, not between two of one kind
                .append("\" style:contextual-spacing=\"true\" fo:line-height=\"").append(pt(look.lineSpacingPt()))
                .append('"');
        if (look.keepWithNext()) {
            x.append(" fo:keep-with-next=\"always\"");
        }
        if (look.ruleBelow()) {
            x.append(" fo:border-bottom=\"1.5pt solid ").append(colour(look.colour()))
                    .append("\" fo:padding-bottom=\"3pt\"");
        }
        if (look.rightTab()) {
            x.append("><style:tab-stops><style:tab-stop style:position=\"")
                    .append(mm(NoticeLayout.PAGE.typeWidthMm())).append("\" style:type=\"right\"/></style:tab-stops>")
                    .append("</style:paragraph-properties>");
        } else {
            x.append("/>");
        }
        textProperties(x, look.latinFont(), look.eastAsianFont(), look.points(), look.bold(), look.colour(),
                look.letterSpacingPt());
        x.append("</style:style>");
    }

    private static void textProperties(StringBuilder x, String latin, String eastAsian, double points, boolean bold,
                                       int colour, double letterSpacing) {
        x.append("<style:text-properties style:font-name=\"").append(XmlText.attribute(latin))
                .append("\" style:font-name-asian=\"").append(XmlText.attribute(eastAsian))
                .append("\" style:font-name-complex=\"").append(XmlText.attribute(latin))
                .append("\" fo:font-size=\"").append(pt(points)).append("\" style:font-size-asian=\"").append(pt(points))
                .append("\" style:font-size-complex=\"").append(pt(points))
                .append("\" fo:language=\"en\" fo:country=\"US\" style:language-asian=\"zh\" style:country-asian=\"CN\"");
        if (bold) {
            x.append(" fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"");
        }
        if (colour != NoticeLayout.BLACK) {
            x.append(" fo:color=\"").append(colour(colour)).append('"');
        }
        if (letterSpacing != 0) {
            x.append(" fo:letter-spacing=\"").append(pt(letterSpacing)).append('"');
        }
        x.append("/>");
    }

    /**
     * A4 with the type area of {@code page}. The page number's line sits in the bottom margin, its
     * top the set distance below the type area, so that the footer takes no room from the text.
     */
    private static void pageLayout(StringBuilder x, String name, Page page) {
        double below = NoticeLayout.PAGE_NUMBER.belowTypeAreaMm();
        x.append("<style:page-layout style:name=\"").append(name).append("\"><style:page-layout-properties")
                .append(" fo:page-width=\"").append(mm(page.widthMm())).append("\" fo:page-height=\"")
                .append(mm(page.heightMm())).append("\" style:print-orientation=\"")
                .append(page.widthMm() > page.heightMm() ? "landscape" : "portrait")
                .append("\" fo:margin-top=\"").append(mm(page.topMm()))
                .append("\" fo:margin-bottom=\"").append(mm(page.bottomMm() - below - PAGE_NUMBER_LINE_MM))
                .append("\" fo:margin-left=\"").append(mm(page.leftMm()))
                .append("\" fo:margin-right=\"").append(mm(page.rightMm())).append("\"/>")
                .append("<style:footer-style><style:header-footer-properties fo:min-height=\"")
                .append(mm(PAGE_NUMBER_LINE_MM)).append("\" fo:margin-top=\"").append(mm(below))
                .append("\" fo:margin-left=\"0mm\" fo:margin-right=\"0mm\" style:dynamic-spacing=\"false\"/>")
                .append("</style:footer-style></style:page-layout>");
    }

    /** A master page whose footer carries "— n —", right on odd pages and left on even ones. */
    private static void masterPage(StringBuilder x, String name, String layout) {
        NoticeLayout.PageNumber number = NoticeLayout.PAGE_NUMBER;
        String field = XmlText.text(number.before()) + "<text:page-number text:select-page=\"current\">1</text:page-number>"
                + XmlText.text(number.after());
        x.append("<style:master-page style:name=\"").append(name).append("\" style:display-name=\"").append(name)
                .append("\" style:page-layout-name=\"").append(layout).append("\">")
                .append("<style:footer><text:p text:style-name=\"MP1\">").append(field).append("</text:p></style:footer>")
                .append("<style:footer-left><text:p text:style-name=\"MP2\">").append(field)
                .append("</text:p></style:footer-left></style:master-page>");
    }

    // ---------------------------------------------------------------- content.xml

    /** The notice's paragraphs, then (from a page of its own) the attachment. */
    static String contentXml(NoticeDocument notice) {
        AttachmentTable attachment = notice.attachment();
        int estimate = 8192 + (attachment == null ? 0 : attachment.rows().size() * attachment.columns() * 120);
        StringBuilder x = new StringBuilder(estimate);
        x.append(XML_DECLARATION).append("<office:document-content").append(NAMESPACES).append('>');
        fontFaces(x);
        x.append("<office:automatic-styles>");
        List<NoticeParagraph> paragraphs = notice.paragraphs();
        if (!paragraphs.isEmpty()) {
            x.append("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"")
                    .append(styleOf(paragraphs.get(0))).append("\" style:master-page-name=\"").append(NOTICE_PAGE)
                    .append("\"/>");
        }
        x.append("<style:style style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"")
                .append(NoticeLayout.ATTACHMENT_LABEL.style()).append("\" style:master-page-name=\"")
                .append(ATTACHMENT_PAGE).append("\"/>");
        // a later attachment (附件2) starts a page of its own, on the first one's page style
        x.append("<style:style style:name=\"P3\" style:family=\"paragraph\" style:parent-style-name=\"")
                .append(NoticeLayout.ATTACHMENT_LABEL.style())
                .append("\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>");
        ParagraphLook lead = NoticeLayout.look(ParagraphRole.HEADING_2);
        x.append("<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties style:font-name=\"")
                .append(XmlText.attribute(lead.latinFont())).append("\" style:font-name-asian=\"")
                .append(XmlText.attribute(lead.eastAsianFont())).append("\"/></style:style>");
        List<AttachmentTable> attachments = notice.attachments();
        List<int[]> widths = new java.util.ArrayList<>();
        List<boolean[]> oneLine = new java.util.ArrayList<>();
        if (attachment != null && attachment.columns() > 0) {
            // every attachment in the first one's type and on its pages, as a notice's attachments are set
            TableLook table = NoticeLayout.TABLE;
            double points = table.points(attachment.columns());
            Page page = table.landscape(attachment.columns()) ? NoticeLayout.PAGE.landscape() : NoticeLayout.PAGE;
            // widths in 1/100 mm
            int tableWidth = (int) Math.round(page.typeWidthMm() * 100);
            int half = (int) Math.round(points / 2 * 2540 / 72);
            int padding = (int) Math.round(table.paddingPt() * 2540 / 72);
            for (int a = 0; a < attachments.size(); a++) {
                int[] w = attachments.get(a).columnWidths(tableWidth, half, padding);
                widths.add(w);
                oneLine.add(attachments.get(a).oneLine(w, half, padding));
                tableStyles(x, w, tableWidth, a);
            }
        }
        x.append("</office:automatic-styles><office:body><office:text>");
        for (int i = 0; i < paragraphs.size(); i++) {
            NoticeParagraph paragraph = paragraphs.get(i);
            String style = i == 0 ? "P1" : styleOf(paragraph);
            if (paragraph.lead().isEmpty()) {
                paragraph(x, style, paragraph.text());
            } else {
                // （一）提高工作认识。… : the lead in the heading's face, the rest of the paragraph in the body's
                x.append("<text:p text:style-name=\"").append(style).append("\"><text:span text:style-name=\"T1\">");
                text(x, paragraph.lead());
                x.append("</text:span>");
                text(x, paragraph.text().substring(paragraph.lead().length()));
                x.append("</text:p>");
            }
        }
        for (int a = 0; a < attachments.size(); a++) {
            AttachmentTable each = attachments.get(a);
            paragraph(x, a == 0 ? "P2" : "P3", each.label());
            paragraph(x, NoticeLayout.ATTACHMENT_TITLE.style(), each.title());
            if (!widths.isEmpty()) {
                tables(x, each, widths.get(a), oneLine.get(a), a);
            }
        }
        x.append("</office:text></office:body></office:document-content>");
        return x.toString();
    }

    /** A run-on 二级标题 is a body paragraph with its lead in the heading's face. */
    private static String styleOf(NoticeParagraph paragraph) {
        return NoticeLayout.look(paragraph.lead().isEmpty() ? paragraph.role() : ParagraphRole.BODY).style();
    }

    /**
     * Attachment {@code a}'s columns (C0… for the first, C1_0… for the second …); for the first, also
     * table T, rows R that never break across pages, cells X (rules all round) and Y (no top rule).
     */
    private static void tableStyles(StringBuilder x, int[] widths, int tableWidth, int a) {
        for (int c = 0; c < widths.length; c++) {
            x.append("<style:style style:name=\"").append(column(a, c)).append("\" style:family=\"table-column\">")
                    .append("<style:table-column-properties style:column-width=\"").append(hundredths(widths[c]))
                    .append("\"/></style:style>");
        }
        if (a > 0) {
            return;
        }
        TableLook table = NoticeLayout.TABLE;
        x.append("<style:style style:name=\"T\" style:family=\"table\"><style:table-properties style:width=\"")
                .append(hundredths(tableWidth)).append("\" fo:margin-left=\"0mm\" table:align=\"left\"/></style:style>");
        x.append("<style:style style:name=\"R\" style:family=\"table-row\">")
                .append("<style:table-row-properties fo:keep-together=\"always\"/></style:style>");
        // the padding the widths allow for, less the rules
        String padding = pt((table.paddingPt() - 2 * table.rulePt()) / 2);
        String cellProperties = "<style:table-cell-properties style:vertical-align=\"middle\""
                + " fo:padding-top=\"0pt\" fo:padding-bottom=\"0pt\" fo:padding-left=\"" + padding
                + "\" fo:padding-right=\"" + padding + "\"";
        String rule = pt(table.rulePt()) + " solid #000000";
        x.append("<style:style style:name=\"X\" style:family=\"table-cell\">").append(cellProperties)
                .append(" fo:border=\"").append(rule).append("\"/></style:style>");
        // the first row of a later piece: its top rule is the bottom rule of the row above
        x.append("<style:style style:name=\"Y\" style:family=\"table-cell\">").append(cellProperties)
                .append(" fo:border-top=\"none\" fo:border-left=\"").append(rule).append("\" fo:border-right=\"")
                .append(rule).append("\" fo:border-bottom=\"").append(rule).append("\"/></style:style>");
    }

    /** Attachment {@code a}'s column style for column {@code c}. */
    private static String column(int a, int c) {
        return a == 0 ? "C" + c : "C" + a + "_" + c;
    }

    private static void tables(StringBuilder x, AttachmentTable attachment, int[] widths, boolean[] oneLine, int a) {
        TableLook look = NoticeLayout.TABLE;
        int columns = widths.length;
        String[] bodyStyles = new String[columns];
        for (int c = 0; c < columns; c++) {
            bodyStyles[c] = (oneLine[c] ? look.bodyCentred() : look.body()).style();
        }
        List<List<List<String>>> pieces = pieces(attachment.rows());
        boolean categories = columns > 1;
        for (int p = 0; p < pieces.size(); p++) {
            boolean first = p == 0;
            x.append("<table:table table:name=\"").append(a == 0 ? TABLE_NAME : attachment.label())
                    .append(first ? "" : "-" + (p + 1)).append("\" table:style-name=\"T\">");
            for (int c = 0; c < columns; c++) {
                x.append("<table:table-column table:style-name=\"").append(column(a, c)).append("\"/>");
            }
            if (first) {
                x.append("<table:table-header-rows>");
                row(x, attachment.header(), columns, null, "X");
                x.append("</table:table-header-rows>");
            }
            List<List<String>> rows = pieces.get(p);
            for (int r = 0; r < rows.size(); r++) {
                String cell = first || r > 0 ? "X" : "Y";
                List<String> values = rows.get(r);
                if (categories && values.size() == 1) { // a category row spans the table
                    x.append("<table:table-row table:style-name=\"R\"><table:table-cell table:style-name=\"")
                            .append(cell).append("\" table:number-columns-spanned=\"").append(columns)
                            .append("\" office:value-type=\"string\">");
                    paragraph(x, look.category().style(), values.get(0));
                    x.append("</table:table-cell>");
                    for (int c = 1; c < columns; c++) {
                        x.append("<table:covered-table-cell/>");
                    }
                    x.append("</table:table-row>");
                } else {
                    row(x, values, columns, bodyStyles, cell);
                }
            }
            x.append("</table:table>");
        }
    }

    /** A row of {@code columns} cells in cell style {@code cell}; {@code styles} per column, or null for the header. */
    private static void row(StringBuilder x, List<String> values, int columns, String[] styles, String cell) {
        x.append("<table:table-row table:style-name=\"R\">");
        for (int c = 0; c < columns; c++) {
            x.append("<table:table-cell table:style-name=\"").append(cell).append("\" office:value-type=\"string\">");
            String value = c < values.size() ? values.get(c) : null;
            paragraph(x, styles == null ? NoticeLayout.TABLE.header().style() : styles[c], value == null ? "" : value);
            x.append("</table:table-cell>");
        }
        x.append("</table:table-row>");
    }

    private static void paragraph(StringBuilder x, String style, String text) {
        x.append("<text:p text:style-name=\"").append(style).append("\">");
        text(x, text);
        x.append("</text:p>");
    }

    /**
     * Paragraph text: markup escaped, "\n" a line break, "\t" a tab, runs of spaces kept (ODF
     * collapses them otherwise), carriage returns left out.
     */
    private static void text(StringBuilder x, String text) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean space = ch == ' ' && (i == 0 || text.charAt(i - 1) == ' ' || i == n - 1);
            if (ch != '\n' && ch != '\t' && ch != '\r' && !space) {
                continue;
            }
            XmlText.append(x, text.subSequence(start, i), false);
            if (space) {
                // a space at the start or end, or after another, would be collapsed
                int end = i;
                while (end < n && text.charAt(end) == ' ') {
                    end++;
                }
                x.append("<text:s text:c=\"").append(end - i).append("\"/>");
                i = end - 1;
            } else if (ch == '\n') {
                x.append("<text:line-break/>");
            } else if (ch == '\t') {
                x.append("<text:tab/>");
            }
            start = i + 1;
        }
        XmlText.append(x, text.subSequence(start, n), false);
    }

    private static String align(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "start";
            case CENTRE -> "center";
            case RIGHT -> "end";
            case JUSTIFIED -> "justify";
        };
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    private static String pt(double points) {
        return String.format(Locale.ROOT, "%.3fpt", points);
    }

    private static String mm(double millimetres) {
        return String.format(Locale.ROOT, "%.2fmm", millimetres);
    }

    private static String hundredths(int hundredthsOfMm) {
        return mm(hundredthsOfMm / 100.0);
    }
}
