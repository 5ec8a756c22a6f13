package org.tongbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.sample.SampleSheet;

class TableRecognizerTest {

    @Test
    void readsTheSampleLayout() throws TableNotRecognised {
        CompletionTable t = TableRecognizer.recognise(SampleSheet.table());
        assertEquals(2, t.headerTop());
        assertEquals("2022", t.year());
        assertEquals("2022年政府工作报告目标任务完成情况表", t.title());
        assertEquals(175, t.tasks().size());
        Task gdp = t.tasks().get(0);
        assertEquals("1", gdp.serial());
        assertEquals("地区生产总值", gdp.text());
        assertEquals("一、主要经济指标", gdp.category());
        assertEquals(new BigDecimal("557.7"), gdp.indicators().get(0).actual().value());
        assertEquals("I5", gdp.indicators().get(0).actual().cell().a1());
        Task income = t.tasks().get(3);
        assertEquals(List.of("县人力社保局", "县农业农村委"), income.leads());
        Task forestry = t.tasks().stream().filter(x -> x.lead().equals("县林业局")).findFirst().orElseThrow();
        assertEquals(3, forestry.indicators().size());
        assertTrue(forestry.indicators().get(2).rate());
        assertEquals("七、政府自身建设", t.tasks().get(174).category());
    }

    @Test
    void columnsInAnyOrderWithOtherNamesAndNoCategoryRows() throws TableNotRecognised {
        Grid g = Grid.of("表1", new Object[][]{
                {"全县重点任务进展表", null, null, null, null},
                {"完成数", "主责单位", "编号", "工作任务", "年度目标"},
                {59.0, "县交通局", 1.0, "交通投资", "５０"},
                {"1.15万户", "县市场监管局", 2.0, "净增市场主体", 1.0},
        });
        CompletionTable t = TableRecognizer.recognise(g);
        assertEquals(1, t.headerTop());
        assertEquals(2, t.tasks().size());
        Indicator first = t.tasks().get(0).indicators().get(0);
        assertEquals(new BigDecimal("50"), first.target().value());
        Indicator second = t.tasks().get(1).indicators().get(0);
        assertEquals(new BigDecimal("1.15"), second.actual().value());
        assertEquals("万户", second.unit());
        assertEquals("", t.tasks().get(0).category());
    }

    @Test
    void twoHeaderRowsWithAGroupedHeader() throws TableNotRecognised {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "牵头单位", "完成情况", null, null, "备注"},
                {null, null, null, "目标值", "完成值", "完成状态", null},
                {1.0, "新建学校3所", "县教委", 3.0, 3.0, "已完成", null},
        });
        g.addMerge(new CellRange(0, 3, 0, 5));
        CompletionTable t = TableRecognizer.recognise(g);
        assertEquals(0, t.headerTop());
        assertEquals(1, t.headerBottom());
        assertEquals(3, t.columns().get(Field.TARGET));
        assertEquals(5, t.columns().get(Field.STATUS));
        assertEquals(Status.COMPLETED, t.tasks().get(0).status());
    }

    @Test
    void responsibleUnitLeadsWhenThereIsNoLeadColumn() throws TableNotRecognised {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "重点任务", "责任单位", "完成情况"},
                {1.0, "建设农村公路100公里", "县交通局、县财政局", "完成"},
        });
        Task task = TableRecognizer.recognise(g).tasks().get(0);
        assertEquals("县交通局", task.lead());
        assertEquals("县财政局", task.partners());
    }

    @Test
    void completionColumnHoldingProseIsTheNarrative() throws TableNotRecognised {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "牵头单位", "完成情况", "是否完成"},
                {1.0, "建设农村公路100公里", "县交通局", "全年建成农村公路108公里。", "是"},
        });
        CompletionTable t = TableRecognizer.recognise(g);
        assertEquals(3, t.columns().get(Field.NARRATIVE));
        assertEquals(4, t.columns().get(Field.STATUS));
    }

    @Test
    void missingLeadColumnIsNamedWithTheHeadersSeen() {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "单位负责", "完成情况"},
                {1.0, "建设农村公路100公里", "县交通局", "已完成"},
        });
        TableNotRecognised e = assertThrows(TableNotRecognised.class, () -> TableRecognizer.recognise(g));
        assertTrue(e.missingColumns());
        assertEquals("A1", e.cell().a1());
        assertTrue(e.getMessage().contains("「牵头单位」"), e.getMessage());
        assertTrue(e.getMessage().contains("单位负责"), e.getMessage());
    }

    @Test
    void noTableAtAll() {
        Grid g = Grid.of("随手记", new Object[][]{{"买菜", 12.0}, {"交电费", 80.0}});
        TableNotRecognised e = assertThrows(TableNotRecognised.class, () -> TableRecognizer.recognise(g));
        assertFalse(e.missingColumns());
        assertTrue(e.getMessage().contains("买菜"));
    }

    @Test
    void continuationRowsWithoutMergedCellsStillBelongToTheirTask() throws TableNotRecognised {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "牵头单位", "指标", "目标值", "完成值"},
                {1.0, "招商引资", "县招商引资服务中心", "到位资金", 60.0, 165.7},
                {null, null, null, "亿元以上项目", 20.0, 35.0},
                {2.0, "农村公路", "县交通局", "里程", 100.0, 108.0},
                {null, null, null, null, null, null},
                {"注：数据截至12月31日", null, null, null, null, null},
        });
        CompletionTable t = TableRecognizer.recognise(g);
        assertEquals(2, t.tasks().size());
        assertEquals(2, t.tasks().get(0).indicators().size());
        assertEquals(3, t.lastRow());
        assertFalse(t.tasks().get(1).indicators().isEmpty());
    }

    @Test
    void toolColumnsFromAnEarlierRunAreFoundNotRead() throws TableNotRecognised {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "牵头单位", "完成值", "通报·完成率(%)", "通报·判定"},
                {1.0, "农村公路", "县交通局", 108.0, 108.0, "已完成"},
        });
        CompletionTable t = TableRecognizer.recognise(g);
        assertEquals(4, t.toolLeft());
        assertEquals(2, t.toolCount());
        assertFalse(t.columns().containsValue(4));
    }

    @Test
    void aMostlyEmptyResponsibleColumnCannotStandInForTheLead() {
        Grid g = Grid.of("Sheet1", new Object[][]{
                {"序号", "目标任务", "单位负责", "责任单位", "完成情况"},
                {1.0, "建设农村公路100公里", "县交通局", null, "已完成"},
                {2.0, "新建学校3所", "县教委", null, "已完成"},
                {3.0, "新建医院1所", "县卫生健康委", "县财政局", "已完成"},
        });
        TableNotRecognised e = assertThrows(TableNotRecognised.class, () -> TableRecognizer.recognise(g));
        assertTrue(e.missingColumns());
        assertTrue(e.getMessage().contains("责任单位"), e.getMessage());
    }
}
