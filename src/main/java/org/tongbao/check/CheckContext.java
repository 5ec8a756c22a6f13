package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CompletionTable;

/** What every check reads (the table and its figures) and where it reports. */
public final class CheckContext {

    private final CompletionTable table;
    private final List<TaskFigures> tasks;
    private final List<Finding> findings = new ArrayList<>();

    public CheckContext(CompletionTable table, List<TaskFigures> tasks) {
        this.table = table;
        this.tasks = tasks;
    }

    public CompletionTable table() {
        return table;
    }

    public List<TaskFigures> tasks() {
        return tasks;
    }

    public void error(String code, String cell, String message) {
        add(Severity.ERROR, code, cell, message);
    }

    public void warning(String code, String cell, String message) {
        add(Severity.WARNING, code, cell, message);
    }

    public void info(String code, String cell, String message) {
        add(Severity.INFO, code, cell, message);
    }

    private void add(Severity severity, String code, String cell, String message) {
        findings.add(new Finding(severity, code, table.sheetName(), cell, message));
    }

    public List<Finding> findings() {
        return findings;
    }
}
