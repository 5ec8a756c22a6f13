package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.Figures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Indicator;

/** Ranks are positive whole numbers. */
final class RankCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            for (Indicator ind : f.task().indicators()) {
                for (NumberCellCheck.Labelled n : List.of(new NumberCellCheck.Labelled(Field.RANK, ind.rank()),
                        new NumberCellCheck.Labelled(Field.GROUP_RANK, ind.groupRank()))) {
                    if (n.num() != null && n.num().valid() && Figures.positiveWhole(n.num()) == null) {
                        found.add(context.finding(FindingCode.RANK_INVALID, n.num().cell(),
                                "「" + n.field().label() + "」应为正整数，实为「" + n.num().raw() + "」"));
                    }
                }
            }
        }
        return found;
    }
}
