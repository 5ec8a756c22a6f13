package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** Only completed tasks can be marked notable; the 成效明显 mark is a word we can read. */
final class NotableCompletedCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            Boolean marked = task.notableMarked();
            if (marked == null && !task.notableMark().isBlank()) {
                found.add(context.finding(FindingCode.UNKNOWN_NOTABLE_MARK, context.cell(Field.NOTABLE, task),
                        "「成效明显」应填「是」或留空，实为「" + task.notableMark() + "」，按未标注处理"));
            }
            if (Boolean.TRUE.equals(marked) && task.status() != null && task.status() != Status.COMPLETED
                    && task.status() != Status.AHEAD) { // ahead of schedule may be notable in a periodic table
                found.add(context.finding(FindingCode.NOTABLE_NOT_COMPLETED, context.cell(Field.NOTABLE, task),
                        "第" + task.serial() + "项标注为成效明显，但完成状态是「" + task.statusWord() + "」"));
            }
        }
        return found;
    }
}
