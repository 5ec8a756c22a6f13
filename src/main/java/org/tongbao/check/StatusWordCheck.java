package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/** Status cells hold one of the status words offices use. */
final class StatusWordCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (!task.statusWord().isEmpty() && Status.of(task.statusWord()) == null) {
                found.add(context.finding(FindingCode.UNKNOWN_STATUS, context.cell(Field.STATUS, task),
                        "无法识别的完成状态「" + task.statusWord() + "」，应为：" + Status.knownWords()));
            }
        }
        return found;
    }
}
