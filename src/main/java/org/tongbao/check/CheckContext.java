package org.tongbao.check;

import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CellAddress;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** What every check reads: the table, its tasks' figures, and the office's 部门名录 (empty without one). */
public record CheckContext(CompletionTable table, List<TaskFigures> tasks, DepartmentDirectory directory) {

    public CheckContext {
        tasks = List.copyOf(tasks);
    }

    public CheckContext(CompletionTable table, List<TaskFigures> tasks) {
        this(table, tasks, DepartmentDirectory.empty());
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
