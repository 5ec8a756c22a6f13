package org.tongbao.check;

import org.tongbao.figures.Figures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;

/** Ranks are positive whole numbers. */
final class RankCheck implements TableCheck {

    @Override
    public void check(CheckContext context) {
        for (TaskFigures f : context.tasks()) {
            for (Indicator ind : f.task().indicators()) {
                check(context, Field.RANK, ind.rank());
                check(context, Field.GROUP_RANK, ind.groupRank());
            }
        }
    }

    private static void check(CheckContext context, Field field, Num n) {
        if (n != null && n.valid() && Figures.positiveWhole(n) == null) {
            context.error("RANK_INVALID", n.cell(), "「" + field.label() + "」应为正整数，实为「" + n.raw() + "」");
        }
    }
}
