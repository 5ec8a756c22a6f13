package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhraseTemplateTest {

    /** The values of 地区生产总值 in the sample; 目标值 is known but missing, as for a task without a target. */
    private static Map<String, String> gdp() {
        Map<String, String> values = new HashMap<>();
        values.put("任务", "地区生产总值");
        values.put("完成值", "557.7");
        values.put("单位", "亿元");
        values.put("增速", "4.7%");
        values.put("全市增速", "2.6%");
        values.put("高出", "2.1个百分点");
        values.put("排名", "第一");
        values.put("目标值", null);
        values.put("完成率", "");
        return values;
    }

    private final List<String> problems = new ArrayList<>();

    private String fill(String template) {
        Phrase phrase = PhraseTemplate.fill(template, gdp());
        problems.addAll(phrase.problems());
        return phrase.text();
    }

    @Test
    void fillsEveryNameWithItsValue() {
        assertEquals("地区生产总值557.7亿元，同比增长4.7%，较全市2.6%的平均增速高2.1个百分点，增速全市第一",
                fill("{任务}{完成值}{单位}，同比增长{增速}，较全市{全市增速}的平均增速高{高出}，增速全市{排名}"));
        assertEquals(List.of(), problems);
    }

    @Test
    void textWithoutNamesStaysAsItIs() {
        assertEquals("超额完成年度目标任务。", fill("超额完成年度目标任务。"));
        assertEquals("", fill(""));
        assertEquals("】与}不是占位符", fill("】与}不是占位符"));
        assertEquals(List.of(), problems);
    }

    @Test
    void anOptionalPartStaysWhenEveryValueInItIsThere() {
        assertEquals("地区生产总值增长4.7%，较全市2.6%的平均增速高2.1个百分点。",
                fill("{任务}增长{增速}[，较全市{全市增速}的平均增速高{高出}]。"));
        assertEquals(List.of(), problems);
    }

    @Test
    void anOptionalPartGoesWhenAValueInItIsMissingOrEmpty() {
        assertEquals("地区生产总值557.7亿元。", fill("{任务}{完成值}{单位}[，目标{目标值}{单位}]。"));
        assertEquals("地区生产总值557.7亿元。", fill("{任务}{完成值}{单位}[，完成年度目标任务的{完成率}]。"));
        assertEquals(List.of(), problems, "leaving out an optional part is no problem");
    }

    @Test
    void eachOptionalPartIsJudgedOnItsOwn() {
        assertEquals("地区生产总值，增速全市第一。",
                fill("{任务}[，完成年度目标任务的{完成率}][，增速全市{排名}][，目标{目标值}]。"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aMissingValueOutsideBracketsIsReportedAndNeverMarkedInTheText() {
        assertEquals("地区生产总值目标亿元，完成",
                fill("{任务}目标{目标值}{单位}，完成{完成率}"));
        assertEquals(List.of("缺少「目标值」的数据", "缺少「完成率」的数据"), problems);
    }

    @Test
    void anUnknownNameIsReportedOnceWhereverItStands() {
        assertEquals("地区生产总值", fill("{任务}{不存在}"));
        assertEquals(List.of("未知的占位符「{不存在}」"), problems);

        problems.clear();
        assertEquals("地区生产总值。", fill("{任务}[，{完成值2}{单位}]。"));
        assertEquals(List.of("未知的占位符「{完成值2}」"), problems, "inside brackets the part goes, the name is still wrong");
    }

    @Test
    void anUnclosedBracketIsReportedAndTheRestLeftUnfilled() {
        assertEquals("地区生产总值[，同比增长{增速}", fill("{任务}[，同比增长{增速}"));
        assertEquals(List.of("方括号没有闭合：[，同比增长{增速}"), problems);
    }

    @Test
    void aValueIsNotReadAsATemplate() {
        Map<String, String> values = Map.of("说明", "按{任务}[口径]统计");
        Phrase phrase = PhraseTemplate.fill("说明：{说明}。", values);
        assertEquals("说明：按{任务}[口径]统计。", phrase.text());
        assertEquals(List.of(), phrase.problems());
    }
}
