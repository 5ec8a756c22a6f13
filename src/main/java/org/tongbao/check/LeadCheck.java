package org.tongbao.check;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** Every task names its lead department (牵头单位). */
final class LeadCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (task.lead().isEmpty()) {
                context.error("MISSING_LEAD", task.cell(Field.LEAD),
                        "第" + label(task) + "项「" + shortText(task.text()) + "」没有填写牵头单位");
            }
        }
    }

    static String label(Task task) {
        return task.serial().isEmpty() ? "?" : task.serial();
    }

    static String shortText(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
