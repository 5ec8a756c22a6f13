package org.tongbao.check;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** Status cells hold one of the status words offices use. */
final class StatusWordCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (!task.statusWord().isEmpty() && Status.of(task.statusWord()) == null) {
                context.error("UNKNOWN_STATUS", task.cell(Field.STATUS),
                        "无法识别的完成状态「" + task.statusWord() + "」，应为：" + Status.knownWords());
            }
        }
    }
}
