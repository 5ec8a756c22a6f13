package org.tongbao.update;

import java.util.List;

/**
 * A new completion table, as plain data for an adapter to lay out (POI's .xlsx, a Calc document):
 * the table's sheet (title rows, one header row, the task and category rows), its 通报设置 and
 * 部门名录 sheets. The header row and everything above stay in view (frozen) and the header row is
 * printed on every page, A4 landscape.
 *
 * @param rows cells from the row under the header on, each a String, a Double or null
 */
public record NewTable(String sheetName, List<String> titleRows, List<Column> columns, List<List<Object>> rows,
                       SheetRows settings, SheetRows directory) {

    /** The 部门名录 rows a 牵头单位 drop-down offers at least, so that names added later are offered too. */
    public static final int DIRECTORY_LIST_ROWS = 300;

    /**
     * One column: its header, width in characters, number format code (Excel's: "General", "@", "0.0"),
     * and its drop-down: {@code choices} (only these words may be entered), or {@code directoryList}
     * (the 部门名录's 单位全称 are offered, other names only warned about: a task may have several leads).
     */
    public record Column(String header, int width, String format, List<String> choices, boolean directoryList) {

        public Column {
            choices = List.copyOf(choices);
        }

        public boolean hasDropDown() {
            return !choices.isEmpty() || directoryList;
        }
    }

    public NewTable {
        titleRows = List.copyOf(titleRows);
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    /** The header's row (0-based): below the title rows. */
    public int headerRow() {
        return titleRows.size();
    }

    /** The first row of tasks (0-based). */
    public int firstTaskRow() {
        return headerRow() + 1;
    }

    /** The last sheet row (0-based) drop-downs and formats cover: the rows given and room for more tasks. */
    public int lastEditableRow() {
        return firstTaskRow() + Math.max(rows.size(), 200) - 1;
    }

    /** The last 部门名录 row (1-based, as in a reference) the 牵头单位 drop-down offers. */
    public int directoryListEnd() {
        return Math.max(directory.rows().size(), DIRECTORY_LIST_ROWS + 1);
    }
}
