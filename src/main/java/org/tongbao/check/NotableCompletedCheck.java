package org.tongbao.check;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** Only completed tasks can be marked notable; the 成效明显 mark is a word we can read. */
final class NotableCompletedCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            Boolean marked = task.notableMarked();
            if (marked == null && !task.notableMark().isBlank()) {
                context.warning("UNKNOWN_NOTABLE_MARK", task.cell(Field.NOTABLE),
                        "「成效明显」应填「是」或留空，实为「" + task.notableMark() + "」，按未标注处理");
            }
            if (Boolean.TRUE.equals(marked) && task.status() != null && task.status() != Status.COMPLETED) {
                context.error("NOTABLE_NOT_COMPLETED", task.cell(Field.NOTABLE),
                        "第" + task.serial() + "项标注为成效明显，但完成状态是「" + task.statusWord() + "」");
            }
        }
    }
}
