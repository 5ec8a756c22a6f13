package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** Every task names its lead department (牵头单位). */
final class LeadCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (task.lead().isEmpty()) {
                found.add(context.finding(FindingCode.MISSING_LEAD, context.cell(Field.LEAD, task),
                        "第" + label(task) + "项「" + shortText(task.text()) + "」没有填写牵头单位"));
            }
        }
        return found;
    }

    static String label(Task task) {
        return task.serial().isEmpty() ? "?" : task.serial();
    }

    static String shortText(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
