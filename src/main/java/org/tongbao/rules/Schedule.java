package org.tongbao.rules;

import java.math.BigDecimal;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Num;

/**
 * A periodic table's judgement by figures: each indicator against the share of the year gone by
 * (序时进度), the row's own where the table gives one. A quantity is on schedule when its completion
 * reaches the share and ahead ({@link #AHEAD_BY} points or more above it); a growth rate, a level
 * or an upper limit is on schedule when it meets its (annual) target. A task stands where its worst
 * indicator does.
 */
public final class Schedule {

    /** 超进度: this many 百分点 or more above 序时进度. */
    public static final BigDecimal AHEAD_BY = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Schedule() {
    }

    /** The share an indicator is judged against: its row's 序时进度, else the table's. */
    public static BigDecimal share(IndicatorFigures f, BigDecimal tableShare) {
        Num own = f.indicator().schedule();
        return own != null && own.valid() ? own.value() : tableShare;
    }

    /** The task's verdict by its figures, or null when no indicator can be judged. */
    public static Verdict judge(TaskFigures task, BigDecimal tableShare) {
        Verdict worst = null;
        for (IndicatorFigures f : task.indicators()) {
            Verdict v = judge(f, share(f, tableShare));
            if (v != null && (worst == null || v.compareTo(worst) < 0)) {
                worst = v;
            }
        }
        return worst;
    }

    private static Verdict judge(IndicatorFigures f, BigDecimal share) {
        if (f.indicator().upperLimit() || (f.completion() == null && f.levelPoints() != null)) {
            return f.levelPoints() == null ? null : f.levelPoints().signum() >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        if (f.completion() != null) {
            if (f.completion().compareTo(HUNDRED) >= 0) {
                return Verdict.COMPLETED;
            }
            if (f.completion().compareTo(share.add(AHEAD_BY)) >= 0) {
                return Verdict.AHEAD;
            }
            return f.completion().compareTo(share) >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        Num targetGrowth = f.indicator().targetGrowth();
        if (f.growth() != null && targetGrowth != null && targetGrowth.valid()) {
            return f.growth().compareTo(targetGrowth.value()) >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        return null;
    }
}
