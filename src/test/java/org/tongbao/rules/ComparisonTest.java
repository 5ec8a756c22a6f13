package org.tongbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.Finding;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/**
 * Tasks matched by 序号 and text, else by text alone (a renumbered task is still found), else added
 * or removed; each matched task judged on both tables into exactly one kind, or none.
 */
class ComparisonTest {

    static final Path PAIR = Path.of("src/test/resources/corpus/compare");

    private static final Object[] HEADER = {"序号", "目标任务", "牵头单位", "完成情况"};

    private static Assessment annual(String sheet, Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(List.of(Grid.of(sheet, all)), sheet);
    }

    private static Comparison compare(Assessment previous, Assessment now) {
        return org.tongbao.Engines.shipped(java.time.LocalDate.now()).compare(previous, now);
    }

    private static List<String> findings(Comparison c) {
        return c.findings().stream().map(f -> f.code() + "@" + f.sheet() + "!" + f.a1()).toList();
    }

    @Test
    void thePairOf1to3And1to6Months() throws Exception {
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        Assessment previous = engine.assess(WorkbookReader.read(PAIR.resolve("xian-pengshui-2024-q1.xlsx")), null);
        Assessment now = engine.assess(WorkbookReader.read(PAIR.resolve("xian-pengshui-2024-h1.xlsx")), null);
        Comparison c = engine.compare(previous, now);
        assertEquals(List.of("2", "5"), c.newlyCompleted(), "就业 on schedule before; 5G基站 (第6项 before) behind before");
        assertEquals(List.of("3"), c.newlyBehind());
        assertEquals(List.of("4"), c.noLongerBehind(), "公路, its text now with a space");
        assertEquals(List.of("6"), c.stillBehind(), "外资, 第7项 before, its text now ending in 。");
        assertEquals(List.of("TASK_ADDED@上半年!B10", "TASK_REMOVED@一季度!B8"), findings(c));
        assertEquals("本期新增的任务第7项「新增市场主体5000户」：上期表中没有（序号和任务内容都对不上）",
                c.findings().get(0).message());
        assertEquals("上期表中的任务第5项「完成营造林3万亩」在本期表中没有（序号和任务内容都对不上）", c.findings().get(1).message());
        Comparison.Change renumbered = c.of(Comparison.Kind.NEWLY_COMPLETED).get(1);
        assertEquals("6", renumbered.before().task().serial());
        assertEquals(Verdict.BEHIND, renumbered.before().verdict());
        assertEquals(Verdict.COMPLETED, renumbered.now().verdict());
    }

    @Test
    void theSameSerialWithAnotherTextIsOneTaskGoneAndAnotherNew() {
        Comparison c = compare(
                annual("去年", new Object[] {1.0, "新建学校3所", "县教委", "已完成"}),
                annual("今年", new Object[] {1.0, "新建医院1所", "县卫生健康委", "已完成"}));
        assertEquals(List.of("TASK_ADDED@今年!B2", "TASK_REMOVED@去年!B2"), findings(c));
        assertEquals(List.of(Comparison.Kind.ADDED, Comparison.Kind.REMOVED),
                c.changes().stream().map(Comparison.Change::kind).toList());
    }

    @Test
    void spacesFullWidthSpacesAndAClosingStopDoNotMakeAnotherTask() {
        Comparison c = compare(
                annual("上期",
                        new Object[] {1.0, "新建学校 3所。", "县教委", "未完成"},
                        new Object[] {2.0, "新建医院1所", "县卫生健康委", "未完成"}),
                annual("本期",
                        new Object[] {1.0, "新建医院\u30001所。", "县卫生健康委", "已完成"},
                        new Object[] {2.0, "新建学校3所", "县教委", "未完成"}));
        assertEquals(List.of(), c.findings());
        assertEquals(List.of("1"), c.newlyCompleted());
        assertEquals(List.of("2"), c.stillBehind());
    }

    @Test
    void theSameSerialAndTextWinsOverTheSameTextElsewhereAndEachTaskIsMatchedOnce() {
        Comparison c = compare(
                annual("上期",
                        new Object[] {1.0, "整治河道", "县水利局", "已完成"},
                        new Object[] {2.0, "整治河道", "县水利局", "未完成"}),
                annual("本期",
                        new Object[] {1.0, "整治河道", "县水利局", "未完成"},
                        new Object[] {2.0, "整治河道", "县水利局", "已完成"},
                        new Object[] {3.0, "整治河道", "县水利局", "已完成"}));
        assertEquals(List.of("1"), c.newlyBehind(), "第1项 matched to 第1项, though 第2项 has its text too");
        assertEquals(List.of("2"), c.newlyCompleted());
        assertEquals(List.of("TASK_ADDED@本期!B4"), findings(c), "the third one has no partner left");
    }

    @Test
    void aTaskNewlyCompletedIsListedThereOnlyAndOneThatDidNotMoveNowhere() {
        Comparison c = compare(
                annual("上期",
                        new Object[] {1.0, "新建学校3所", "县教委", "未完成"},
                        new Object[] {2.0, "新建医院1所", "县卫生健康委", "已完成"},
                        new Object[] {3.0, "新建公园2个", "县城市管理局", "已完成"}),
                annual("本期",
                        new Object[] {1.0, "新建学校3所", "县教委", "已完成"},
                        new Object[] {2.0, "新建医院1所", "县卫生健康委", "已完成"},
                        new Object[] {3.0, "新建公园2个", "县城市管理局", "未完成"}));
        assertEquals(List.of("1"), c.newlyCompleted());
        assertEquals(List.of(), c.noLongerBehind(), "newly completed is not also no longer behind");
        assertEquals(List.of("3"), c.newlyBehind());
        assertEquals(List.of(), c.stillBehind());
        assertEquals(2, c.changes().size(), "第2项, completed both times, did not move");
        assertEquals(List.<Finding>of(), c.findings());
    }
}
