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

    /** A field's cell in a row, or null when the table has no such column. */
    public CellAddress cell(Field field, int row) {
        Integer column = columns.get(field);
        return column == null ? null : CellAddress.of(row, column);
    }

    /** A field's cell on the task's first row, or null when the table has no such column. */
    public CellAddress cell(Field field, Task task) {
        return cell(field, task.firstRow());
    }

    /** The level the table compares with, as its 平均增速 and 排名 headers name it: 全省 for a city's table, else 全市. */
    public String comparedWith() {
        for (String header : headers) {
            Field field = HeaderText.match(header);
            if ((field == Field.CITY_AVERAGE || field == Field.RANK) && header.contains("全省")) {
                return "全省";
            }
        }
        return "全市";
    }

    /** Where the header starts, for findings about the whole table. */
    public CellAddress headerCell() {
        return CellAddress.of(headerTop, 0);
    }
}
