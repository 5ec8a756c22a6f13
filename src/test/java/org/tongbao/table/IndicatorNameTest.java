package org.tongbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Without a 指标 column, a task's text names its indicator: the part before its target. */
class IndicatorNameTest {

    @Test
    void theTargetIsCutOff() {
        assertEquals("地区生产总值", IndicatorName.of("地区生产总值增长6.5%"));
        assertEquals("常住人口城镇化率", IndicatorName.of("常住人口城镇化率达到52%"));
        assertEquals("接待游客", IndicatorName.of("接待游客1500万人次"));
        assertEquals("交通固定资产投资", IndicatorName.of("完成交通固定资产投资20亿元"));
        assertEquals("城镇调查失业率", IndicatorName.of("城镇调查失业率控制在5.5%以内"));
        assertEquals("净增市场主体", IndicatorName.of("实施市场主体高质量发展行动计划，净增市场主体1万户"));
    }

    @Test
    void aTaskWithoutAFigureIsItsOwnIndicator() {
        assertEquals("地区生产总值", IndicatorName.of("地区生产总值"));
        assertEquals("优化营商环境，深化放管服改革", IndicatorName.of("优化营商环境，深化放管服改革"));
        assertEquals("新建学校", IndicatorName.of("新建学校3所"), "学校 alone says too little: the verb stays");
    }
}
