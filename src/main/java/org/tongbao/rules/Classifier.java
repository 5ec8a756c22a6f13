package org.tongbao.rules;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
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

    public Classification classify(CompletionTable table, List<TaskFigures> tasks) {
        // a 成效明显 column that says 是 or 否 anywhere is the office's word on every task: all 否 means none
        boolean officeMarks = table.has(Field.NOTABLE)
                && tasks.stream().anyMatch(t -> t.task().notableMarked() != null);
        List<AssessedTask> out = new ArrayList<>(tasks.size());
        List<Finding> findings = new ArrayList<>();
        for (TaskFigures figures : tasks) {
            Task task = figures.task();
            Status status = task.status();
            boolean completed;
            if (status != null) {
                completed = status == Status.COMPLETED;
            } else if (!task.statusWord().isEmpty()) {
                completed = false; // an unknown word: StatusWordCheck names it
            } else if (task.finished() != null) {
                completed = task.finished(); // 民生实事: 是否完工
            } else {
                Boolean byFigures = rules.completedByFigures(figures);
                completed = Boolean.TRUE.equals(byFigures);
                findings.add(byFigures == null
                        ? finding(table, FindingCode.STATUS_MISSING, Field.STATUS, task, "第" + task.serial()
                        + "项没有完成状态，也没有可比较的目标值和完成值；按未完成统计")
                        : finding(table, FindingCode.STATUS_FROM_FIGURES, Field.STATUS, task, "第" + task.serial()
                        + "项没有完成状态，按目标值和完成值判定为" + (byFigures ? "已完成" : "未完成")));
            }
            boolean byRule = completed && rules.notable(figures);
            boolean notable = byRule;
            if (officeMarks) {
                boolean marked = Boolean.TRUE.equals(task.notableMarked());
                notable = marked && completed;
                if (completed && byRule != marked && figures.indicators().stream().anyMatch(f -> f.quantified()
                        || f.growth() != null || f.rank() != null)) { // without figures the rule has nothing to say
                    findings.add(finding(table, FindingCode.NOTABLE_RULE_DIFFERS, Field.NOTABLE, task, byRule
                            ? "第" + task.serial() + "项按规则应为成效明显（" + rules.notableReason(figures)
                            + "），但未标注；以标注为准"
                            : "第" + task.serial() + "项标注为成效明显，但按规则不是；以标注为准"));
                }
            }
            out.add(new AssessedTask(figures, completed, notable));
        }
        return new Classification(out, findings);
    }

    private static Finding finding(CompletionTable table, FindingCode code, Field field, Task task, String message) {
        return new Finding(code, table.sheetName(), table.cell(field, task), message);
    }
}
