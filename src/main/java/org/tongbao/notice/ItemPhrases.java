package org.tongbao.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Task;

/**
 * What a notable item says after 牵头的: the task and its result, made from its figures. A row's own
 * 通报表述 wins where it can be filled; otherwise each indicator gets the phrase of its kind:
 * <ul>
 * <li>表述-完成 — quantities against their targets, worded together (分别完成…的276%、175%);</li>
 * <li>表述-增速 — growth, with the city average and rank when the table has them;</li>
 * <li>表述-达标 — a rate against its level target, in 百分点; 表述-控制 — an upper limit kept;</li>
 * <li>表述-提高 — a rate against last year, in 百分点; 表述-数值 — a bare figure.</li>
 * </ul>
 * A task that is itself its one indicator (地区生产总值) has its growth phrase follow 牵头的 directly;
 * any other task's text comes first and its figures after 。. The office's note (完成情况说明) adds
 * what the figures do not say; a task without figures is worded from its note.
 */
final class ItemPhrases {

    private final Phrasing phrasing;

    ItemPhrases(Phrasing phrasing) {
        this.phrasing = phrasing;
    }

    /** The task with its result clause, without the closing 。. */
    Phrase content(TaskFigures figures, Map<String, String> values) {
        Task task = figures.task();
        String own = task.template().trim();
        if (!own.isEmpty()) {
            Phrase filled = PhraseTemplate.fill(own, values);
            if (filled.problems().isEmpty()) { // else the row's problem is reported at its cell, and the default used
                String text = Placeholders.stripStop(filled.text());
                return new Phrase(own.startsWith("{任务}") ? text : join(task.text(), text), List.of());
            }
        }
        List<IndicatorFigures> inds = figures.indicators();
        if (inds.size() == 1 && inds.get(0).indicator().name().equals(task.text()) && inds.get(0).growth() != null) {
            return withNote(phrasing.fill("表述-增速", values, figures, inds.get(0), 0), task);
        }
        List<Phrase> parts = new ArrayList<>();
        List<IndicatorFigures> quantities = Placeholders.quantities(figures);
        if (!quantities.isEmpty()) {
            parts.add(phrasing.fill("表述-完成", values, figures, null, 0));
        }
        for (int i = 0; i < inds.size(); i++) {
            IndicatorFigures f = inds.get(i);
            boolean quantity = quantities.contains(f);
            String key = kind(f, quantity);
            if (key != null) {
                Map<String, String> forIndicator = values;
                if (quantity) { // 表述-完成 printed its figure already
                    forIndicator = new HashMap<>(values);
                    forIndicator.put("完成值" + (i + 1), null);
                }
                parts.add(phrasing.fill(key, forIndicator, figures, f, i + 1));
            }
        }
        if (parts.isEmpty()) {
            return new Phrase(join(task.text(), Placeholders.stripStop(task.narrative())), List.of());
        }
        Phrase figuresPhrase = new Phrase(join(task.text(), String.join("；", parts.stream().map(Phrase::text).toList())),
                parts.stream().flatMap(p -> p.problems().stream()).distinct().toList());
        return withNote(figuresPhrase, task);
    }

    /** The phrase an indicator's figures call for; null when it is worded with the quantities or has no figure. */
    private static String kind(IndicatorFigures f, boolean quantity) {
        if (f.indicator().upperLimit() && f.indicator().actual() != null && f.levelPoints() != null) {
            return "表述-控制";
        }
        if (f.growth() != null) {
            return "表述-增速";
        }
        if (quantity) {
            return null;
        }
        if (f.levelPoints() != null) {
            return "表述-达标";
        }
        if (f.pointsChange() != null) {
            return "表述-提高";
        }
        return f.indicator().actual() != null && f.indicator().actual().valid() ? "表述-数值" : null;
    }

    /** The figures' phrase and what the office's note adds to it ({@link NoteClauses}). */
    private static Phrase withNote(Phrase figures, Task task) {
        List<String> extra = NoteClauses.news(task.narrative(), figures.text());
        if (extra.isEmpty()) {
            return figures;
        }
        return new Phrase(figures.text() + "。" + String.join("，", extra), figures.problems());
    }

    private static String join(String task, String result) {
        String t = Placeholders.stripStop(task);
        return result.isEmpty() ? t : t + "。" + result;
    }
}
