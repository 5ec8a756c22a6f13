package org.tongbao.table;

import java.util.List;

/**
 * One target task of the table, from its first to its last sheet row (0-based), with what its
 * cells say. Where a field's cell is, the table knows ({@link CompletionTable#cell}).
 */
public record Task(int firstRow, int lastRow, String category, String serial, String text, String lead,
                   List<String> leads, String partners, String statusWord, String notableMark,
                   String narrative, String source, String template, List<Indicator> indicators) {

    public Task {
        leads = List.copyOf(leads);
        indicators = List.copyOf(indicators);
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
