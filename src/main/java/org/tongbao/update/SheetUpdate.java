package org.tongbao.update;

import java.util.List;

import org.tongbao.table.CellRange;

/**
 * What compute writes back into one sheet, said once so that every door does the same. Applied
 * in this order:
 * <ol>
 * <li>every cell of {@code cleared} loses its value and the tool's looks (the header look, a
 *     highlight); the office's own formatting of those cells stays;</li>
 * <li>the earlier row marks ({@link Highlight#NOTABLE}, {@link Highlight#UNFINISHED}) anywhere on
 *     the sheet go, so a task no longer notable loses its colour;</li>
 * <li>the {@code header} texts go into row {@code top} from column {@code left}, with
 *     {@code headerLook};</li>
 * <li>{@code rows} go below them, row {@code top + 1} on; {@link CellValue#EMPTY} leaves a cell
 *     empty;</li>
 * <li>column {@code left + i} gets {@code columnWidths.get(i)} characters (none set when the
 *     list is empty);</li>
 * <li>each of {@code marks} gives its rectangle its highlight.</li>
 * </ol>
 * Cells outside {@code cleared}, the header and rows, and the marks stay as they were.
 */
public record SheetUpdate(String sheetName, CellRange cleared, int top, int left, List<String> header,
                          HeaderLook headerLook, List<List<CellValue>> rows, List<Integer> columnWidths,
                          List<RowMark> marks) {

    public SheetUpdate {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        columnWidths = List.copyOf(columnWidths);
        marks = List.copyOf(marks);
        for (List<CellValue> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values under " + header.size()
                        + " headers");
            }
        }
        if (!columnWidths.isEmpty() && columnWidths.size() != header.size()) {
            throw new IllegalArgumentException(columnWidths.size() + " widths for " + header.size() + " columns");
        }
    }

    /** The rows written, header included. */
    public int height() {
        return 1 + rows.size();
    }

    /** The columns written. */
    public int width() {
        return header.size();
    }

    /** The value written at {@code row, column} of the block (0-based from {@code top, left}; row 0 is the header). */
    public CellValue value(int row, int column) {
        return row == 0 ? CellValue.text(header.get(column)) : rows.get(row - 1).get(column);
    }
}
