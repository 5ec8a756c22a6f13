package org.tongbao.notice;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the notice looks, per GB/T 9704-2012 (党政机关公文格式), as data: the page, each paragraph
 * role's look with the name of its paragraph style, the page numbers and the attachment table's
 * rules. The renderers — {@code DocxNoticeWriter} (.docx) and {@code OdtNoticeWriter} (.odt, which
 * is also what LibreOffice shows and turns into PDF) — read only this, each converting to its own
 * unit, so a change of layout is made here once.
 *
 * <p>The official fonts are named; a viewer without them substitutes its own.
 */
public final class NoticeLayout {

    public static final String FANGSONG = "仿宋_GB2312";
    public static final String KAITI = "楷体_GB2312";
    public static final String HEITI = "黑体";
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String SONGTI = "宋体";
    /** Digits and Latin letters of body text. */
    public static final String LATIN = "Times New Roman";
    /** The issuing organ's red, as RGB. */
    public static final int RED = 0xC00000;
    /** Black, the colour a look leaves unwritten. */
    public static final int BLACK = 0;

    /** 3号. */
    public static final double BODY_PT = 16;
    /** 2号. */
    public static final double TITLE_PT = 22;
    public static final double ORGAN_PT = 26;
    /** 4号. */
    public static final double HEADER_PT = 14;

    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** A4 with the 156 × 225 mm type area, 37 mm from the top and 28 mm from the left. */
    public static final Page PAGE = new Page(210, 297, 37, 297 - 37 - 225, 28, 210 - 28 - 156);
    /** The body's fixed line, 28.95 pt: 22 lines fill the 225 mm type area (to the twip). */
    public static final double LINE_PT = 28.95;
    /**
     * Letter spacing of 3号 text, so that 28 characters fit the 156 mm line: 28 × 16 pt are 448 pt,
     * the line 442 pt, so each character gives up a quarter point (rounded to a twentieth).
     */
    public static final double BODY_LETTER_SPACING_PT =
            -Math.ceil((BODY_PT - PAGE.typeWidthMm() * 72 / 25.4 / CHARS_PER_LINE) * 20) / 20;

    /** No paragraph leaves fewer lines than this alone at the foot or the head of a page. */
    public static final int WIDOW_LINES = 2;

    /** 4号 半角 宋体 "— 1 —", odd pages right, even pages left, one character in from the edge. */
    public static final PageNumber PAGE_NUMBER = new PageNumber(SONGTI, 14, "— ", " —", 1, 7);

    /** The looks of the notice's paragraphs, by role. */
    private static final Map<ParagraphRole, ParagraphLook> LOOKS = looks();

    /** The 附件 label at the top left of the attachment's first page; the title follows on the third line. */
    public static final ParagraphLook ATTACHMENT_LABEL = new ParagraphLook("通报-附件标识", HEITI, HEITI, BODY_PT,
            false, BLACK, Alignment.LEFT, 0, 0, LINE_PT, 0, LINE_PT, true, BODY_LETTER_SPACING_PT, true, false, false);
    /** The attachment's title, centred, half a line above the table. */
    public static final ParagraphLook ATTACHMENT_TITLE = new ParagraphLook("通报-附件标题", XIAOBIAOSONG, XIAOBIAOSONG,
            TITLE_PT, false, BLACK, Alignment.CENTRE, 0, 0, LINE_PT, 0, LINE_PT / 2, true, 0, false, false, false);

    /** The attachment table's rules. */
    public static final TableLook TABLE = new TableLook(6, 300 / 210.0, 0.5, 13,
            new CellLook("通报-表头", HEITI, HEITI, Alignment.CENTRE),
            new CellLook("通报-表格分类", HEITI, HEITI, Alignment.LEFT),
            new CellLook("通报-表格", FANGSONG, LATIN, Alignment.LEFT),
            new CellLook("通报-表格居中", FANGSONG, LATIN, Alignment.CENTRE));

    private NoticeLayout() {
    }

    /** How a paragraph's lines are set against its width. */
    public enum Alignment {
        LEFT, CENTRE, RIGHT, JUSTIFIED
    }

    /** A page's size and margins, in millimetres. */
    public record Page(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm) {

        public double typeWidthMm() {
            return widthMm - leftMm - rightMm;
        }

        public double typeHeightMm() {
            return heightMm - topMm - bottomMm;
        }

        /** The page turned a quarter (for wide tables): the top margin goes to the left, the left one to the top. */
        public Page landscape() {
            return new Page(heightMm, widthMm, leftMm, rightMm, topMm, bottomMm);
        }
    }

    /**
     * A paragraph's look. Sizes in points; indents in characters of the paragraph's own size.
     * {@code spaceBeforePt} and {@code spaceAfterPt} are the blank lines the standard asks for
     * between kinds of paragraph: none between two paragraphs of the same style.
     * {@code keepWithNext}: never the last line of a page (headings, title). {@code rightTab}:
     * a tab in the text goes to a stop at the right edge of the type area. {@code ruleBelow}: the
     * red rule (版头分隔线) under the paragraph, in its colour. {@code onLineGrid}: the paragraph
     * keeps to the body's line grid (type larger than the body's keeps its own line height).
     */
    public record ParagraphLook(String style, String eastAsianFont, String latinFont, double points, boolean bold,
                                int colour, Alignment alignment, double firstLineIndentChars,
                                double rightIndentChars, double lineSpacingPt, double spaceBeforePt,
                                double spaceAfterPt, boolean keepWithNext, double letterSpacingPt,
                                boolean onLineGrid, boolean rightTab, boolean ruleBelow) {
    }

    /** The page number: its font and size, the text around the number, its indent from the edge in characters and its distance below the type area in mm. */
    public record PageNumber(String font, double points, String before, String after, int indentChars,
                             double belowTypeAreaMm) {
    }

    /** The look of one kind of table cell's text: its paragraph style, fonts and alignment. */
    public record CellLook(String style, String eastAsianFont, String latinFont, Alignment alignment) {
    }

    /**
     * The attachment table: landscape pages above {@code portraitMaxColumns} columns; lines of
     * {@code lineRatio} times the type size (15 pt for 五号); {@code rulePt} black rules all round
     * and between cells; {@code paddingPt} of a cell's left and right padding with its rules; a
     * body column whose every cell fits on one line (figures, units, short names) is centred
     * ({@code bodyCentred}), others are left ({@code body}); rows never break across pages, and
     * the header row repeats on every page.
     */
    public record TableLook(int portraitMaxColumns, double lineRatio, double rulePt, double paddingPt,
                            CellLook header, CellLook category, CellLook body, CellLook bodyCentred) {

        /**
         * The type size for a table of {@code columns}: 五号 (10.5 pt) as a rule, 小五 (9 pt) for a
         * wide table and 六号 (7.5 pt) for a very wide one, so that figures need not break on an A4 page.
         */
        public double points(int columns) {
            return columns <= 10 ? 10.5 : columns <= 14 ? 9 : 7.5;
        }

        public boolean landscape(int columns) {
            return columns > portraitMaxColumns;
        }
    }

    /** The look of a paragraph of {@code role}. */
    public static ParagraphLook look(ParagraphRole role) {
        return LOOKS.get(role);
    }

    private static Map<ParagraphRole, ParagraphLook> looks() {
        Map<ParagraphRole, ParagraphLook> looks = new EnumMap<>(ParagraphRole.class);
        double body = BODY_LETTER_SPACING_PT;
        looks.put(ParagraphRole.HEADER, new ParagraphLook("通报-版头", FANGSONG, LATIN, HEADER_PT, false, BLACK,
                Alignment.LEFT, 0, 0, LINE_PT, 0, 0, true, 0, true, true, false));
        // the organ's name on its own taller line, the red rule under it, two blank lines down to the title
        looks.put(ParagraphRole.ORGAN, new ParagraphLook("通报-发文机关", XIAOBIAOSONG, XIAOBIAOSONG, ORGAN_PT, false, RED,
                Alignment.CENTRE, 0, 0, ORGAN_PT * 1.5, 0, 2 * LINE_PT, true, 0, false, false, true));
        looks.put(ParagraphRole.TITLE, new ParagraphLook("通报-标题", XIAOBIAOSONG, XIAOBIAOSONG, TITLE_PT, false, BLACK,
                Alignment.CENTRE, 0, 0, LINE_PT, 0, LINE_PT, true, 0, false, false, false));
        ParagraphLook text = new ParagraphLook("通报-正文", FANGSONG, LATIN, BODY_PT, false, BLACK,
                Alignment.JUSTIFIED, 2, 0, LINE_PT, 0, 0, false, body, true, false, false);
        looks.put(ParagraphRole.BODY, text);
        looks.put(ParagraphRole.ITEM, text);
        looks.put(ParagraphRole.HEADING_1, new ParagraphLook("通报-一级标题", HEITI, HEITI, BODY_PT, false, BLACK,
                Alignment.JUSTIFIED, 2, 0, LINE_PT, 0, 0, true, body, true, false, false));
        looks.put(ParagraphRole.HEADING_2, new ParagraphLook("通报-二级标题", KAITI, LATIN, BODY_PT, false, BLACK,
                Alignment.JUSTIFIED, 2, 0, LINE_PT, 0, 0, true, body, true, false, false));
        // 附件：… one blank line below the body; kept with the line after it (a second attachment's name)
        looks.put(ParagraphRole.ATTACHMENT_NOTE, new ParagraphLook("通报-附件说明", FANGSONG, LATIN, BODY_PT, false,
                BLACK, Alignment.JUSTIFIED, 2, 0, LINE_PT, LINE_PT, 0, true, body, true, false, false));
        // 署名 and 成文日期: one blank line below the text, four characters from the right edge
        looks.put(ParagraphRole.SIGNATURE, new ParagraphLook("通报-署名", FANGSONG, LATIN, BODY_PT, false, BLACK,
                Alignment.RIGHT, 0, 4, LINE_PT, LINE_PT, 0, false, body, true, false, false));
        return looks;
    }
}
