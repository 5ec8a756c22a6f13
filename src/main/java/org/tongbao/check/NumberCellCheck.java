package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;

/** Numeric columns hold numbers (text such as "五十九" cannot be computed). Formula errors are {@link FormulaErrorCheck}'s. */
final class NumberCellCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            for (Indicator ind : f.task().indicators()) {
                for (Labelled n : numbers(ind)) {
                    if (n.num() != null && !n.num().valid() && !n.num().raw().startsWith("#")) {
                        found.add(context.finding(FindingCode.NOT_A_NUMBER, n.num().cell(),
                                "「" + n.field().label() + "」应为数字，实为「" + n.num().raw() + "」"));
                    }
                }
            }
        }
        return found;
    }

    record Labelled(Field field, Num num) {
    }

    static List<Labelled> numbers(Indicator ind) {
        List<Labelled> out = new ArrayList<>();
        out.add(new Labelled(Field.TARGET, ind.target()));
        out.add(new Labelled(Field.PRIOR, ind.prior()));
        out.add(new Labelled(Field.ACTUAL, ind.actual()));
        out.add(new Labelled(Field.GROWTH, ind.growth()));
        out.add(new Labelled(Field.TARGET_GROWTH, ind.targetGrowth()));
        out.add(new Labelled(Field.CITY_AVERAGE, ind.cityAverage()));
        out.add(new Labelled(Field.RANK, ind.rank()));
        out.add(new Labelled(Field.GROUP_RANK, ind.groupRank()));
        out.add(new Labelled(Field.SCHEDULE, ind.schedule()));
        out.add(new Labelled(Field.PROGRESS, ind.progress()));
        return out;
    }
}
