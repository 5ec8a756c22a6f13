package org.tongbao.table;

import java.util.List;
import java.util.Map;

/**
 * The completion table as recognised on one sheet: where its header is, which column holds
 * which field, and its tasks in sheet order. {@code toolLeft}/{@code toolCount} locate the
 * columns tongbao wrote on an earlier run (toolCount 0 when there are none).
 */
public record CompletionTable(Grid grid, String title, String year, int headerTop, int headerBottom,
                              Map<Field, Integer> columns, List<String> headers, List<Task> tasks,
                              int lastRow, int toolLeft, int toolCount) {

    public CompletionTable {
        columns = Map.copyOf(columns);
        headers = List.copyOf(headers);
        tasks = List.copyOf(tasks);
    }

    public String sheetName() {
        return grid.sheetName();
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The A1 address of a field's cell in a row, or "" when the column is absent. */
    public String cell(Field field, int row) {
        Integer column = columns.get(field);
        return column == null ? "" : CellAddress.of(row, column);
    }

    /** Where the header starts, for findings about the whole table. */
    public String headerCell() {
        return CellAddress.of(headerTop, 0);
    }
}
