package org.tongbao.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Task;

/**
 * What a notable item says after 牵头的: the task and its result. A row's own 通报表述 wins;
 * otherwise the kind of its indicators picks a template from the settings:
 * <ul>
 * <li>表述-增速 — the task is itself the indicator (地区生产总值) and has growth: joined directly;</li>
 * <li>表述-完成 and 表述-达标 — quantities against targets, rates against levels: after 。;</li>
 * <li>the narrative (完成情况说明) for qualitative tasks: after 。.</li>
 * </ul>
 */
public final class ItemPhrases {

    private final NoticeSettings settings;
    private final NumberWriter writer;
    private final String year;

    public ItemPhrases(NoticeSettings settings, NumberWriter writer, String year) {
        this.settings = settings;
        this.writer = writer;
        this.year = year;
    }

    /**
     * The task with its result clause, without the closing 。. The problems are those of the settings'
     * phrases; a row's own 通报表述 is checked on every row by {@link TemplateCheck} instead.
     */
    public Phrase content(TaskFigures figures) {
        Task task = figures.task();
        Map<String, String> values = Placeholders.of(figures, year, writer);
        String own = task.template().trim();
        if (!own.isEmpty()) {
            String filled = Placeholders.stripStop(PhraseTemplate.fill(own, values).text());
            return new Phrase(own.startsWith("{任务}") ? filled : join(task.text(), filled), List.of());
        }
        if (isOwnIndicator(figures) && figures.indicators().get(0).growth() != null) {
            return PhraseTemplate.fill(settings.get("表述-增速"), values);
        }
        List<Phrase> parts = new ArrayList<>();
        if (figures.indicators().stream().anyMatch(f -> f.completion() != null)) {
            parts.add(PhraseTemplate.fill(settings.get("表述-完成"), values));
        }
        for (int i = 0; i < figures.indicators().size(); i++) {
            IndicatorFigures f = figures.indicators().get(i);
            if (f.levelPoints() != null) {
                parts.add(PhraseTemplate.fill(numbered(settings.get("表述-达标"), i + 1), values));
            }
        }
        if (parts.isEmpty()) {
            return new Phrase(join(task.text(), Placeholders.stripStop(task.narrative())), List.of());
        }
        return new Phrase(join(task.text(), String.join("；", parts.stream().map(Phrase::text).toList())),
                parts.stream().flatMap(p -> p.problems().stream()).distinct().toList());
    }

    /** True when the task names its own single indicator (地区生产总值), so the result follows it directly. */
    private static boolean isOwnIndicator(TaskFigures figures) {
        return figures.indicators().size() == 1
                && (figures.indicators().get(0).indicator().name().isEmpty()
                || figures.indicators().get(0).indicator().name().equals(figures.task().text()));
    }

    /** {指标} → {指标3}: a per-indicator template applied to indicator n. */
    private static String numbered(String template, int n) {
        return template.replaceAll("\\{([^}0-9]+)}", "{$1" + n + "}");
    }

    private static String join(String task, String result) {
        String t = Placeholders.stripStop(task);
        return result.isEmpty() ? t : t + "。" + result;
    }
}
