package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.table.Grid;

/** The paragraph on what changed since the previous table: zero counts left out, the office's own words, a fallback. */
class ComparisonParagraphTest {

    private static final Object[] HEADER = {"序号", "目标任务", "牵头单位", "完成情况"};
    private static final Object[][] BEFORE = {HEADER,
        {1.0, "新建学校3所", "县教委", "已完成"},
        {2.0, "新建医院1所", "县卫生健康委", "已完成"},
        {3.0, "城镇新增就业5000人", "县人力社保局", "未完成"}};
    private static final Object[][] AFTER = {HEADER,
        {1.0, "新建学校3所", "县教委", "已完成"},
        {2.0, "新建医院1所", "县卫生健康委", "未完成"},
        {3.0, "城镇新增就业5000人", "县人力社保局", "未完成"}};

    private final Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2024, 1, 15));

    private Assessment compared(Object[][] before, Object[][] after, String... settings) {
        List<Grid> now = new ArrayList<>(List.of(Grid.of("完成情况表", after)));
        if (settings.length > 0) {
            Object[][] rows = new Object[settings.length / 2][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Object[] {settings[2 * i], settings[2 * i + 1]};
            }
            now.add(Grid.of(NoticeSettings.SHEET_NAME, rows));
        }
        Assessment previous = engine.assess(List.of(Grid.of("完成情况表", before)), null);
        Assessment assessed = engine.assess(now, null);
        return engine.compared(assessed, engine.compare(previous, assessed));
    }

    private static String paragraph(Assessment a) {
        List<String> lines = a.notice().plainText().lines().toList();
        return lines.get(lines.indexOf("一、总体情况") + 2);
    }

    @Test
    void aCountOfZeroIsNeverASentence() {
        Assessment a = compared(BEFORE, AFTER);
        assertEquals("与上期相比，1项新滞后；持续滞后的事项：城镇新增就业5000人（第3项）。", paragraph(a));
    }

    @Test
    void withoutAnyMoveItSaysSoAndNamesNoTaskWhenNoneLagsTwice() {
        Object[][] done = {HEADER, {1.0, "新建学校3所", "县教委", "已完成"}};
        assertEquals("与上期相比，没有新完成、新滞后或赶上进度的事项。", paragraph(compared(done, done)));
    }

    @Test
    void theOfficeWordsItsOwnParagraph() {
        Assessment a = compared(BEFORE, AFTER, "对比上期", "较上次通报，{变化}。", "变化-新滞后", "新出现滞后事项{新滞后}项",
                "变化-持续滞后", "连续两期未完成的有{持续滞后}");
        assertEquals("较上次通报，新出现滞后事项1项；连续两期未完成的有城镇新增就业5000人（第3项）。", paragraph(a));
        assertTrue(a.findings().stream().noneMatch(f -> f.code() == FindingCode.NOTICE_TEMPLATE), a.findings().toString());
    }

    @Test
    void anOfficesOneSentenceWithOptionalPartsDropsAZeroCount() {
        Assessment a = compared(BEFORE, AFTER, "对比上期", "与上期相比：[新完成{新完成}项][新滞后{新滞后}项]。");
        assertEquals("与上期相比：新滞后1项。", paragraph(a));
    }

    @Test
    void aPhraseThatCannotBeFilledFallsBackToItsDefaultWithAWarningAtItsCell() {
        Assessment a = compared(BEFORE, AFTER, "对比上期", "与上期比较，{变动}。");
        assertEquals("与上期相比，1项新滞后；持续滞后的事项：城镇新增就业5000人（第3项）。", paragraph(a));
        List<Finding> warnings = a.findings().stream().filter(f -> f.code() == FindingCode.NOTICE_TEMPLATE).toList();
        assertEquals(1, warnings.size(), a.findings().toString());
        assertEquals("B1", warnings.get(0).a1());
        assertEquals(NoticeSettings.SHEET_NAME, warnings.get(0).sheet());
    }

    @Test
    void theNoticeWithoutAComparisonIsUnchanged() {
        Assessment plain = engine.assess(List.of(Grid.of("完成情况表", AFTER)), null);
        Assessment a = compared(BEFORE, AFTER);
        List<String> without = new ArrayList<>(a.notice().plainText().lines().toList());
        without.remove(without.indexOf("一、总体情况") + 2);
        assertEquals(plain.notice().plainText().lines().toList(), without);
    }
}
