package org.tongbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.CellError;
import org.tongbao.table.Grid;

/** Each check, on a small table built to break it once, finds that one thing at that one cell. */
class ValidatorTest {

    private static final Object[] HEADER = {"序号", "目标任务", "牵头单位", "指标", "目标值", "完成值", "同比增长(%)",
            "全市平均增速(%)", "全市排名", "完成情况", "是否成效明显", "完成情况说明", "通报表述"};

    private static Assessment assess(Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return org.tongbao.Engines.shipped(LocalDate.of(2023, 2, 27))
                .assess(List.of(Grid.of("完成情况表", all)), "完成情况表");
    }

    private static Object[] row(Object... cells) {
        Object[] r = new Object[HEADER.length];
        System.arraycopy(cells, 0, r, 0, cells.length);
        return r;
    }

    private static Finding only(Assessment a, FindingCode code) {
        List<Finding> found = a.findings().stream().filter(f -> f.code() == code).toList();
        assertEquals(1, found.size(), code + " in " + a.findings());
        return found.get(0);
    }

    private static final Object[] GOOD = row(1.0, "农村公路", "县交通局", "里程", 100.0, 103.0, null, null, null, "已完成");

    @Test
    void theYunyangTableHasNoErrorsAndNoWarnings() {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SampleSheet.workbook(), null);
        assertEquals(List.of(), a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        assertEquals(175, a.summary().total());
        assertEquals(170, a.summary().completed());
        assertEquals(13, a.summary().notable());
    }

    @Test
    void missingLead() {
        Finding f = only(assess(GOOD, row(2.0, "新建学校", null, null, null, null, null, null, null, "已完成")), FindingCode.MISSING_LEAD);
        assertEquals("C3", f.a1());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("完成情况表", f.sheet());
    }

    @Test
    void duplicateAndBrokenSerials() {
        Assessment a = assess(GOOD, row(1.0, "新建学校", "县教委", null, null, null, null, null, null, "已完成"),
                row("二", "养老", "县民政局", null, null, null, null, null, null, "已完成"),
                row(5.0, "医院", "县卫生健康委", null, null, null, null, null, null, "已完成"));
        assertEquals("A3", only(a, FindingCode.SERIAL_DUPLICATE).a1());
        List<String> broken = a.findings().stream().filter(f -> f.code() == FindingCode.SERIAL_BROKEN)
                .map(Finding::a1).collect(Collectors.toList());
        assertTrue(broken.contains("A4"), broken.toString());
    }

    @Test
    void unknownStatus() {
        Finding f = only(assess(GOOD, row(2.0, "新建学校", "县教委", null, null, null, null, null, null, "差不多了")), FindingCode.UNKNOWN_STATUS);
        assertEquals("J3", f.a1());
    }

    @Test
    void textInANumberColumn() {
        Finding f = only(assess(row(1.0, "农村公路", "县交通局", "里程", 100.0, "五十九", null, null, null, "已完成")), FindingCode.NOT_A_NUMBER);
        assertEquals("F2", f.a1());
        assertTrue(f.message().contains("五十九"));
    }

    @Test
    void percentOutOfRange() {
        Finding f = only(assess(row(1.0, "地区生产总值", "县发展改革委", null, null, 557.7, 470.0, 2.6, null, "已完成")), FindingCode.PERCENT_OUT_OF_RANGE);
        assertEquals("G2", f.a1());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void completedBelowTargetAndUnfinishedAboveIt() {
        Assessment a = assess(row(1.0, "农村公路", "县交通局", "里程", 100.0, 93.0, null, null, null, "已完成"),
                row(2.0, "新建学校", "县教委", "所数", 3.0, 3.0, null, null, null, "未完成"));
        assertEquals("F2", only(a, FindingCode.COMPLETED_BELOW_TARGET).a1());
        assertEquals("J3", only(a, FindingCode.UNFINISHED_ABOVE_TARGET).a1());
    }

    @Test
    void notableButNotCompleted() {
        Finding f = only(assess(row(1.0, "农村公路", "县交通局", "里程", 100.0, 93.0, null, null, null, "未完成", "是")), FindingCode.NOTABLE_NOT_COMPLETED);
        assertEquals("K2", f.a1());
    }

    @Test
    void rankMustBeAPositiveWholeNumber() {
        Assessment a = assess(row(1.0, "地区生产总值", "县发展改革委", null, null, 557.7, 4.7, 2.6, -2.0, "已完成"),
                row(2.0, "规上工业", "县经济信息委", null, null, null, 4.7, 3.2, 1.5, "已完成"));
        List<String> cells = a.findings().stream().filter(f -> f.code() == FindingCode.RANK_INVALID).map(Finding::a1).toList();
        assertEquals(List.of("I2", "I3"), cells);
    }

    @Test
    void formulaErrors() {
        Finding f = only(assess(row(1.0, "农村公路", "县交通局", "里程", 100.0, new CellError("#DIV/0!"), null, null,
                null, "已完成")), FindingCode.FORMULA_ERROR);
        assertEquals("F2", f.a1());
        assertTrue(f.message().contains("#DIV/0!"));
    }

    @Test
    void leadVariantsSuggestTheCommonSpelling() {
        Assessment a = assess(row(1.0, "项目一", "县发展改革委", null, null, null, null, null, null, "已完成"),
                row(2.0, "项目二", "县发展改革委", null, null, null, null, null, null, "已完成"),
                row(3.0, "项目三", "县发改委", null, null, null, null, null, null, "已完成"),
                row(4.0, "项目四", "县财政局", null, null, null, null, null, null, "已完成"),
                row(5.0, "项目五", "县交通局", null, null, null, null, null, null, "已完成"));
        Finding f = only(a, FindingCode.LEAD_VARIANT);
        assertEquals("C4", f.a1());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("建议统一为「县发展改革委」"), f.message());
    }

    @Test
    void narrativeNumbersMustAgreeWithTheFigures() {
        Assessment a = assess(row(1.0, "交通投资", "县交通局", "投资", 50.0, 59.0, 4.7, null, null, "已完成", null,
                "全县完成投资59亿元，完成年度目标任务的120%，同比增长5%。"));
        List<Finding> found = a.findings().stream().filter(f -> f.code() == FindingCode.NARRATIVE_MISMATCH).toList();
        assertEquals(2, found.size(), a.findings().toString());
        assertEquals("L2", found.get(0).a1());
        assertTrue(found.get(0).message().contains("120%") && found.get(0).message().contains("118%"));
        assertTrue(found.get(1).message().contains("同比增长5%") && found.get(1).message().contains("4.7%"));
        Assessment right = assess(row(1.0, "交通投资", "县交通局", "投资", 50.0, 59.0, 4.7, null, null, "已完成", null,
                "完成年度目标任务的118%，同比增长4.7%。"));
        assertTrue(right.findings().stream().noneMatch(f -> f.code() == FindingCode.NARRATIVE_MISMATCH));
    }

    @Test
    void templatesNameOnlyKnownValuesThatExist() {
        Assessment a = assess(row(1.0, "交通投资", "县交通局", "投资", 50.0, 59.0, null, null, null, "已完成", "是", null,
                "全县完成{完成值}{单位}，增速{增速}，{不存在}"));
        List<Finding> found = a.findings().stream().filter(f -> f.code() == FindingCode.TEMPLATE_PROBLEM).toList();
        assertEquals(List.of("通报表述：缺少「单位」的数据；通报中改用默认表述", "通报表述：缺少「增速」的数据；通报中改用默认表述",
                "通报表述：未知的占位符「{不存在}」；通报中改用默认表述"), found.stream().map(Finding::message).toList());
        assertEquals("M2", found.get(0).a1());
        assertEquals(Severity.WARNING, found.get(0).severity(), "the notice is not refused for it");
        assertTrue(a.notice().plainText().contains("1．县交通局牵头的交通投资。全县完成投资59，完成年度目标任务的118%，超额完成年度目标任务。"),
                a.notice().plainText());
    }

    @Test
    void statusFromFiguresWhenBlank() {
        Assessment a = assess(row(1.0, "农村公路", "县交通局", "里程", 100.0, 103.0),
                row(2.0, "新建学校", "县教委"));
        assertEquals(1, a.summary().completed());
        assertEquals("J2", only(a, FindingCode.STATUS_FROM_FIGURES).a1());
        assertEquals(Severity.WARNING, only(a, FindingCode.STATUS_MISSING).severity());
    }

    @Test
    void notableByRuleWhenTheOfficeMarkedNone() {
        Assessment a = assess(row(1.0, "地区生产总值", "县发展改革委", null, null, 557.7, 4.7, 2.6, null, "已完成"),
                row(2.0, "农村公路", "县交通局", "里程", 100.0, 112.0, null, null, null, "已完成"),
                row(3.0, "新建学校", "县教委", "所数", 3.0, 3.0, null, null, null, "已完成"));
        assertEquals(2, a.summary().notable());
    }
}
