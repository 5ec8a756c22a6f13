package org.tongbao.check;

import java.math.BigDecimal;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;

/**
 * Growth rates lie within a plausible range. A county figure growing more than 200% or
 * falling more than 100% is almost always a typo (470 for 4.7).
 */
final class PercentRangeCheck implements TableCheck {

    static final BigDecimal LOW = BigDecimal.valueOf(-100);
    static final BigDecimal HIGH = BigDecimal.valueOf(200);

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            for (Indicator ind : f.task().indicators()) {
                check(context, Field.GROWTH, ind.growth());
                check(context, Field.TARGET_GROWTH, ind.targetGrowth());
                check(context, Field.CITY_AVERAGE, ind.cityAverage());
            }
        }
    }

    private static void check(CheckContext context, Field field, Num n) {
        if (n == null || !n.valid()) {
            return;
        }
        if (n.value().compareTo(LOW) < 0 || n.value().compareTo(HIGH) > 0) {
            context.warning("PERCENT_OUT_OF_RANGE", n.cell(), "「" + field.label() + "」为" + n.raw()
                    + "%，超出合理范围（−100%～200%），是否多输了位数或小数点？");
        }
    }
}
