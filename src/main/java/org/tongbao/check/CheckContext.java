package org.tongbao.check;

import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CellAddress;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** What every check reads: the table and its tasks' figures. */
public record CheckContext(CompletionTable table, List<TaskFigures> tasks) {

    public CheckContext {
        tasks = List.copyOf(tasks);
    }

    /** A finding on this table's sheet. */
    public Finding finding(FindingCode code, CellAddress cell, String message) {
        return new Finding(code, table.sheetName(), cell, message);
    }

    /** A field's cell on a task's first row; null when the table has no such column. */
    public CellAddress cell(Field field, Task task) {
        return table.cell(field, task);
    }
}
