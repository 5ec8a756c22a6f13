package org.tongbao.update;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberStyle;
import org.tongbao.rules.AssessedTask;
import org.tongbao.rules.Schedule;
import org.tongbao.table.CellRange;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Grid;
import org.tongbao.table.HeaderText;
import org.tongbao.table.Period;

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

    /** A periodic table's columns: the year-end ones with 序时进度 and the gap to it after 较目标. */
    public static final List<String> PERIODIC_HEADERS = List.of(
            HEADERS.get(0), HEADERS.get(1), HEADERS.get(2), HEADERS.get(3),
            HeaderText.TOOL_PREFIX + "序时进度(%)",
            HeaderText.TOOL_PREFIX + "进度差(百分点)",
            HEADERS.get(4), HEADERS.get(5));

    /** Width of the tool's columns, in characters (a Chinese character counts two). */
    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 40;

    private ComputedColumns() {
    }

    /**
     * The update for an assessed table: the tool's columns beside the table (or where an earlier
     * run put them), cleared from the header down to the last row holding anything in them, so an
     * earlier, longer run leaves nothing behind; the notable and lagging task rows marked up to
     * the last tool column (通报-未完成 at the year's end, 通报-滞后 in a periodic table, whose columns
     * add the row's 序时进度 and its completion's gap to it).
     */
    public static SheetUpdate of(CompletionTable table, List<AssessedTask> tasks, Period period, NumberStyle style) {
        List<String> headers = period == null ? HEADERS : PERIODIC_HEADERS;
        int verdictColumn = headers.indexOf(HEADERS.get(4));
        int top = table.headerBottom();
        int left = table.toolCount() > 0 ? table.toolLeft() : table.grid().columnCount();
        int width = headers.size();
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
                if (period != null) {
                    BigDecimal share = Schedule.share(f, period.schedule());
                    row[4] = number(share, style.shareDecimals(), style);
                    row[5] = number(f.completion() == null ? null : f.completion().subtract(share), style.pointDecimals(),
                            style);
                }
            }
            CellValue[] first = rows.get(t.task().firstRow() - top - 1);
            first[verdictColumn] = CellValue.text(t.verdict().word());
            first[verdictColumn + 1] = t.notable() ? CellValue.text("是") : CellValue.EMPTY;
            if (t.notable()) {
                marks.add(new RowMark(Highlight.NOTABLE, t.task().firstRow(), t.task().lastRow(), 0, right));
            } else if (t.verdict().lagging()) {
                marks.add(new RowMark(period == null ? Highlight.UNFINISHED : Highlight.BEHIND, t.task().firstRow(),
                        t.task().lastRow(), 0, right));
            }
        }
        int toolRight = left + Math.max(width, table.toolCount()) - 1;
        CellRange cleared = new CellRange(top, left, lastRowUsed(table.grid(), left, toolRight, table.lastRow()),
                toolRight);
        return new SheetUpdate(table.sheetName(), cleared, top, left, headers, HeaderLook.TOOL_HEADER,
                rows.stream().map(List::of).toList(), headers.stream().map(ComputedColumns::columnWidth).toList(),
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
