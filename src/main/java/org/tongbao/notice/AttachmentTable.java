package org.tongbao.notice;

import java.util.Arrays;
import java.util.List;

/**
 * The attachment (附件): the completion table as printed after the notice, on pages of its own.
 * {@code header} is repeated on every page; {@code rows} are already written as text. A row of a
 * single cell in a table of several columns is a category row (一、主要经济指标) spanning the
 * whole width.
 */
public record AttachmentTable(String label, String title, List<String> header, List<List<String>> rows) {

    /** A word longer than this many half-width characters may break. */
    static final int WIDE_CELL = 40;
    /** Headers wrap: they ask for at most two lines of this many half-width characters. */
    static final int HEADER_WRAP = 4;
    /** The narrowest a column may be: two Chinese characters a line. */
    static final int NARROWEST_TEXT = 4;

    public AttachmentTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int columns() {
        return Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
    }

    /** Whether a row is a category row spanning the table. */
    public boolean spans(List<String> row) {
        return row.size() == 1 && columns() > 1;
    }

    /** {@link #spans(List)} in a loop over the rows, with the column count counted once. */
    private static boolean spans(List<String> row, int columns) {
        return row.size() == 1 && columns > 1;
    }

    /**
     * Column widths that add up to {@code width}, in the renderer's own unit, given the width of a
     * half-width character of the table's font and a cell's padding in that unit. Every column gets
     * at least its narrowest sensible width (its longest figure or Latin word, which must not
     * break, or two Chinese characters) and at most what its longest cell needs on one line; the
     * width between goes by the square root of how much text the column holds. A row grows as tall
     * as its text divided by its width, so widths in proportion to the root of each column's text
     * make the table shortest: the narrative column (完成情况说明) gets the most, a column of short
     * figures or empty cells the least. When even the narrowest widths do not fit, every column
     * gets its share of them.
     */
    public int[] columnWidths(int width, int halfCharacter, int padding) {
        int columns = columns();
        double[] least = new double[columns];
        double[] most = new double[columns];
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            String head = c < header.size() ? header.get(c) : "";
            int min = Math.max(NARROWEST_TEXT, Math.min(longestWord(head), HEADER_WRAP));
            int max = Math.min(displayWidth(head), HEADER_WRAP * 2);
            long text = 0;
            for (List<String> row : rows) {
                if (!spans(row, columns) && c < row.size() && row.get(c) != null) {
                    String cell = row.get(c);
                    // a figure's "%" or "." is wider than half a Chinese character: one more for them
                    min = Math.max(min, Math.min(longestWord(cell) + 1, WIDE_CELL));
                    max = Math.max(max, displayWidth(cell));
                    text += textWidth(cell);
                }
            }
            least[c] = (double) min * halfCharacter + padding;
            most[c] = Math.max(least[c], (double) max * halfCharacter + padding);
            weight[c] = Math.sqrt(text);
        }
        double leastSum = Arrays.stream(least).sum();
        double mostSum = Arrays.stream(most).sum();
        double[] widths = new double[columns];
        if (leastSum >= width || mostSum <= width) {
            double[] basis = leastSum >= width ? least : most;
            double sum = leastSum >= width ? leastSum : mostSum;
            for (int c = 0; c < columns; c++) {
                widths[c] = width * basis[c] / sum;
            }
        } else {
            // the width per unit of root that, each column held between its least and most, fills the table
            double low = 0;
            double high = 1;
            while (filled(least, most, weight, high) < width) {
                high *= 2;
            }
            for (int i = 0; i < 60; i++) {
                double k = (low + high) / 2;
                if (filled(least, most, weight, k) < width) {
                    low = k;
                } else {
                    high = k;
                }
            }
            for (int c = 0; c < columns; c++) {
                widths[c] = clamp(least[c], most[c], high * weight[c]);
            }
        }
        int[] rounded = new int[columns];
        int widest = 0;
        for (int c = 0; c < columns; c++) {
            rounded[c] = (int) widths[c];
            widest = rounded[c] > rounded[widest] ? c : widest;
        }
        rounded[widest] += width - Arrays.stream(rounded).sum();
        return rounded;
    }

    /**
     * Which columns hold only text that fits their width on one line (figures, units, short
     * names), given the widths and units of {@link #columnWidths}.
     */
    public boolean[] oneLine(int[] widths, int halfCharacter, int padding) {
        int columns = columns();
        boolean[] fits = new boolean[widths.length];
        for (int c = 0; c < widths.length; c++) {
            int longest = 0;
            for (List<String> row : rows) {
                if (!spans(row, columns) && c < row.size() && row.get(c) != null) {
                    longest = Math.max(longest, displayWidth(row.get(c)));
                }
            }
            fits[c] = (long) longest * halfCharacter + padding <= widths[c];
        }
        return fits;
    }

    private static double filled(double[] least, double[] most, double[] weight, double k) {
        double sum = 0;
        for (int c = 0; c < least.length; c++) {
            sum += clamp(least[c], most[c], k * weight[c]);
        }
        return sum;
    }

    private static double clamp(double least, double most, double wish) {
        return Math.max(least, Math.min(most, wish));
    }

    /** All of a cell's text in half-width characters, its lines laid end to end. */
    static int textWidth(String text) {
        return text.lines().mapToInt(AttachmentTable::displayWidth).sum();
    }

    /** The longest run that must not break, in half-width characters: a figure or a Latin word. */
    static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x1100 && !Character.isWhitespace(ch)) {
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    /** Width in half-width characters: CJK and full-width characters count two. */
    static int displayWidth(String text) {
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
}
