package org.tongbao.update;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberStyle;
import org.tongbao.rules.AssessedTask;
import org.tongbao.table.CellRange;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Grid;
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

    /** Width of the tool's columns, in characters (a Chinese character counts two). */
    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 40;

    private ComputedColumns() {
    }

    /**
     * The update for an assessed table: the tool's columns beside the table (or where an earlier
     * run put them), cleared from the header down to the last row holding anything in them, so an
     * earlier, longer run leaves nothing behind; the notable and unfinished task rows marked up to
     * the last tool column.
     */
    public static SheetUpdate of(CompletionTable table, List<AssessedTask> tasks, NumberStyle style) {
        int top = table.headerBottom();
        int left = table.toolCount() > 0 ? table.toolLeft() : table.grid().columnCount();
        int width = HEADERS.size();
        List<CellValue[]> rows = new ArrayList<>();
        for (int r = top + 1; r <= table.lastRow(); r++) {
            CellValue[] row = new CellValue[width];
            Arrays.fill(row, CellValue.EMPTY);
            rows.add(row);
        }
        List<RowMark> marks = new ArrayList<>();
        int right = left + width - 1;
        for (AssessedTask t : tasks) {
            for (IndicatorFigures f : t.figures().indicators()) {
                CellValue[] row = rows.get(f.indicator().row() - top - 1);
                row[0] = number(f.growth(), 1, style);
                row[1] = number(f.pointsAbove(), style.pointDecimals(), style);
                row[2] = number(f.completion(), style.completionDecimals(), style);
                row[3] = number(f.levelPoints(), style.pointDecimals(), style);
            }
            CellValue[] first = rows.get(t.task().firstRow() - top - 1);
            first[4] = CellValue.text(t.completed() ? "已完成" : "未完成");
            first[5] = t.notable() ? CellValue.text("是") : CellValue.EMPTY;
            if (t.notable()) {
                marks.add(new RowMark(Highlight.NOTABLE, t.task().firstRow(), t.task().lastRow(), 0, right));
            } else if (!t.completed()) {
                marks.add(new RowMark(Highlight.UNFINISHED, t.task().firstRow(), t.task().lastRow(), 0, right));
            }
        }
        int toolRight = left + Math.max(width, table.toolCount()) - 1;
        CellRange cleared = new CellRange(top, left, lastRowUsed(table.grid(), left, toolRight, table.lastRow()),
                toolRight);
        return new SheetUpdate(table.sheetName(), cleared, top, left, HEADERS, HeaderLook.TOOL_HEADER,
                rows.stream().map(List::of).toList(), HEADERS.stream().map(ComputedColumns::columnWidth).toList(),
                marks);
    }

    /** The last row at or below {@code from} with a value in columns {@code left..right}. */
    private static int lastRowUsed(Grid grid, int left, int right, int from) {
        for (int r = grid.rowCount() - 1; r > from; r--) {
            for (int c = left; c <= right; c++) {
                if (!grid.isEmpty(r, c)) {
                    return r;
                }
            }
        }
        return from;
    }

    /** Enough for the header text, at least {@link #MIN_WIDTH} characters, a CJK character counted double. */
    private static int columnWidth(String header) {
        int chars = 0;
        for (int i = 0; i < header.length(); i++) {
            chars += header.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));
    }

    private static CellValue number(BigDecimal value, int decimals, NumberStyle style) {
        return CellValue.number(value == null ? null : value.setScale(decimals, style.rounding()));
    }
}
