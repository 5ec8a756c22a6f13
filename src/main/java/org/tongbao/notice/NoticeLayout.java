package org.tongbao.notice;

/**
 * The GB/T 9704-2012 (党政机关公文格式) numbers both notice doors lay the notice out by — the .docx
 * ({@code DocxNoticeWriter}) and the Writer document of the Calc extension ({@code NoticeWriter}) —
 * each converting them to its own unit. The official fonts are named; a viewer without them
 * substitutes its own.
 */
public final class NoticeLayout {

    public static final String FANGSONG = "仿宋_GB2312";
    public static final String KAITI = "楷体_GB2312";
    public static final String HEITI = "黑体";
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String SONGTI = "宋体";
    /** Digits and Latin letters. */
    public static final String LATIN = "Times New Roman";
    /** The issuing organ's red, as RGB. */
    public static final int RED = 0xC00000;

    /** 3号. */
    public static final double BODY_PT = 16;
    /** 2号. */
    public static final double TITLE_PT = 22;
    public static final double ORGAN_PT = 26;
    /** 4号. */
    public static final double HEADER_PT = 14;
    /** 4号. */
    public static final double PAGE_NUMBER_PT = 14;

    /** A4 and the type area, 156 × 225 mm, 37 mm from the top and 28 mm from the left. */
    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double MARGIN_TOP_MM = 37;
    public static final double MARGIN_LEFT_MM = 28;
    public static final double TYPE_WIDTH_MM = 156;
    public static final double TYPE_HEIGHT_MM = 225;
    public static final double MARGIN_RIGHT_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - TYPE_WIDTH_MM;
    public static final double MARGIN_BOTTOM_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - TYPE_HEIGHT_MM;
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;

    /** Attachment tables of more columns are set on landscape pages. */
    public static final int PORTRAIT_MAX_COLUMNS = 6;
    /** Table lines are this many times the table's type size (15 pt for 五号). */
    public static final double TABLE_LINE_RATIO = 300 / 210.0;
    /** A table cell's left and right padding with its rules (260 twips). */
    public static final double CELL_PADDING_PT = 13;
    /** In the body of the attachment, a column at most this share of the table's width is centred. */
    public static final int NARROW_COLUMN_DIVISOR = 6;

    private NoticeLayout() {
    }

    /** Whether a body column of the attachment is centred (short figures and names) rather than left. */
    public static boolean centred(int columnWidth, int tableWidth) {
        return (long) columnWidth * NARROW_COLUMN_DIVISOR <= tableWidth;
    }
}
