package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.NumberStyle;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.notice.PhraseTemplate;
import org.tongbao.notice.Placeholders;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/** A row's own phrase (通报表述) names only known values, and the row has each value it names. */
final class TemplateCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        NumberWriter writer = new NumberWriter(NumberStyle.DEFAULT);
        String year = context.table().year() == null ? "2000" : context.table().year();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (task.template().isBlank()) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            PhraseTemplate.fill(task.template(), Placeholders.of(f, year, writer), problems);
            for (String problem : problems.stream().distinct().toList()) {
                context.error("TEMPLATE_PROBLEM", task.cell(Field.TEMPLATE), "通报表述：" + problem);
            }
        }
    }
}
