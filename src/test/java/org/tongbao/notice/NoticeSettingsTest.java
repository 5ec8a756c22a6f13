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
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.Grid;

/** The 通报设置 sheet changes the wording and the written numbers, never the figures. */
class NoticeSettingsTest {

    private static List<String> notice(Object[][] settings, List<Finding> problems) {
        Grid sheet = Grid.of(NoticeSettings.SHEET_NAME, settings);
        Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2023, 2, 27));
        Assessment a = engine.assess(List.of(SampleSheet.table(), sheet), "完成情况表");
        problems.addAll(a.findings().stream().filter(f -> f.code() == FindingCode.NOTICE_TEMPLATE).toList());
        return engine.notice(a).paragraphs().stream().map(NoticeParagraph::text).toList();
    }

    @Test
    void numberStyleOptions() {
        List<Finding> problems = new ArrayList<>();
        List<String> p = notice(new Object[][]{
                {"设置项", "内容"},
                {"保留末尾零", "是"},
                {"负数写法", "-"},
                {"完成率小数位", "1"},
        }, problems);
        String all = String.join("\n", p);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(all.contains("较全市-8%的平均增速高8.3个百分点"), all);
        assertTrue(all.contains("完成年度目标任务的118.0%"), all);
        assertTrue(all.contains("较全市0.7%的平均增速高17.0个百分点"), all);
    }

    @Test
    void wordingOfficeAndDateFromTheSheet() {
        List<Finding> problems = new ArrayList<>();
        List<String> p = notice(new Object[][]{
                {"发文机关", "某某县人民政府督查室"},
                {"发文机关简称", "县督查室"},
                {"成文日期", 45000.0},
                {"事项", "{序号}．{牵头单位}：{内容}。"},
        }, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("县督查室\t2023年3月15日", p.get(0));
        assertEquals("某某县人民政府督查室", p.get(1));
        assertTrue(p.contains("1．县发展改革委：地区生产总值557.7亿元，同比增长4.7%，较全市2.6%的平均增速高2.1个百分点，增速全市第一。"),
                p.toString());
        assertEquals("2023年3月15日", p.get(p.size() - 1));
    }

    @Test
    void unfinishedTasksListedWithTheirShortfallWhenAsked() {
        List<Finding> problems = new ArrayList<>();
        List<String> p = notice(new Object[][]{{"列出未完成事项", "是"}}, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(p.contains("三、未完成的5个事项"), p.toString());
        assertTrue(p.contains("四、下步工作要求"), p.toString());
        assertTrue(p.contains("1．县商务委牵头的实际利用外资7亿美元（第10项）：实际利用外资完成3.73亿美元，"
                + "完成年度目标的53.3%，低于目标46.7个百分点。受外资项目落地延迟影响，未完成年度目标。"), p.toString());
        assertTrue(p.contains("2．县卫生健康委牵头的开工建设县人民医院新院区二期工程（第30项）。"
                + "受土地报批影响，项目尚未开工，目前正在办理用地手续。"), "no figures: the office's reason alone");
        assertEquals(p, notice(new Object[][]{}, problems), "listed by default");
        List<String> off = notice(new Object[][]{{"列出未完成事项", "否"}}, problems);
        assertTrue(off.stream().noneMatch(x -> x.contains("未完成的")), off.toString());
        assertTrue(off.contains("三、下步工作要求"), "the sections after it are numbered on");
    }

    @Test
    void aTemplateNamingAnUnknownValueIsAProblem() {
        List<Finding> problems = new ArrayList<>();
        notice(new Object[][]{{"总体情况", "共{总数}项，{不存在}。"}}, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("{不存在}"));
        assertEquals(NoticeSettings.SHEET_NAME + "!B1", problems.get(0).sheet() + "!" + problems.get(0).a1(),
                "at the setting's value");
    }
}
