package org.tongbao.update;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberStyle;
import org.tongbao.rules.AssessedTask;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.HeaderText;

/**
 * The columns tongbao writes beside the office's table, and the rows it highlights. Their
 * headers carry {@link HeaderText#TOOL_PREFIX}, so a second run finds and refreshes them.
 */
public final class ComputedColumns {

    public static final List<String> HEADERS = List.of(
            HeaderText.TOOL_PREFIX + "同比增长(%)",
            HeaderText.TOOL_PREFIX + "较全市(百分点)",
            HeaderText.TOOL_PREFIX + "完成率(%)",
            HeaderText.TOOL_PREFIX + "较目标(百分点)",
            HeaderText.TOOL_PREFIX + "判定",
            HeaderText.TOOL_PREFIX + "成效明显");

    private ComputedColumns() {
    }

    public static SheetUpdate of(CompletionTable table, List<AssessedTask> tasks, NumberStyle style) {
        int top = table.headerBottom();
        int left = table.toolCount() > 0 ? table.toolLeft() : table.grid().columnCount();
        int width = HEADERS.size();
        int height = table.lastRow() - top + 1;
        Object[][] values = new Object[height][width];
        for (int c = 0; c < width; c++) {
            values[0][c] = HEADERS.get(c);
        }
        List<RowMark> marks = new ArrayList<>();
        int right = left + width - 1;
        for (AssessedTask t : tasks) {
            for (IndicatorFigures f : t.figures().indicators()) {
                Object[] row = values[f.indicator().row() - top];
                row[0] = number(f.growth(), 1, style);
                row[1] = number(f.pointsAbove(), style.pointDecimals(), style);
                row[2] = number(f.completion(), style.completionDecimals(), style);
                row[3] = number(f.levelPoints(), style.pointDecimals(), style);
            }
            Object[] first = values[t.task().firstRow() - top];
            first[4] = t.completed() ? "已完成" : "未完成";
            first[5] = t.notable() ? "是" : null;
            if (t.notable()) {
                marks.add(new RowMark(Highlight.NOTABLE, t.task().firstRow(), t.task().lastRow(), 0, right));
            } else if (!t.completed()) {
                marks.add(new RowMark(Highlight.UNFINISHED, t.task().firstRow(), t.task().lastRow(), 0, right));
            }
        }
        return new SheetUpdate(table.sheetName(), top, left, values, Math.max(width, table.toolCount()), marks);
    }

    private static Double number(BigDecimal value, int decimals, NumberStyle style) {
        return value == null ? null : value.setScale(decimals, style.rounding()).doubleValue();
    }
}
