package org.tongbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            for (Indicator ind : f.task().indicators()) {
                for (NumberCellCheck.Labelled n : List.of(new NumberCellCheck.Labelled(Field.GROWTH, ind.growth()),
                        new NumberCellCheck.Labelled(Field.TARGET_GROWTH, ind.targetGrowth()),
                        new NumberCellCheck.Labelled(Field.CITY_AVERAGE, ind.cityAverage()))) {
                    if (outOfRange(n.num())) {
                        found.add(context.finding(FindingCode.PERCENT_OUT_OF_RANGE, n.num().cell(), "「"
                                + n.field().label() + "」为" + n.num().raw() + "%，超出合理范围（−100%～200%），是否多输了位数或小数点？"));
                    }
                }
            }
        }
        return found;
    }

    private static boolean outOfRange(Num n) {
        return n != null && n.valid() && (n.value().compareTo(LOW) < 0 || n.value().compareTo(HIGH) > 0);
    }
}
