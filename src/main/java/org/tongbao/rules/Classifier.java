package org.tongbao.rules;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Field;
import org.tongbao.table.Period;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/**
 * Decides for each task whether it is completed and whether it is notable: the office's own
 * words first (status, 成效明显 mark), the {@link TaskRules} where the office said nothing,
 * and a finding wherever the two disagree or a guess was needed.
 */
public final class Classifier {

    private final TaskRules rules;

    public Classifier(TaskRules rules) {
        this.rules = rules;
    }

    /** Classifies a year-end table: completed or unfinished. */
    public Classification classify(CompletionTable table, List<TaskFigures> tasks) {
        return classify(table, tasks, null);
    }

    /** Classifies a table of {@code period} (null for a year-end table): periodic tasks are judged against 序时进度. */
    public Classification classify(CompletionTable table, List<TaskFigures> tasks, Period period) {
        // a 成效明显 column that says 是 or 否 anywhere is the office's word on every task: all 否 means none
        boolean officeMarks = table.has(Field.NOTABLE)
                && tasks.stream().anyMatch(t -> t.task().notableMarked() != null);
        List<AssessedTask> out = new ArrayList<>(tasks.size());
        List<Finding> findings = new ArrayList<>();
        for (TaskFigures figures : tasks) {
            Task task = figures.task();
            Verdict verdict = period == null ? yearEnd(table, figures, findings) : periodic(table, figures, period, findings);
            boolean eligible = verdict == Verdict.COMPLETED || verdict == Verdict.AHEAD;
            List<String> reasons = eligible ? rules.notableReasons(figures) : List.of();
            boolean byRule = !reasons.isEmpty();
            boolean notable = byRule;
            if (officeMarks) {
                boolean marked = Boolean.TRUE.equals(task.notableMarked());
                notable = marked && eligible;
                if (eligible && byRule != marked && figures.indicators().stream().anyMatch(f -> f.quantified()
                        || f.growth() != null || f.rank() != null)) { // without figures the rule has nothing to say
                    findings.add(finding(table, FindingCode.NOTABLE_RULE_DIFFERS, Field.NOTABLE, task, byRule
                            ? "第" + task.serial() + "项按规则应为成效明显（" + String.join("、", reasons)
                            + "），但未标注；以标注为准"
                            : "第" + task.serial() + "项标注为成效明显，但按规则不是；以标注为准"));
                }
            }
            out.add(new AssessedTask(figures, verdict, notable));
        }
        return new Classification(out, findings);
    }

    /** At the year's end: the status word, else the 是否完工 mark, else the figures against their targets. */
    private Verdict yearEnd(CompletionTable table, TaskFigures figures, List<Finding> findings) {
        Task task = figures.task();
        Status status = task.status();
        if (status != null) {
            return status == Status.COMPLETED ? Verdict.COMPLETED : Verdict.UNFINISHED;
        }
        if (!task.statusWord().isEmpty()) {
            return Verdict.UNFINISHED; // an unknown word: StatusWordCheck names it
        }
        if (task.finished() != null) {
            return task.finished() ? Verdict.COMPLETED : Verdict.UNFINISHED; // 民生实事: 是否完工
        }
        Boolean byFigures = rules.completedByFigures(figures);
        findings.add(byFigures == null
                ? finding(table, FindingCode.STATUS_MISSING, Field.STATUS, task, "第" + task.serial()
                + "项没有完成状态，也没有可比较的目标值和完成值；按未完成统计")
                : finding(table, FindingCode.STATUS_FROM_FIGURES, Field.STATUS, task, "第" + task.serial()
                + "项没有完成状态，按目标值和完成值判定为" + (byFigures ? "已完成" : "未完成")));
        return Boolean.TRUE.equals(byFigures) ? Verdict.COMPLETED : Verdict.UNFINISHED;
    }

    /**
     * During the year: the office's status word where it wrote one (a warning where the figures say
     * otherwise), else the figures against 序时进度 ({@link TaskRules#scheduleVerdict}).
     */
    private Verdict periodic(CompletionTable table, TaskFigures figures, Period period, List<Finding> findings) {
        Task task = figures.task();
        Verdict byFigures = rules.scheduleVerdict(figures, period.schedule());
        Status status = task.status();
        if (status == null && task.finished() != null) {
            status = task.finished() ? Status.COMPLETED : null;
        }
        if (status != null) {
            Verdict said = switch (status) {
                case COMPLETED -> Verdict.COMPLETED;
                case AHEAD -> Verdict.AHEAD;
                case ON_SCHEDULE -> Verdict.ON_SCHEDULE;
                case BEHIND -> Verdict.BEHIND;
                case UNFINISHED -> byFigures != null && byFigures != Verdict.COMPLETED ? byFigures : Verdict.BEHIND;
            };
            if (byFigures != null && said.onSchedule() != byFigures.onSchedule()) {
                findings.add(finding(table, FindingCode.STATUS_CONTRADICTS_FIGURES, Field.STATUS, task, "第"
                        + task.serial() + "项写「" + task.statusWord() + "」，但按完成值和序时进度判定为「" + byFigures.word()
                        + "」；以所写为准"));
            }
            return said;
        }
        if (!task.statusWord().isEmpty()) {
            return Verdict.BEHIND; // an unknown word: StatusWordCheck names it
        }
        if (byFigures == null) {
            findings.add(finding(table, FindingCode.STATUS_MISSING, Field.STATUS, task, "第" + task.serial()
                    + "项没有完成状态，也没有可与序时进度比较的数据；按未达序时进度统计"));
            return Verdict.BEHIND;
        }
        findings.add(finding(table, FindingCode.STATUS_FROM_FIGURES, Field.STATUS, task, "第" + task.serial()
                + "项没有完成状态，按完成值和序时进度判定为「" + byFigures.word() + "」"));
        return byFigures;
    }

    private static Finding finding(CompletionTable table, FindingCode code, Field field, Task task, String message) {
        return new Finding(code, table.sheetName(), table.cell(field, task), message);
    }
}
