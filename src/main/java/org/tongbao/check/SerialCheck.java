package org.tongbao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CellAddress;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** Serial numbers (序号) are whole numbers, unique, and run on without gaps. */
final class SerialCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        if (!context.table().has(Field.SERIAL)) {
            return found;
        }
        Map<String, CellAddress> seen = new HashMap<>();
        Integer previous = null;
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            CellAddress cell = context.cell(Field.SERIAL, task);
            String serial = task.serial();
            if (serial.isEmpty()) {
                found.add(context.finding(FindingCode.SERIAL_BROKEN, cell, "任务「" + LeadCheck.shortText(task.text())
                        + "」没有序号"));
                continue;
            }
            CellAddress first = seen.putIfAbsent(serial, cell);
            if (first != null) {
                found.add(context.finding(FindingCode.SERIAL_DUPLICATE, cell, "序号" + serial + "重复（与" + first.a1()
                        + "相同）"));
            }
            Integer n = wholeNumber(serial);
            if (n == null) {
                found.add(context.finding(FindingCode.SERIAL_BROKEN, cell, "序号「" + serial + "」不是整数"));
            } else {
                if (previous != null && n != previous + 1 && first == null) {
                    found.add(context.finding(FindingCode.SERIAL_BROKEN, cell, "序号不连续：上一项是" + previous
                            + "，这一项是" + n));
                }
                previous = n;
            }
        }
        return found;
    }

    private static Integer wholeNumber(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }
}
