package org.tongbao.table;

/**
 * One measured line of a task (a task with several indicators spans several rows). Any
 * number may be null when its cell is empty or its column is absent. {@code name} is the 指标
 * cell, or for a task's first line without one, what the task's text measures ({@link IndicatorName}).
 * {@code upperLimit}: the target is a ceiling (城镇调查失业率控制在5.5%以内), met at or below it. In a
 * periodic table, {@code schedule} is the row's own 序时进度 and {@code progress} the office's 完成进度.
 */
public record Indicator(int row, String name, String unit, Num target, Num prior, Num actual, Num growth,
                        Num targetGrowth, Num cityAverage, Num rank, Num groupRank, boolean upperLimit,
                        Num schedule, Num progress) {

    /** A rate indicator (森林覆盖率 in %): its target is met by points, and it changes in 百分点, not in percent. */
    public boolean rate() {
        return "%".equals(unit) || (actual != null && actual.percent()) || (target != null && target.percent());
    }

    public boolean hasNumbers() {
        return target != null || prior != null || actual != null || growth != null || targetGrowth != null
                || cityAverage != null || rank != null || groupRank != null || progress != null;
    }
}
