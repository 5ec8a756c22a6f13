package org.tongbao.table;

import java.util.List;

/**
 * One target task of the table, from its first to its last sheet row (0-based), with what its
 * cells say. Where a field's cell is, the table knows ({@link CompletionTable#cell}).
 */
public record Task(int firstRow, int lastRow, String category, String serial, String text, String lead,
                   List<String> leads, String partners, String statusWord, String notableMark,
                   String startedMark, String finishedMark,
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
        return mark(notableMark, "成效明显");
    }

    /** 民生实事: whether the project has started (a finished one has), or null when the table does not say. */
    public Boolean started() {
        Boolean finished = finished();
        return Boolean.TRUE.equals(finished) ? finished : mark(startedMark, "开工");
    }

    /** 民生实事: whether the project is finished, or null when the table does not say. */
    public Boolean finished() {
        return mark(finishedMark, "完工");
    }

    /** 是 / 否 as offices write them, also as the word itself (已完工, 未开工) or a date (2023年6月完工). */
    private static Boolean mark(String text, String word) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String m = text.trim();
        return switch (m) {
            case "是", "√", "✓", "✔", "Y", "y", "YES", "yes", "TRUE", "true", "1" -> Boolean.TRUE;
            case "否", "×", "✗", "N", "n", "NO", "no", "FALSE", "false", "0", "-", "—" -> Boolean.FALSE;
            default -> m.startsWith("未") || m.startsWith("尚未") || m.contains("未" + word) ? Boolean.FALSE
                    : m.contains(word) || m.matches(".*\\d{4}\\s*[年./-].*") ? Boolean.TRUE : null;
        };
    }
}
