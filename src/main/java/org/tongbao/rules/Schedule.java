package org.tongbao.rules;

import java.math.BigDecimal;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.table.Num;

/**
 * 序时进度, the share of the year gone by that a periodic table's figures are measured against. How a
 * task stands against it is a rule ({@link TaskRules#scheduleVerdict}, macros/rules.py).
 */
public final class Schedule {

    private Schedule() {
    }

    /** The share an indicator is judged against: its row's 序时进度, else the table's. */
    public static BigDecimal share(IndicatorFigures f, BigDecimal tableShare) {
        Num own = f.indicator().schedule();
        return own != null && own.valid() ? own.value() : tableShare;
    }
}
