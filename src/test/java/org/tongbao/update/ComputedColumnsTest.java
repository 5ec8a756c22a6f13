package org.tongbao.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;

/** The update compute writes, as the core works it out from the sheet. */
class ComputedColumnsTest {

    private static final String T = "通报·";

    private static SheetUpdate updateFor(Object[][] cells) {
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        Assessment a = engine.assess(List.of(Grid.of("表", cells)), "表");
        assertTrue(a.recognised(), a.findings().toString());
        return engine.sheetUpdate(a);
    }

    @Test
    void aFirstRunGoesBesideTheTableWithTypedValuesWidthsAndMarks() {
        SheetUpdate u = updateFor(new Object[][] {
            {"序号", "目标任务", "牵头单位", "目标值", "完成值", "完成情况"},
            {1.0, "交通投资", "县交通局", 50.0, 59.0, "已完成"},
            {2.0, "招商引资", "县商务局", 100.0, 90.0, "未完成"},
        });
        assertEquals(0, u.top());
        assertEquals(6, u.left());
        assertEquals(ComputedColumns.HEADERS, u.header());
        assertEquals(HeaderLook.TOOL_HEADER, u.headerLook());
        assertEquals(new CellRange(0, 6, 2, 11), u.cleared());
        assertEquals(new CellValue.Number(new BigDecimal("118")), u.value(1, 2), "59 ÷ 50, whole percents");
        assertEquals(CellValue.text("已完成"), u.value(1, 4));
        assertEquals(CellValue.EMPTY, u.value(1, 0), "no prior value, no growth");
        assertEquals(CellValue.text("未完成"), u.value(2, 4));
        assertEquals(List.of(new RowMark(Highlight.NOTABLE, 1, 1, 0, 11), new RowMark(Highlight.UNFINISHED, 2, 2, 0, 11)),
                u.marks(), "118% of target is notable by the default rule; both rows marked over the tool's columns");
        assertEquals(List.of(18, 21, 16, 21, 12, 15), u.columnWidths(), "the header's width, CJK counted double, 12 at least");
    }

    @Test
    void aPeriodicTableGetsItsScheduleTheGapToItAndItsVerdictsAndItsLaggingRowsMarkedBehind() {
        SheetUpdate u = updateFor(new Object[][] {
            {"2024年1-6月目标任务推进情况表"},
            {"序号", "目标任务", "牵头单位", "年度目标", "1-6月完成值", "完成情况"},
            {1.0, "固定资产投资", "县发展改革委", 120.0, 64.8, null},
            {2.0, "社会消费品零售总额", "县商务委", 260.0, 122.2, null},
            {3.0, "5G基站", "县经济信息委", 500.0, 310.0, null},
            {4.0, "义务植树", "县林业局", 150.0, 156.0, null},
        });
        assertEquals(ComputedColumns.PERIODIC_HEADERS, u.header());
        assertEquals(List.of("通报·序时进度(%)", "通报·进度差(百分点)"), u.header().subList(4, 6));
        assertEquals(new CellValue.Number(new BigDecimal("50.0")), u.value(1, 4), "1-6月: 6/12 of the year");
        assertEquals(new CellValue.Number(new BigDecimal("4.0")), u.value(1, 5), "54% against 50%");
        assertEquals(new CellValue.Number(new BigDecimal("-3.0")), u.value(2, 5), "47% against 50%");
        assertEquals(List.of("序时推进", "滞后", "超进度", "已完成"),
                List.of(u.value(1, 6), u.value(2, 6), u.value(3, 6), u.value(4, 6)).stream()
                        .map(v -> ((CellValue.Text) v).text()).toList());
        assertEquals(List.of(Highlight.BEHIND), u.marks().stream().map(RowMark::highlight).distinct()
                .filter(h -> h != Highlight.NOTABLE).toList(), "lagging rows of a periodic table are 通报-滞后");
        assertEquals(3, u.marks().stream().filter(m -> m.highlight() == Highlight.BEHIND).findFirst().orElseThrow()
                .firstRow(), "the 社会消费品零售总额 row");
    }

    @Test
    void aSecondRunRefreshesTheToolsColumnsAndClearsWhatALongerRunLeftBelowTheTable() {
        Object[][] cells = new Object[8][];
        cells[0] = new Object[] {"序号", "目标任务", "牵头单位", "目标值", "完成值", "完成情况", T + "同比增长(%)", T + "较全市(百分点)",
            T + "完成率(%)", T + "较目标(百分点)", T + "判定", T + "成效明显", T + "旧列"};
        cells[1] = new Object[] {1.0, "交通投资", "县交通局", 50.0, 59.0, "已完成", null, null, 118.0, null, "已完成", null, "x"};
        cells[2] = new Object[] {};
        cells[3] = new Object[] {"注：数据截至12月底"};
        cells[4] = new Object[] {};
        cells[5] = new Object[] {};
        cells[6] = new Object[] {null, null, null, null, null, null, null, null, 120.0, null, "未完成"};
        cells[7] = new Object[] {};
        SheetUpdate u = updateFor(cells);
        assertEquals(6, u.left(), "where the earlier run put its columns");
        assertEquals(new CellRange(0, 6, 6, 12), u.cleared(), "down to the earlier run's last value, over all its columns");
        assertTrue(u.height() < 7, "the values themselves cover the table only: " + u.height());
    }
}
