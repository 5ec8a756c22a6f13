package org.tongbao.check;

import java.util.HashMap;
import java.util.Map;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** Serial numbers (序号) are whole numbers, unique, and run on without gaps. */
final class SerialCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        if (!context.table().has(Field.SERIAL)) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        Integer previous = null;
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            String cell = task.cell(Field.SERIAL);
            String serial = task.serial();
            if (serial.isEmpty()) {
                context.warning("SERIAL_BROKEN", cell, "任务「" + LeadCheck.shortText(task.text()) + "」没有序号");
                continue;
            }
            String first = seen.putIfAbsent(serial, cell);
            if (first != null) {
                context.error("SERIAL_DUPLICATE", cell, "序号" + serial + "重复（与" + first + "相同）");
            }
            Integer n = wholeNumber(serial);
            if (n == null) {
                context.warning("SERIAL_BROKEN", cell, "序号「" + serial + "」不是整数");
            } else {
                if (previous != null && n != previous + 1 && first == null) {
                    context.warning("SERIAL_BROKEN", cell, "序号不连续：上一项是" + previous + "，这一项是" + n);
                }
                previous = n;
            }
        }
    }

    private static Integer wholeNumber(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }
}
