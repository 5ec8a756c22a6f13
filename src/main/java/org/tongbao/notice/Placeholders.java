package org.tongbao.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;
import org.tongbao.table.Task;

/**
 * The values a phrase template may name, for one task, already written as the notice writes
 * them. Per-indicator names take the indicator's number (完成值2); without a number they mean
 * the first indicator. The list of names is the glossary of the template language.
 */
public final class Placeholders {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Placeholders() {
    }

    public static Map<String, String> of(TaskFigures figures, String year, NumberWriter w) {
        Task task = figures.task();
        Map<String, String> v = new HashMap<>();
        v.put("任务", task.text());
        v.put("年度", year);
        v.put("牵头单位", task.lead());
        v.put("说明", stripStop(task.narrative()));
        List<IndicatorFigures> inds = figures.indicators();
        for (int i = 0; i < inds.size(); i++) {
            Map<String, String> one = indicator(inds.get(i), task, w);
            for (Map.Entry<String, String> e : one.entrySet()) {
                v.put(e.getKey() + (i + 1), e.getValue());
                if (i == 0) {
                    v.put(e.getKey(), e.getValue());
                }
            }
        }
        if (inds.isEmpty()) {
            for (String name : indicator(null, task, w).keySet()) {
                v.put(name, null);
            }
        }
        List<IndicatorFigures> quantities = inds.stream().filter(f -> f.completion() != null).toList();
        List<String> done = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        boolean allOver = !quantities.isEmpty();
        for (IndicatorFigures f : quantities) {
            Indicator ind = f.indicator();
            done.add(name(ind, task) + w.typed(ind.actual().value()) + ind.unit());
            rates.add(w.completion(f.completion()));
            allOver &= f.completion().compareTo(HUNDRED) > 0;
        }
        v.put("各项完成", done.isEmpty() ? null : String.join("，", done));
        v.put("各项完成率", rates.isEmpty() ? null : String.join("、", rates));
        v.put("分别", quantities.size() > 1 ? "分别" : "");
        v.put("超额", allOver ? "超额完成年度目标任务" : null);
        return v;
    }

    private static Map<String, String> indicator(IndicatorFigures f, Task task, NumberWriter w) {
        Map<String, String> v = new HashMap<>();
        Indicator ind = f == null ? null : f.indicator();
        v.put("指标", ind == null ? null : name(ind, task));
        v.put("单位", ind == null || ind.unit().isEmpty() ? null : ind.unit());
        v.put("目标值", ind == null ? null : typed(ind.target(), w));
        v.put("上年值", ind == null ? null : typed(ind.prior(), w));
        v.put("完成值", ind == null ? null : typed(ind.actual(), w));
        v.put("完成率", f == null || f.completion() == null ? null : w.completion(f.completion()));
        v.put("增速", f == null || f.growth() == null ? null : w.percent(f.growth()));
        v.put("增长", f == null || f.growth() == null ? null : w.growth(f.growth()));
        v.put("全市增速", ind == null || ind.cityAverage() == null || !ind.cityAverage().valid() ? null
                : w.percent(ind.cityAverage().value()));
        v.put("高出", f == null || f.pointsAbove() == null ? null : w.points(f.pointsAbove().abs()));
        v.put("高低", f == null || f.pointsAbove() == null ? null : f.pointsAbove().signum() >= 0 ? "高" : "低");
        v.put("超出", f == null || f.levelPoints() == null ? null : w.points(f.levelPoints().abs()));
        v.put("超过", f == null || f.levelPoints() == null ? null : f.levelPoints().signum() >= 0 ? "超过" : "低于");
        v.put("排名", f == null || f.rank() == null ? null : w.rank(f.rank()));
        v.put("组内排名", f == null || f.groupRank() == null ? null : w.rank(f.groupRank()));
        return v;
    }

    /** An indicator's name; a task whose indicator is itself (地区生产总值) names it in its text. */
    static String name(Indicator ind, Task task) {
        return ind.name().isEmpty() ? task.text() : ind.name();
    }

    private static String typed(Num n, NumberWriter w) {
        return n == null || !n.valid() ? null : w.typed(n.value());
    }

    static String stripStop(String text) {
        String t = text.trim();
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
