package org.tongbao.update;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.table.CellRange;

/**
 * What applying a {@link SheetUpdate} does to a sheet, checked cell by cell, whichever door
 * applies it: each adapter's test extends this class and says how to make a sheet, apply an
 * update and read a cell back (POI in a unit test, Calc through a real office in an IT).
 */
public abstract class SheetUpdateContract {

    protected static final String SHEET = "完成情况表";
    protected static final int ROWS = 12;
    protected static final int COLUMNS = 9;

    /** A title, the office's header in row 1, six task rows; a note beside and one below the tool's columns. */
    private static final Object[][] OFFICE = {
        {"2022年目标任务完成情况表", null, null, null, null, null, null, null},
        {"序号", "目标任务", "目标值", "完成值", null, null, null, "备注"},
        {1.0, "地区生产总值", 50.0, 59.0, null, null, null, null},
        {2.0, "交通投资", 30.0, 28.0, null, null, null, "核实中"},
        {3.0, "城镇新增就业", 1.2, 1.3, null, null, null, null},
        {4.0, "招商引资", 100.0, 90.0, null, null, null, null},
        {5.0, "农村公路", 20.0, 25.0, null, null, null, null},
        {6.0, "污水处理", 10.0, 10.0, null, null, null, null},
        {null, null, null, null, null, null, null, null},
        {null, null, null, null, null, null, null, null},
        {null, null, null, null, null, null, null, null},
        {"注：数据截至12月底", null, null, null, null, "表下备注", null, null},
    };

    /** Makes the sheet {@link #SHEET} holding {@code cells} (String, Double or null). */
    protected abstract void create(Object[][] cells) throws Exception;

    protected abstract void apply(SheetUpdate update) throws Exception;

    /** The cell's value: a String, a Double, or null when empty. */
    protected abstract Object value(int row, int column) throws Exception;

    protected abstract boolean hasHeaderLook(int row, int column, HeaderLook look) throws Exception;

    /** The cell's highlight, or null. */
    protected abstract Highlight mark(int row, int column) throws Exception;

    /** The column's width in characters, as near as the door can say. */
    protected abstract int widthInCharacters(int column) throws Exception;

    /** An earlier, longer run: three tool columns, values down to row 9, below the table. */
    private static SheetUpdate earlier() {
        List<List<CellValue>> rows = new ArrayList<>();
        for (int r = 2; r <= 9; r++) {
            rows.add(List.of(CellValue.text("旧" + r), CellValue.number(new BigDecimal(r + ".5")), CellValue.text("旧")));
        }
        return new SheetUpdate(SHEET, new CellRange(1, 4, 9, 6), 1, 4, List.of("通报·甲", "通报·乙", "通报·丙"),
                HeaderLook.TOOL_HEADER, rows, List.of(12, 14, 16),
                List.of(new RowMark(Highlight.NOTABLE, 2, 3, 0, 6), new RowMark(Highlight.UNFINISHED, 9, 9, 0, 6)));
    }

    /** The run checked: two columns over the six task rows, clearing all the earlier run wrote. */
    private static SheetUpdate later() {
        List<List<CellValue>> rows = List.of(
                List.of(CellValue.number(new BigDecimal("118")), CellValue.text("已完成")),
                List.of(CellValue.number(new BigDecimal("93.3")), CellValue.EMPTY),
                List.of(CellValue.number(new BigDecimal("-8.25")), CellValue.text("未完成")),
                List.of(CellValue.EMPTY, CellValue.text("已完成")),
                List.of(CellValue.number(new BigDecimal("125")), CellValue.EMPTY),
                List.of(CellValue.EMPTY, CellValue.EMPTY));
        return new SheetUpdate(SHEET, new CellRange(1, 4, 9, 6), 1, 4, List.of("通报·完成率(%)", "通报·判定"),
                HeaderLook.TOOL_HEADER, rows, List.of(12, 13), List.of(new RowMark(Highlight.UNFINISHED, 4, 5, 0, 5)));
    }

    @Test
    void aSecondRunLeavesExactlyWhatItSays() throws Exception {
        create(OFFICE);
        apply(earlier());
        assertEquals("旧9", value(9, 4), "the earlier run wrote below the table");
        assertEquals(Highlight.NOTABLE, mark(2, 0));
        SheetUpdate update = later();
        apply(update);

        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                String at = "row " + r + " column " + c;
                boolean block = r >= update.top() && r < update.top() + update.height()
                        && c >= update.left() && c < update.left() + update.width();
                Object expected;
                if (block) {
                    expected = update.value(r - update.top(), c - update.left()).plain();
                } else if (update.cleared().contains(r, c)) {
                    expected = null;
                } else {
                    expected = r < OFFICE.length && c < OFFICE[r].length ? OFFICE[r][c] : null;
                }
                assertEquals(expected, value(r, c), at);
                boolean header = r == update.top() && block;
                assertEquals(header, hasHeaderLook(r, c, HeaderLook.TOOL_HEADER), at + ": the header look");
                assertEquals(markAt(update, r, c), mark(r, c), at + ": the mark");
            }
        }
        assertEquals(12, widthInCharacters(4));
        assertEquals(13, widthInCharacters(5));
    }

    private static Highlight markAt(SheetUpdate update, int row, int column) {
        return update.marks().stream().filter(m -> new CellRange(m.firstRow(), m.firstColumn(), m.lastRow(),
                m.lastColumn()).contains(row, column)).map(RowMark::highlight).findFirst().orElse(null);
    }

    @Test
    void theFirstRunOnAFreshSheetWritesItsBlockAndMarks() throws Exception {
        create(OFFICE);
        SheetUpdate update = earlier();
        apply(update);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                boolean block = r >= 1 && r <= 9 && c >= 4 && c <= 6;
                Object expected = block ? update.value(r - 1, c - 4).plain()
                        : r < OFFICE.length && c < OFFICE[r].length ? OFFICE[r][c] : null;
                assertEquals(expected, value(r, c), "row " + r + " column " + c);
                assertEquals(r == 1 && block, hasHeaderLook(r, c, HeaderLook.TOOL_HEADER), "row " + r + " column " + c);
            }
        }
        assertEquals(Highlight.NOTABLE, mark(3, 6));
        assertEquals(Highlight.UNFINISHED, mark(9, 0));
        assertEquals(null, mark(4, 0));
        assertEquals(null, mark(2, 7), "a mark ends where it says");
        assertEquals(List.of(12, 14, 16), List.of(widthInCharacters(4), widthInCharacters(5), widthInCharacters(6)));
    }
}
