package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CellAddress;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** A task marked completed reaches its targets, and a task marked unfinished does not reach them all. */
final class TargetConsistencyCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            Status status = task.status();
            if (status == Status.COMPLETED) {
                for (IndicatorFigures ind : f.indicators()) {
                    if (Boolean.FALSE.equals(ind.meetsTarget())) {
                        CellAddress cell = ind.indicator().actual() != null ? ind.indicator().actual().cell()
                                : context.cell(Field.STATUS, task);
                        found.add(context.finding(FindingCode.COMPLETED_BELOW_TARGET, cell, "第" + task.serial()
                                + "项标为「" + task.statusWord() + "」，但" + name(ind, task) + "未达到目标"));
                    }
                }
            } else if (status == Status.UNFINISHED && Boolean.TRUE.equals(f.meetsTargets())) {
                found.add(context.finding(FindingCode.UNFINISHED_ABOVE_TARGET, context.cell(Field.STATUS, task),
                        "第" + task.serial() + "项标为「" + task.statusWord() + "」，但各项完成值均已达到目标值"));
            }
        }
        return found;
    }

    private static String name(IndicatorFigures ind, Task task) {
        String n = ind.indicator().name().isEmpty() ? task.text() : ind.indicator().name();
        return "「" + LeadCheck.shortText(n) + "」";
    }
}
