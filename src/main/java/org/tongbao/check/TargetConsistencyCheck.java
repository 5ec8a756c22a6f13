package org.tongbao.check;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** A task marked completed reaches its targets, and a task marked unfinished does not reach them all. */
final class TargetConsistencyCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            Status status = task.status();
            if (status == Status.COMPLETED) {
                for (IndicatorFigures ind : f.indicators()) {
                    if (Boolean.FALSE.equals(ind.meetsTarget())) {
                        String cell = ind.indicator().actual() != null ? ind.indicator().actual().cell()
                                : task.cell(Field.STATUS);
                        context.warning("COMPLETED_BELOW_TARGET", cell, "第" + task.serial() + "项标为「"
                                + task.statusWord() + "」，但" + name(ind, task) + "未达到目标");
                    }
                }
            } else if (status == Status.UNFINISHED && Boolean.TRUE.equals(f.meetsTargets())) {
                context.warning("UNFINISHED_ABOVE_TARGET", task.cell(Field.STATUS), "第" + task.serial()
                        + "项标为「" + task.statusWord() + "」，但各项完成值均已达到目标值");
            }
        }
    }

    private static String name(IndicatorFigures ind, Task task) {
        String n = ind.indicator().name().isEmpty() ? task.text() : ind.indicator().name();
        return "「" + LeadCheck.shortText(n) + "」";
    }
}
