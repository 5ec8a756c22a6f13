package org.tongbao.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The attachment (附件): the completion table as printed after the notice, on pages of its own.
 * {@code header} is repeated on every page; {@code rows} are already written as text. A row of a
 * single cell in a table of several columns is a category row (一、主要经济指标) spanning the
 * whole width.
 */
public record AttachmentTable(String label, String title, List<String> header, List<List<String>> rows) {

    /** Longer text wraps; a column asks for at most this many half-width characters. */
    static final int WIDE_CELL = 40;
    /** Headers wrap: they ask for at most two lines of this many half-width characters. */
    static final int HEADER_WRAP = 4;
    /** The narrowest a column may be: two Chinese characters a line. */
    static final int NARROWEST_TEXT = 4;

    /** The most rows that go in as one table. */
    public static final int ONE_TABLE_ROWS = 1_000;
    /** Rows of each of the consecutive tables a longer table goes in as. */
    public static final int PIECE_ROWS = 100;

    public AttachmentTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The rows as the tables Writer gets them in (the Calc extension's notice), in order: all in one
     * up to {@link #ONE_TABLE_ROWS}, else pieces of {@link #PIECE_ROWS}, written one right after the
     * other so that they read as one table, with the header row at the top of the first. Writer 7.4
     * lays one table out in time that grows with the square of its rows (1,000 rows 15 s, 2,000
     * rows 60 s, the 11,200 rows of 10,000 tasks over 11 minutes, as a PDF export), consecutive
     * pieces in linear time. (The .docx door writes one table: LibreOffice's .docx import of
     * 10,000 tasks did not end within 6–8 minutes in pieces or not.) Never empty: a table without
     * rows is one empty piece.
     */
    public List<List<List<String>>> pieces() {
        if (rows.size() <= ONE_TABLE_ROWS) {
            return List.of(rows);
        }
        List<List<List<String>>> pieces = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += PIECE_ROWS) {
            pieces.add(rows.subList(from, Math.min(rows.size(), from + PIECE_ROWS)));
        }
        return pieces;
    }

    /**
     * The table's type size: 五号 (10.5 pt) as a rule, 小五 (9 pt) for a wide table and 六号
     * (7.5 pt) for a very wide one, so that figures need not break on an A4 page.
     */
    public double fontPoints() {
        int columns = columns();
        return columns <= 10 ? 10.5 : columns <= 14 ? 9 : 7.5;
    }

    public int columns() {
        return Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
    }

    /** Whether a row is a category row spanning the table. */
    public boolean spans(List<String> row) {
        return row.size() == 1 && columns() > 1;
    }

    /**
     * Column widths that add up to {@code width}, in the door's own unit, given the width of a
     * half-width character of the table's font and a cell's padding in that unit — the way a
     * browser lays out a table: every column gets at least its narrowest sensible width (its
     * longest figure or Latin word, which must not break, or two Chinese characters), and what
     * is left goes to the columns in proportion to how much wider they would like to be (their
     * longest cell, capped, since long text wraps).
     */
    public int[] columnWidths(int width, int halfCharacter, int padding) {
        int columns = columns();
        long[] least = new long[columns];
        long[] most = new long[columns];
        for (int c = 0; c < columns; c++) {
            String head = c < header.size() ? header.get(c) : "";
            int min = Math.max(NARROWEST_TEXT, Math.min(longestWord(head), HEADER_WRAP));
            int max = Math.min(displayWidth(head), HEADER_WRAP * 2);
            for (List<String> row : rows) {
                if (!spans(row) && c < row.size()) {
                    min = Math.max(min, Math.min(longestWord(row.get(c)), WIDE_CELL));
                    max = Math.max(max, Math.min(displayWidth(row.get(c)), WIDE_CELL));
                }
            }
            least[c] = (long) min * halfCharacter + padding;
            most[c] = (long) Math.max(min, max) * halfCharacter + padding;
        }
        long leastSum = Arrays.stream(least).sum();
        long mostSum = Arrays.stream(most).sum();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (mostSum <= width) {
                widths[c] = (int) (width * most[c] / mostSum);
            } else if (leastSum >= width) {
                widths[c] = (int) (width * least[c] / leastSum);
            } else {
                widths[c] = (int) (least[c] + (width - leastSum) * (most[c] - least[c]) / (mostSum - leastSum));
            }
        }
        int given = Arrays.stream(widths).sum();
        int widest = 0;
        for (int c = 1; c < columns; c++) {
            widest = widths[c] > widths[widest] ? c : widest;
        }
        widths[widest] += width - given;
        return widths;
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
