package org.tongbao.poi;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.tongbao.io.AtomicFiles;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
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
 */
public final class DocxNoticeWriter {

    /** Wider attachment tables go on landscape pages. */
    public static final int PORTRAIT_MAX_COLUMNS = 6;

    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONGTI = "宋体";
    static final String LATIN = "Times New Roman";
    static final String RED = "C00000";

    // A4 and the GB/T 9704 type area, in twips (1/1440 inch).
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(210 - 28 - 156);
    static final int MARGIN_BOTTOM = mm(297 - 37 - 225);
    static final int TYPE_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int TYPE_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** 28.95 pt: 22 lines fill the 225 mm type area. */
    static final int LINE = TYPE_HEIGHT / LINES_PER_PAGE;

    static final double BODY_PT = 16;     // 3号
    static final double TITLE_PT = 22;    // 2号
    static final double ORGAN_PT = 26;
    static final double HEADER_PT = 14;   // 4号
    static final double PAGE_NUMBER_PT = 14;
    static final double TABLE_PT = 10.5;  // 五号
    static final int BODY_CHAR = (int) (BODY_PT * 20);
    /**
     * Letter spacing of 3号 body runs, in twentieths of a point: 28 characters of 16 pt are 448 pt,
     * the type area is 442 pt wide, so each character gives up a quarter point.
     */
    static final int BODY_CONDENSE = -(int) Math.ceil(BODY_CHAR - (double) TYPE_WIDTH / CHARS_PER_LINE);
    static final int TABLE_LINE = 300;
    /** Half a table character (10.5 pt / 2) in twips, and a cell's left and right padding with its rules. */
    static final int HALF_CHAR = (int) (TABLE_PT * 10);
    static final int CELL_PADDING = 260;
    static final int WIDE_CELL = 40;
    static final int HEADER_WRAP = 8;

    private DocxNoticeWriter() {
    }

    /**
     * Writes the notice to {@code target} (.docx), atomically: a temporary file in the same
     * folder is moved into place once complete.
     *
     * @throws IOException naming the target when the file cannot be written
     */
    public static void write(NoticeDocument notice, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (XWPFDocument doc = build(notice)) {
                doc.write(out);
            }
        });
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

    static XWPFDocument build(NoticeDocument notice) {
        XWPFDocument doc = new XWPFDocument();
        defaults(doc);
        doc.setEvenAndOddHeadings(true);
        XWPFFooter oddFooter = pageNumberFooter(doc.createFooter(HeaderFooterType.DEFAULT), true);
        XWPFFooter evenFooter = pageNumberFooter(doc.createFooter(HeaderFooterType.EVEN), false);

        List<NoticeParagraph> paragraphs = notice.paragraphs();
        XWPFParagraph last = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphRole previous = i > 0 ? paragraphs.get(i - 1).role() : null;
            ParagraphRole next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).role() : null;
            last = noticeParagraph(doc, paragraphs.get(i), previous, next);
        }

        CTSectPr documentSection = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        AttachmentTable attachment = notice.attachment();
        if (attachment == null) {
            noticePage(documentSection);
            return doc;
        }
        // The notice's own section ends with its last paragraph; the attachment starts a new page.
        if (last == null) {
            last = doc.createParagraph();
        }
        CTSectPr noticeSection = pPr(last).addNewSectPr();
        noticePage(noticeSection);
        footerReference(noticeSection, STHdrFtr.DEFAULT, doc.getRelationId(oddFooter));
        footerReference(noticeSection, STHdrFtr.EVEN, doc.getRelationId(evenFooter));

        int columns = Math.max(attachment.header().size(),
                attachment.rows().stream().mapToInt(List::size).max().orElse(0));
        boolean landscape = columns > PORTRAIT_MAX_COLUMNS;
        attachmentPage(documentSection, landscape);
        attachment(doc, attachment, columns, landscape ? TYPE_HEIGHT : TYPE_WIDTH);
        return doc;
    }

    // ---------------------------------------------------------------- the notice

    private static XWPFParagraph noticeParagraph(XWPFDocument doc, NoticeParagraph paragraph,
            ParagraphRole previous, ParagraphRole next) {
        XWPFParagraph p = doc.createParagraph();
        String text = paragraph.text();
        switch (paragraph.role()) {
            case HEADER -> {
                spacing(p, LINE, 0, 0);
                p.setAlignment(ParagraphAlignment.LEFT);
                CTTabStop tab = pPr(p).addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setPos(BigInteger.valueOf(TYPE_WIDTH));
                text(p, text, FANGSONG, LATIN, HEADER_PT);
            }
            case ORGAN -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                offGrid(p);
                // The organ's name sits on its own taller line; the red rule (版头分隔线) under
                // the last organ line, then two blank lines down to the title.
                spacing(p, (int) (ORGAN_PT * 20 * 1.5), 0, next == ParagraphRole.ORGAN ? 0 : 2 * LINE);
                if (next != ParagraphRole.ORGAN) {
                    CTBorder rule = pPr(p).addNewPBdr().addNewBottom();
                    rule.setVal(STBorder.SINGLE);
                    rule.setSz(BigInteger.valueOf(12)); // 1.5 pt
                    rule.setSpace(BigInteger.valueOf(6));
                    rule.setColor(RED);
                }
                for (XWPFRun run : text(p, text, XIAOBIAOSONG, XIAOBIAOSONG, ORGAN_PT)) {
                    run.setColor(RED);
                }
            }
            case TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                offGrid(p);
                spacing(p, LINE, 0, next == ParagraphRole.TITLE ? 0 : LINE);
                text(p, text, XIAOBIAOSONG, XIAOBIAOSONG, TITLE_PT);
            }
            case BODY, ITEM -> body(p, text, FANGSONG, 0);
            case HEADING_1 -> body(p, text, HEITI, 0);
            case HEADING_2 -> {
                // A heading on its own line (no lead) is 楷体 throughout; a run-on one only its lead.
                String lead = paragraph.lead().isEmpty() ? text : paragraph.lead();
                body(p, lead, KAITI, 0);
                text(p, text.substring(lead.length()), FANGSONG, LATIN, BODY_PT);
            }
            case ATTACHMENT_NOTE -> body(p, text, FANGSONG, previous == ParagraphRole.ATTACHMENT_NOTE ? 0 : LINE);
            case SIGNATURE -> {
                // 署名 and 成文日期: one blank line below the text, four characters from the right edge.
                spacing(p, LINE, previous == ParagraphRole.SIGNATURE || previous == null ? 0 : LINE, 0);
                p.setAlignment(ParagraphAlignment.RIGHT);
                CTInd ind = pPr(p).addNewInd();
                ind.setRight(BigInteger.valueOf(4L * BODY_CHAR));
                ind.setRightChars(BigInteger.valueOf(400));
                text(p, text, FANGSONG, LATIN, BODY_PT);
            }
            default -> throw new IllegalArgumentException("unknown paragraph role " + paragraph.role());
        }
        return p;
    }

    /** A body-text paragraph: justified, first line indented two characters, fixed line. */
    private static void body(XWPFParagraph p, String text, String eastAsia, int before) {
        spacing(p, LINE, before, 0);
        p.setAlignment(ParagraphAlignment.BOTH);
        CTInd ind = pPr(p).addNewInd();
        ind.setFirstLine(BigInteger.valueOf(2L * BODY_CHAR));
        ind.setFirstLineChars(BigInteger.valueOf(200));
        text(p, text, eastAsia, eastAsia.equals(HEITI) ? HEITI : LATIN, BODY_PT);
    }

    // ---------------------------------------------------------------- the attachment

    private static void attachment(XWPFDocument doc, AttachmentTable attachment, int columns, int width) {
        XWPFParagraph label = doc.createParagraph();
        label.setAlignment(ParagraphAlignment.LEFT);
        spacing(label, LINE, 0, LINE); // the title goes on the third line
        text(label, attachment.label(), HEITI, HEITI, BODY_PT);

        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        spacing(title, LINE, 0, LINE / 2);
        text(title, attachment.title(), XIAOBIAOSONG, XIAOBIAOSONG, TITLE_PT);

        List<List<String>> lines = new ArrayList<>();
        lines.add(attachment.header());
        lines.addAll(attachment.rows());
        int[] widths = columnWidths(lines, columns, width);

        XWPFTable table = doc.createTable(lines.size(), columns);
        CTTbl ctTbl = table.getCTTbl();
        CTTblPr tblPr = ctTbl.getTblPr() != null ? ctTbl.getTblPr() : ctTbl.addNewTblPr();
        CTTblWidth tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(width));
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        // Thin (½ pt) black rules all round and between cells.
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblGrid grid = ctTbl.getTblGrid() != null ? ctTbl.getTblGrid() : ctTbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        for (int r = 0; r < lines.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            boolean header = r == 0;
            if (header) {
                row.setRepeatHeader(true);
            }
            List<String> values = lines.get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
                cell.setVerticalAlignment(XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                spacing(p, TABLE_LINE, 0, 0);
                boolean narrow = widths[c] * 6 <= width; // short figures and names read best centred
                p.setAlignment(header || narrow ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                text(p, value, header ? HEITI : FANGSONG, header ? HEITI : LATIN, TABLE_PT);
            }
        }
        // A body must end with a paragraph; keep it one point high so it never makes a page of its own.
        XWPFParagraph end = doc.createParagraph();
        spacing(end, 20, 0, 0);
    }

    /**
     * Column widths in twips that add up to {@code width}. Each column asks for its longest cell
     * (capped at {@value #WIDE_CELL} half-width characters, since long text wraps; its header
     * counted up to {@value #HEADER_WRAP}, since headers wrap too) plus the cell's padding. When
     * all asks fit, the spare room is shared out in proportion; when they do not, the narrow
     * columns get what they ask and the wide ones share the rest in proportion to their asks.
     */
    static int[] columnWidths(List<List<String>> lines, int columns, int width) {
        long[] ask = new long[columns];
        for (int c = 0; c < columns; c++) {
            int longest = 0;
            for (int r = 1; r < lines.size(); r++) {
                List<String> row = lines.get(r);
                if (c < row.size()) {
                    longest = Math.max(longest, displayWidth(row.get(c)));
                }
            }
            int header = c < lines.get(0).size() ? displayWidth(lines.get(0).get(c)) : 0;
            int chars = Math.max(2, Math.max(Math.min(header, HEADER_WRAP), Math.min(longest, WIDE_CELL)));
            ask[c] = chars * HALF_CHAR + CELL_PADDING;
        }
        long total = 0;
        for (long a : ask) {
            total += a;
        }
        int[] widths = new int[columns];
        if (total <= width) {
            for (int c = 0; c < columns; c++) {
                widths[c] = (int) (width * ask[c] / total);
            }
        } else {
            // Columns asking no more than an even share of what is left get their ask, narrowest
            // first; the wide ones share the rest in proportion to their asks.
            Integer[] order = new Integer[columns];
            for (int c = 0; c < columns; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(c -> ask[c]));
            long left = width;
            int firstWide = 0;
            while (firstWide < columns && ask[order[firstWide]] <= left / (columns - firstWide)) {
                widths[order[firstWide]] = (int) ask[order[firstWide]];
                left -= ask[order[firstWide]];
                firstWide++;
            }
            long wideAsks = 0;
            for (int i = firstWide; i < columns; i++) {
                wideAsks += ask[order[i]];
            }
            for (int i = firstWide; i < columns; i++) {
                widths[order[i]] = (int) (left * ask[order[i]] / wideAsks);
            }
        }
        int given = 0;
        for (int w : widths) {
            given += w;
        }
        widths[columns - 1] += width - given;
        return widths;
    }

    /** Width in half-width characters: CJK and full-width characters count two. */
    private static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int longestLine = 0;
        for (String line : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                w += cp < 0x1100 ? 1 : 2;
                i += Character.charCount(cp);
            }
            longestLine = Math.max(longestLine, w);
        }
        return longestLine;
    }

    // ---------------------------------------------------------------- page set-up

    private static void noticePage(CTSectPr sect) {
        pageSize(sect, false);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        // Page number: its dash 7 mm below the type area, the line about 6 mm high.
        mar.setFooter(BigInteger.valueOf(mm(22)));
        mar.setGutter(BigInteger.ZERO);
        // 22 lines: a line grid at the fixed body line. 28 characters: LibreOffice (7.4) lays out
        // a character grid with a negative charSpace at about half the pitch, so instead of
        // type="linesAndChars" the body runs are condensed to the pitch (see BODY_CONDENSE), which
        // is what Word's character grid does to 16 pt type in a 156 mm line.
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE));
    }

    /** The attachment's pages: the same type area, turned a quarter when the table is wide. */
    private static void attachmentPage(CTSectPr sect, boolean landscape) {
        pageSize(sect, landscape);
        CTPageMar mar = sect.addNewPgMar();
        if (landscape) {
            mar.setTop(BigInteger.valueOf(MARGIN_LEFT));
            mar.setBottom(BigInteger.valueOf(MARGIN_RIGHT));
            mar.setLeft(BigInteger.valueOf(MARGIN_TOP));
            mar.setRight(BigInteger.valueOf(MARGIN_BOTTOM));
            mar.setFooter(BigInteger.valueOf(mm(12)));
        } else {
            mar.setTop(BigInteger.valueOf(MARGIN_TOP));
            mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
            mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
            mar.setFooter(BigInteger.valueOf(mm(22)));
        }
        mar.setHeader(BigInteger.valueOf(mm(15)));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void pageSize(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? PAGE_HEIGHT : PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? PAGE_WIDTH : PAGE_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
    }

    private static void footerReference(CTSectPr sect, STHdrFtr.Enum type, String relationId) {
        CTHdrFtrRef ref = sect.addNewFooterReference();
        ref.setType(type);
        ref.setId(relationId);
    }

    /** "— 1 —" in 4号 宋体; odd pages right, even pages left, one character in from the edge. */
    private static XWPFFooter pageNumberFooter(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        CTInd ind = pPr(p).addNewInd();
        BigInteger oneChar = BigInteger.valueOf((long) (PAGE_NUMBER_PT * 20));
        if (odd) {
            ind.setRight(oneChar);
        } else {
            ind.setLeft(oneChar);
        }
        run(p, "— ", SONGTI, SONGTI, PAGE_NUMBER_PT);
        run(p, null, SONGTI, SONGTI, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, null, SONGTI, SONGTI, PAGE_NUMBER_PT).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, null, SONGTI, SONGTI, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", SONGTI, SONGTI, PAGE_NUMBER_PT);
        run(p, null, SONGTI, SONGTI, PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", SONGTI, SONGTI, PAGE_NUMBER_PT);
        return footer;
    }

    /**
     * Document defaults and the Normal style: 3号 仿宋, Chinese. The grid's 28 characters are
     * measured in this size (Word reads it from the defaults, LibreOffice from the Normal style).
     */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        bodyFont(styles.addNewDocDefaults().addNewRPrDefault().addNewRPr());
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        bodyFont(normal.addNewRPr());
        doc.createStyles().setStyles(styles);
    }

    private static void bodyFont(CTRPr rPr) {
        fonts(rPr.addNewRFonts(), FANGSONG, LATIN);
        rPr.addNewSz().setVal(BigInteger.valueOf((long) (BODY_PT * 2)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf((long) (BODY_PT * 2)));
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
    }

    // ---------------------------------------------------------------- runs and paragraphs

    /** Writes {@code text} as runs of one face and size; "\n" becomes a line break, "\t" a tab. */
    private static List<XWPFRun> text(XWPFParagraph p, String text, String eastAsia, String latin, double pt) {
        List<XWPFRun> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\t') {
                if (!pending.isEmpty()) {
                    runs.add(run(p, pending.toString(), eastAsia, latin, pt));
                    pending.setLength(0);
                }
                XWPFRun r = run(p, null, eastAsia, latin, pt);
                if (ch == '\n') {
                    r.addBreak();
                } else {
                    r.addTab();
                }
                runs.add(r);
            } else {
                pending.append(ch);
            }
        }
        if (!pending.isEmpty()) {
            runs.add(run(p, pending.toString(), eastAsia, latin, pt));
        }
        return runs;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, String latin, double pt) {
        XWPFRun r = p.createRun();
        r.setFontFamily(latin, FontCharRange.ascii);
        r.setFontFamily(latin, FontCharRange.hAnsi);
        r.setFontFamily(latin, FontCharRange.cs);
        r.setFontFamily(eastAsia, FontCharRange.eastAsia);
        r.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
        r.setFontSize(pt);
        r.setComplexScriptFontSize(pt);
        if (pt == BODY_PT) {
            r.setCharacterSpacing(BODY_CONDENSE);
        }
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    private static void fonts(CTFonts fonts, String eastAsia, String latin) {
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        fonts.setEastAsia(eastAsia);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private static void spacing(XWPFParagraph p, int line, int before, int after) {
        CTPPr pPr = pPr(p);
        CTSpacing spacing = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    /** Type this large would take two grid lines; the organ and the title keep their own line height. */
    private static void offGrid(XWPFParagraph p) {
        pPr(p).addNewSnapToGrid().setVal(false);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
