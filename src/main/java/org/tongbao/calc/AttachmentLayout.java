package org.tongbao.calc;

import static org.tongbao.notice.NoticeLayout.CELL_PADDING_PT;
import static org.tongbao.notice.NoticeLayout.FANGSONG;
import static org.tongbao.notice.NoticeLayout.HEITI;
import static org.tongbao.notice.NoticeLayout.TABLE_LINE_RATIO;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameContainer;
import com.sun.star.document.XDocumentInsertable;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.style.LineSpacing;
import com.sun.star.style.LineSpacingMode;
import com.sun.star.style.ParagraphAdjust;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.Exception;

import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeLayout;

/**
 * The attachment's table in Writer, laid out as the .docx door lays it out ({@code DocxNoticeWriter}):
 * widths by {@link AttachmentTable#columnWidths}, type of {@link AttachmentTable#fontPoints()},
 * header row in 黑体 centred and repeated on every page, body in 仿宋 (figures in Times New Roman),
 * narrow columns centred and wide ones left, category rows (一、主要经济指标) one cell across the
 * table in 黑体, rows that do not break across pages, lines at an exact height. The text of each
 * kind of cell is a paragraph style the office can restyle: {@value #HEADER}, {@value #BODY},
 * {@value #BODY_CENTRED}, {@value #CATEGORY}.
 *
 * <p>The table goes in as a small .odt holding only the table, read by Writer's own import in one
 * {@code insertDocumentFromURL} (a temporary file, deleted afterwards). Building it through the text-table API cannot be made fast: Writer
 * sets every cell's text through its per-cell code even inside one {@code setDataArray} (0.4 ms a
 * cell at best, split into blocks; 1.4 ms in one call, as the call looks each cell up among the
 * others), and each cell merge re-lays the table out — some 20 s for 1,000 tasks, minutes for
 * 10,000, with controllers locked and undo off.
 *
 * <p>A long table goes in as the consecutive tables of {@link AttachmentTable#pieces()}, which
 * Writer lays out in linear time (the 11,200 rows of 10,000 tasks in 2 min instead of over 11) and
 * which read as one table: the same columns, no paragraph between them, and no top rule on the
 * first row of a piece, which the row above already draws. What such a table loses in Writer is the
 * header row repeated at the top of every page: it stands at the top of the attachment only.
 */
final class AttachmentLayout {

    static final String HEADER = "通报-表头";
    static final String BODY = "通报-表格";
    static final String BODY_CENTRED = "通报-表格居中";
    static final String CATEGORY = "通报-表格分类";
    /** The name of the (first) table; later pieces are 附件-2, 附件-3 … */
    static final String TABLE_NAME = "附件";

    /** 1 pt in Writer's 1/100 mm. */
    private static final double PT = NoticeWriter.PT;
    /** A cell's left and right padding with its rules, in 1/100 mm. */
    static final int CELL_PADDING = (int) Math.round(CELL_PADDING_PT * PT);
    /** Writer's own .odt filter: the one of its XML filters that can insert into a document. */
    private static final String ODT = "writer8";
    private static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";

    private AttachmentLayout() {
    }

    /** Inserts the table in a paragraph of its own after {@code cursor}, {@code width} wide (1/100 mm). */
    static void insert(XTextDocument document, XText text, XTextCursor cursor, AttachmentTable attachment, int width)
            throws Exception {
        double points = attachment.fontPoints();
        paragraphStyles(document, points);
        Path fragment;
        try {
            fragment = Files.createTempFile("tongbao-attachment-", ".odt");
        } catch (IOException e) {
            throw new Exception("cannot write the attachment table: " + e.getMessage());
        }
        XUndoManager undo = UnoCast.require(XUndoManagerSupplier.class, document).getUndoManager();
        undo.lock(); // a new document: nothing to take back, and no copy of the table to keep
        try {
            writeOdt(fragment, content(attachment, width));
            text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
            UnoCast.require(XDocumentInsertable.class, cursor).insertDocumentFromURL(fragment.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {NoticeWriter.property("FilterName", ODT)});
        } catch (IOException e) {
            throw new Exception("cannot write the attachment table: " + e.getMessage());
        } finally {
            undo.unlock();
            try {
                Files.deleteIfExists(fragment);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temporary folder
            }
        }
    }

    /** The four paragraph styles of the table's text, in the table's type size. */
    private static void paragraphStyles(XTextDocument document, double points) throws Exception {
        XNameContainer styles = UnoCast.require(XNameContainer.class, UnoCast.require(XStyleFamiliesSupplier.class,
                document).getStyleFamilies().getByName("ParagraphStyles"));
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        LineSpacing line = new LineSpacing(LineSpacingMode.FIX, (short) Math.round(points * TABLE_LINE_RATIO * PT));
        for (String name : List.of(HEADER, BODY, BODY_CENTRED, CATEGORY)) {
            boolean heiti = name.equals(HEADER) || name.equals(CATEGORY);
            boolean centred = name.equals(HEADER) || name.equals(BODY_CENTRED);
            XPropertySet style = NoticeWriter.style(styles, factory, name, heiti ? HEITI : FANGSONG, points,
                    centred ? ParagraphAdjust.CENTER : ParagraphAdjust.LEFT, 0, 0);
            if (heiti) {
                style.setPropertyValue("CharFontName", HEITI);
            }
            style.setPropertyValue("ParaLineSpacing", line);
        }
    }

    /** An .odt package of {@code content}: its mimetype (stored, first), content.xml and manifest. */
    private static void writeOdt(Path target, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            // read once, at once, from the local disk: compressing harder only costs time (0.4 s at 10,000 tasks)
            zip.setLevel(Deflater.BEST_SPEED);
            byte[] mimeType = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimeType.length);
            CRC32 crc = new CRC32();
            crc.update(mimeType);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimeType);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIME_TYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** content.xml of a text document holding the table and nothing else. */
    static String content(AttachmentTable attachment, int width) {
        int columns = attachment.columns();
        double points = attachment.fontPoints();
        int[] widths = attachment.columnWidths(width, (int) Math.round(points / 2 * PT), CELL_PADDING);
        StringBuilder x = new StringBuilder(4096 + attachment.rows().size() * columns * 120);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
                .append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"")
                .append(" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"")
                .append(" office:version=\"1.3\">");
        x.append("<office:automatic-styles>");
        x.append("<style:style style:name=\"T\" style:family=\"table\"><style:table-properties style:width=\"")
                .append(mm(width)).append("\" table:align=\"left\"/></style:style>");
        for (int c = 0; c < columns; c++) {
            x.append("<style:style style:name=\"C").append(c).append("\" style:family=\"table-column\">")
                    .append("<style:table-column-properties style:column-width=\"").append(mm(widths[c]))
                    .append("\"/></style:style>");
        }
        // rows never break across pages; thin rules all round; the padding the widths allow for
        x.append("<style:style style:name=\"R\" style:family=\"table-row\">")
                .append("<style:table-row-properties fo:keep-together=\"always\"/></style:style>");
        double padding = (CELL_PADDING_PT - 1) / 2;
        String cellProperties = "<style:table-cell-properties style:vertical-align=\"middle\""
                + " fo:padding-top=\"0pt\" fo:padding-bottom=\"0pt\""
                + String.format(Locale.ROOT, " fo:padding-left=\"%.2fpt\" fo:padding-right=\"%.2fpt\"", padding, padding);
        String rule = "0.5pt solid #000000";
        x.append("<style:style style:name=\"X\" style:family=\"table-cell\">").append(cellProperties)
                .append(" fo:border=\"").append(rule).append("\"/></style:style>");
        // the first row of a later piece: its top rule is the bottom rule of the row above
        x.append("<style:style style:name=\"Y\" style:family=\"table-cell\">").append(cellProperties)
                .append(" fo:border-top=\"none\" fo:border-left=\"").append(rule).append("\" fo:border-right=\"")
                .append(rule).append("\" fo:border-bottom=\"").append(rule).append("\"/></style:style>");
        x.append("</office:automatic-styles><office:body><office:text>");
        String[] bodyStyles = new String[columns];
        for (int c = 0; c < columns; c++) {
            bodyStyles[c] = NoticeLayout.centred(widths[c], width) ? BODY_CENTRED : BODY;
        }
        List<List<List<String>>> pieces = attachment.pieces();
        for (int p = 0; p < pieces.size(); p++) {
            boolean first = p == 0;
            x.append("<table:table table:name=\"").append(TABLE_NAME).append(first ? "" : "-" + (p + 1))
                    .append("\" table:style-name=\"T\">");
            for (int c = 0; c < columns; c++) {
                x.append("<table:table-column table:style-name=\"C").append(c).append("\"/>");
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
                if (attachment.spans(values)) {
                    x.append("<table:table-row table:style-name=\"R\"><table:table-cell table:style-name=\"")
                            .append(cell).append("\" table:number-columns-spanned=\"").append(columns).append("\">");
                    paragraph(x, CATEGORY, values.get(0));
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
        x.append("</office:text></office:body></office:document-content>");
        return x.toString();
    }

    /** A row of {@code columns} cells in cell style {@code cell}; {@code styles} per column, or null for the header. */
    private static void row(StringBuilder x, List<String> values, int columns, String[] styles, String cell) {
        x.append("<table:table-row table:style-name=\"R\">");
        for (int c = 0; c < columns; c++) {
            x.append("<table:table-cell table:style-name=\"").append(cell).append("\" office:value-type=\"string\">");
            String value = c < values.size() ? values.get(c) : null;
            paragraph(x, styles == null ? HEADER : styles[c], value == null ? "" : value);
            x.append("</table:table-cell>");
        }
        x.append("</table:table-row>");
    }

    /**
     * A paragraph of {@code text}: markup characters escaped, "\n" a line break, "\t" a tab, runs
     * of spaces kept, characters XML cannot carry left out.
     */
    private static void paragraph(StringBuilder x, String style, String text) {
        x.append("<text:p text:style-name=\"").append(style).append("\">");
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                spaces++;
                continue;
            }
            spaces(x, spaces, i == spaces);
            spaces = 0;
            switch (ch) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '\n' -> x.append("<text:line-break/>");
                case '\t' -> x.append("<text:tab/>");
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF
                            && (!Character.isSurrogate(ch) || pairedSurrogate(text, i))) {
                        x.append(ch);
                    }
                }
            }
        }
        spaces(x, spaces, spaces == text.length());
        x.append("</text:p>");
    }

    /** {@code n} spaces: one as itself and the rest as text:s, or all as text:s at the start. */
    private static void spaces(StringBuilder x, int n, boolean atStart) {
        if (n == 0) {
            return;
        }
        int kept = atStart ? n : n - 1;
        if (!atStart) {
            x.append(' ');
        }
        if (kept > 0) {
            x.append("<text:s text:c=\"").append(kept).append("\"/>");
        }
    }

    private static boolean pairedSurrogate(String text, int i) {
        char ch = text.charAt(i);
        return Character.isHighSurrogate(ch) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** 1/100 mm as an ODF length. */
    private static String mm(int hundredths) {
        return String.format(Locale.ROOT, "%.2fmm", hundredths / 100.0);
    }
}
