package org.tongbao.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;
import org.tongbao.table.Task;

/**
 * The values a phrase template may name for one task, already written as the notice writes them,
 * on top of the notice's own values (年度, 全级 …). Per-indicator names take the indicator's number
 * (完成值2); without a number they mean the first indicator. The list of names is the glossary
 * of the template language (README, 通报设置).
 */
public final class Placeholders {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The names each indicator has, numbered (完成值2) for indicators after the first. */
    static final Set<String> PER_INDICATOR = Set.of("指标", "单位", "目标值", "上年值", "完成值", "完成率", "增速", "增长",
            "较目标", "全市增速", "高出", "高低", "超出", "超过", "变化", "升降", "排名", "组内排名", "相差");

    private Placeholders() {
    }

    public static Map<String, String> of(TaskFigures figures, Map<String, String> notice, NumberWriter w) {
        Task task = figures.task();
        Map<String, String> v = new HashMap<>(notice);
        v.put("任务", stripStop(task.text()));
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
        List<IndicatorFigures> quantities = quantities(figures);
        List<String> done = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        boolean allOver = !quantities.isEmpty();
        for (IndicatorFigures f : quantities) {
            Indicator ind = f.indicator();
            // a periodic table's given 完成率 needs no 完成值 beside it, and a 完成值 may be no number
            if (ind.actual() != null && ind.actual().value() != null) {
                done.add(name(ind, task) + w.typed(ind.actual().value()) + ind.unit());
            }
            rates.add(w.completion(f.completion()));
            allOver &= f.completion().compareTo(HUNDRED) > 0;
        }
        v.put("各项完成", done.isEmpty() ? null : String.join("，", done));
        v.put("各项完成率", rates.isEmpty() ? null : String.join("、", rates));
        v.put("分别", quantities.size() > 1 ? "分别" : null);
        v.put("超额", allOver ? "超额完成年度目标任务" : null);
        return v;
    }

    /** The indicators measured as a share of their target (not upper limits): worded together. */
    static List<IndicatorFigures> quantities(TaskFigures figures) {
        return figures.indicators().stream().filter(f -> f.completion() != null && !f.indicator().upperLimit())
                .toList();
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
        v.put("增速", f == null || f.growth() == null ? null : w.rate(f.growth()));
        v.put("增长", f == null || f.growth() == null ? null : w.growth(f.growth()));
        BigDecimal aboveTarget = f == null || f.growth() == null || ind.targetGrowth() == null
                || !ind.targetGrowth().valid() ? null : f.growth().subtract(ind.targetGrowth().value());
        v.put("较目标", aboveTarget == null ? null
                : (aboveTarget.signum() >= 0 ? "高于目标" : "低于目标") + w.points(aboveTarget.abs()));
        v.put("全市增速", ind == null || ind.cityAverage() == null || !ind.cityAverage().valid() ? null
                : w.rate(ind.cityAverage().value()));
        v.put("高出", f == null || f.pointsAbove() == null ? null : w.points(f.pointsAbove().abs()));
        v.put("高低", f == null || f.pointsAbove() == null ? null : f.pointsAbove().signum() >= 0 ? "高" : "低");
        v.put("超出", f == null || f.levelPoints() == null ? null : w.points(f.levelPoints().abs()));
        v.put("超过", f == null || f.levelPoints() == null ? null : f.levelPoints().signum() >= 0 ? "超过" : "低于");
        v.put("变化", f == null || f.pointsChange() == null ? null : w.points(f.pointsChange().abs()));
        v.put("升降", f == null || f.pointsChange() == null ? null : f.pointsChange().signum() >= 0 ? "提高" : "降低");
        v.put("排名", f == null || f.rank() == null ? null : w.rank(f.rank()));
        v.put("组内排名", f == null || f.groupRank() == null ? null : w.rank(f.groupRank()));
        return v;
    }

    /** An indicator's name; a further line of a task without one is named by the task. */
    static String name(Indicator ind, Task task) {
        return ind.name().isEmpty() ? stripStop(task.text()) : ind.name();
    }

    private static String typed(Num n, NumberWriter w) {
        return n == null || !n.valid() ? null : w.typed(n.value());
    }

    static String stripStop(String text) {
        String t = text.trim();
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith(".") || t.endsWith("，")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
