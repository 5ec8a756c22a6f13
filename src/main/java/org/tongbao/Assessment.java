package org.tongbao;

import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.notice.Worded;
import org.tongbao.rules.AssessedTask;
import org.tongbao.rules.Summary;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Period;

/**
 * What the engine made of one workbook: the findings and, when a table was recognised, the
 * table, its assessed tasks in sheet order, the summary and the notice as worded. {@code table},
 * {@code summary} and {@code worded} are null when no table was found (the findings say why).
 * The notice is only for sending when the findings hold no error. {@code period} is a periodic
 * table's (null for a year-end table).
 */
public record Assessment(String sheetName, CompletionTable table, List<AssessedTask> tasks, List<Finding> findings,
                         Summary summary, NoticeSettings settings, Worded worded, Period period) {

    public Assessment {
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
    }

    /** The notice, attachment included; null when no table was found. */
    public NoticeDocument notice() {
        return worded == null ? null : worded.document(table);
    }

    public boolean recognised() {
        return table != null;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
