package org.tongbao.notice;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.check.CheckContext;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.check.TableCheck;
import org.tongbao.figures.NumberStyle;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/**
 * A row's own phrase (通报表述) names only known values, and the row has each value it names. Checked
 * on every row, notable or not, so a row that becomes notable later does not break the notice.
 */
public final class TemplateCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        NumberWriter writer = new NumberWriter(NumberStyle.DEFAULT);
        String year = context.table().year() == null ? "2000" : context.table().year();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (task.template().isBlank()) {
                continue;
            }
            for (String problem : PhraseTemplate.fill(task.template(), Placeholders.of(f, year, writer)).problems()) {
                found.add(context.finding(FindingCode.TEMPLATE_PROBLEM, context.cell(Field.TEMPLATE, task),
                        "通报表述：" + problem));
            }
        }
        return found;
    }
}
