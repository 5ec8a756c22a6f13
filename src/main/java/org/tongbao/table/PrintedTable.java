package org.tongbao.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The completion table as it is printed (the notice's attachment): the office's own columns, not
 * 通报表述 and not columns that say the same in every task row (empty, or 2022年政府工作报告目标任务),
 * each under its header text; every task row as text; and, where the table has no 类别 column but
 * its tasks fall in categories, a row of one cell naming the category before its first task.
 */
public record PrintedTable(List<String> header, List<List<String>> rows) {

    public PrintedTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static PrintedTable of(CompletionTable table) {
        Grid grid = table.grid();
        List<Integer> columns = new ArrayList<>();
        List<String> header = new ArrayList<>();
        // when every column says the same in every task (a table of one task), all of them are printed
        boolean dropSame = false;
        for (int c = 0; c < grid.columnCount() && !dropSame; c++) {
            dropSame = printable(table, c) && !sameInEveryTask(table, c);
        }
        for (int c = 0; c < grid.columnCount(); c++) {
            if (!printable(table, c) || (dropSame && sameInEveryTask(table, c))) {
                continue;
            }
            columns.add(c);
            String h = grid.text(table.headerBottom(), c).trim();
            if (h.isEmpty() || HeaderText.match(h) == null) {
                h = grid.text(table.headerTop(), c).trim();
            }
            header.add(h);
        }
        List<List<String>> rows = new ArrayList<>();
        String category = null;
        for (Task task : table.tasks()) {
            if (!task.category().isEmpty() && !task.category().equals(category) && !table.has(Field.CATEGORY)) {
                category = task.category();
                rows.add(List.of(category));
            }
            for (int r = task.firstRow(); r <= task.lastRow(); r++) {
                List<String> row = new ArrayList<>();
                for (int c : columns) {
                    row.add(grid.text(r, c));
                }
                rows.add(row);
            }
        }
        return new PrintedTable(header, rows);
    }

    /** A column that says the same in every task row tells the reader nothing. */
    /** Whether a column is one of the office's own recognised ones the attachment may print (not 通报表述). */
    private static boolean printable(CompletionTable table, int column) {
        Field field = table.columns().entrySet().stream().filter(e -> e.getValue() == column)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return field != null && field != Field.TEMPLATE;
    }

    private static boolean sameInEveryTask(CompletionTable table, int column) {
        String first = null;
        for (Task task : table.tasks()) {
            for (int r = task.firstRow(); r <= task.lastRow(); r++) {
                String text = table.grid().text(r, column).trim();
                if (r > task.firstRow() && text.isEmpty()) {
                    continue; // the rest of a merged task cell
                }
                if (first == null) {
                    first = text;
                } else if (!first.equals(text)) {
                    return false;
                }
            }
        }
        return true;
    }
}
