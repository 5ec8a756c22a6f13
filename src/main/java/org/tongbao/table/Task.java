package org.tongbao.table;

import java.util.List;
import java.util.Map;

/**
 * One target task of the table, from its first to its last sheet row (0-based), with the
 * cells that describe it. {@code columns} is the table's column of each field, so that a
 * finding can name the field's cell on the task's first row.
 */
public record Task(int firstRow, int lastRow, String category, String serial, String text, String lead,
                   List<String> leads, String partners, String statusWord, String notableMark,
                   String narrative, String source, String template, List<Indicator> indicators,
                   Map<Field, Integer> columns) {

    public Task {
        leads = List.copyOf(leads);
        indicators = List.copyOf(indicators);
        columns = Map.copyOf(columns);
    }

    /** The A1 address of a field's cell on the task's first row, or "" when the column is absent. */
    public String cell(Field field) {
        Integer column = columns.get(field);
        return column == null ? "" : CellAddress.of(firstRow, column);
    }

    public Status status() {
        return Status.of(statusWord);
    }

    /** The office's own mark in 成效明显: TRUE, FALSE, or null when blank or unreadable. */
    public Boolean notableMarked() {
        if (notableMark == null || notableMark.isBlank()) {
            return null;
        }
        String m = notableMark.trim();
        return switch (m) {
            case "是", "√", "✓", "✔", "Y", "y", "YES", "yes", "TRUE", "true", "成效明显", "1" -> Boolean.TRUE;
            case "否", "×", "✗", "N", "n", "NO", "no", "FALSE", "false", "0", "-", "—" -> Boolean.FALSE;
            default -> null;
        };
    }
}
