package org.tongbao.update;

import java.util.List;

/**
 * Rows of text the tool adds to a sheet, created at the end of the workbook when it is missing:
 * {@code rows} go in from row {@code top} (0-based), column A on; {@code widths} are the first
 * columns' widths in characters when the sheet is new. Nothing outside those rows changes.
 */
public record SheetRows(String sheetName, boolean newSheet, int top, List<List<String>> rows, List<Integer> widths) {

    public SheetRows {
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
