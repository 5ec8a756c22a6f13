package org.tongbao.rules;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Field;
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

    public List<AssessedTask> classify(CompletionTable table, List<TaskFigures> tasks, List<Finding> findings) {
        boolean officeMarks = table.has(Field.NOTABLE)
                && tasks.stream().anyMatch(t -> Boolean.TRUE.equals(t.task().notableMarked()));
        List<AssessedTask> out = new ArrayList<>(tasks.size());
        for (TaskFigures figures : tasks) {
            Task task = figures.task();
            boolean completed = completed(table, figures, findings);
            boolean byRule = completed && rules.notable(figures);
            boolean notable;
            if (officeMarks) {
                notable = Boolean.TRUE.equals(task.notableMarked()) && completed;
                if (completed && byRule != Boolean.TRUE.equals(task.notableMarked())) {
                    findings.add(new Finding(Severity.INFO, "NOTABLE_RULE_DIFFERS", table.sheetName(),
                            task.cell(Field.NOTABLE), byRule
                            ? "第" + task.serial() + "项按规则应为成效明显（" + rules.notableReason(figures)
                            + "），但未标注；以标注为准"
                            : "第" + task.serial() + "项标注为成效明显，但按规则不是；以标注为准"));
                }
            } else {
                notable = byRule;
            }
            out.add(new AssessedTask(figures, completed, notable));
        }
        return out;
    }

    private boolean completed(CompletionTable table, TaskFigures figures, List<Finding> findings) {
        Task task = figures.task();
        Status status = task.status();
        if (status != null) {
            return status == Status.COMPLETED;
        }
        if (!task.statusWord().isEmpty()) {
            return false;
        }
        Boolean byFigures = rules.completedByFigures(figures);
        String cell = task.cell(Field.STATUS);
        if (byFigures == null) {
            findings.add(new Finding(Severity.WARNING, "STATUS_MISSING", table.sheetName(), cell,
                    "第" + task.serial() + "项没有完成状态，也没有可比较的目标值和完成值；按未完成统计"));
            return false;
        }
        findings.add(new Finding(Severity.INFO, "STATUS_FROM_FIGURES", table.sheetName(), cell,
                "第" + task.serial() + "项没有完成状态，按目标值和完成值判定为" + (byFigures ? "已完成" : "未完成")));
        return byFigures;
    }
}
