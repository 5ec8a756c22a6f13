package org.tongbao.table;

/**
 * One measured line of a task (a task with several indicators spans several rows). Any
 * number may be null when its cell is empty or its column is absent.
 */
public record Indicator(int row, String name, String unit, Num target, Num prior, Num actual, Num growth,
                        Num targetGrowth, Num cityAverage, Num rank, Num groupRank) {

    /** A rate indicator (森林覆盖率 in %): its target is met by points, not by a ratio. */
    public boolean rate() {
        return "%".equals(unit) || (actual != null && actual.percent()) || (target != null && target.percent());
    }

    public boolean hasNumbers() {
        return target != null || prior != null || actual != null || growth != null || targetGrowth != null
                || cityAverage != null || rank != null || groupRank != null;
    }
}
