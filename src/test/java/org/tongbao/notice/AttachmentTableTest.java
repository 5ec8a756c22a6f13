package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.poi.WorkbookReader;

class AttachmentTableTest {

    /** Twips of half a 10.5 pt character and a cell's padding, as the .docx door uses them. */
    static final int HALF = 105;
    static final int PAD = 260;

    private static AttachmentTable table(List<String> header, List<List<String>> rows) {
        return new AttachmentTable("附件", "表", header, rows);
    }

    @Test
    void widthsFillTheWidthAndFollowTheContent() {
        int[] widths = table(List.of("序号", "目标任务", "牵头单位"),
                List.of(List.of("1", "地区生产总值557.7亿元，同比增长4.7%，增速全市第一", "县发展改革委")))
                .columnWidths(8845, HALF, PAD);
        assertEquals(8845, Arrays.stream(widths).sum());
        assertTrue(widths[0] < widths[2] && widths[2] < widths[1], Arrays.toString(widths));
    }

    @Test
    void whenTooMuchEveryColumnKeepsItsNarrowestAndTheLongOnesShareTheRest() {
        List<String> row = List.of("1", "县发展改革委", "地区生产总值557.7亿元，同比增长4.7%，较全市2.6%的平均增速高2.1个百分点",
                "截至年底完成投资", "2022年政府工作报告目标任务");
        int[] tight = table(List.of("序号", "牵头单位", "目标任务", "说明", "来源"), List.of(row))
                .columnWidths(6000, HALF, PAD);
        assertEquals(6000, Arrays.stream(tight).sum());
        assertTrue(tight[0] >= 4 * HALF + PAD, "序号 keeps two characters: " + Arrays.toString(tight));
        assertTrue(tight[2] > tight[4] && tight[4] > tight[3] && tight[3] > tight[0], Arrays.toString(tight));
    }

    @Test
    void categoryRowsSpanAndDoNotWidenTheFirstColumn() {
        AttachmentTable t = table(List.of("序号", "完成值", "目标任务"), List.of(
                List.of("一、主要经济指标和重点项目建设"),
                List.of("1", "557.7", "地区生产总值")));
        assertTrue(t.spans(t.rows().get(0)));
        AttachmentTable without = table(t.header(), List.of(t.rows().get(1)));
        assertEquals(Arrays.toString(without.columnWidths(6000, HALF, PAD)), Arrays.toString(t.columnWidths(6000, HALF, PAD)));
    }

    @Test
    void figuresInAWideTableNeverBreak() {
        List<String> header = List.of("序号", "目标任务", "牵头单位", "指标", "单位", "目标值", "完成值", "同比增长(%)",
                "全市平均增速(%)", "全市排名", "完成情况", "是否成效明显", "完成情况说明", "任务来源");
        List<String> row = List.of("1", "地区生产总值增长6.5%左右，力争实现更高目标", "县发展改革委", "地区生产总值", "亿元",
                "560", "557.7", "4.7", "2.6", "1", "已完成", "是", "全县实现地区生产总值557.7亿元，同比增长4.7%，增速全市第一。",
                "2022年政府工作报告目标任务");
        AttachmentTable t = table(header, List.of(row));
        assertEquals(9.0, NoticeLayout.TABLE.points(t.columns()));
        int half = (int) Math.round(NoticeLayout.TABLE.points(t.columns()) * 10);
        int landscapeTypeWidth = 12756;
        int[] widths = t.columnWidths(landscapeTypeWidth, half, PAD);
        assertEquals(landscapeTypeWidth, Arrays.stream(widths).sum());
        assertTrue(widths[6] >= 5 * half + PAD, "557.7 fits on one line: " + Arrays.toString(widths));
        assertTrue(widths[1] > widths[6] && widths[12] > widths[6], Arrays.toString(widths));
    }

    /**
     * The sample's attachment on its landscape page: the narrative column (完成情况说明), with the
     * most text, gets the most width, and 组内排名, nearly empty, the least (the rule before gave
     * the narrative less than 目标任务 and an empty column as much as a column of figures, so the
     * narrative rows grew tall). Only columns whose cells fit on one line are centred.
     */
    @Test
    void onTheSamplesAttachmentTheNarrativeIsWidestAndANearlyEmptyColumnNarrowest() throws Exception {
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        Assessment a = engine.assess(WorkbookReader.read(NoticeFromSampleTest.SAMPLE), "完成情况表");
        AttachmentTable t = engine.notice(a).attachment();
        int half = (int) Math.round(NoticeLayout.TABLE.points(t.columns()) * 10);
        int width = 12756; // the landscape type area in twips
        int[] widths = t.columnWidths(width, half, PAD);
        assertEquals(width, Arrays.stream(widths).sum());
        int narrative = t.header().indexOf("完成情况说明");
        int empty = t.header().indexOf("组内排名");
        int task = t.header().indexOf("目标任务");
        assertEquals(Arrays.stream(widths).max().getAsInt(), widths[narrative], Arrays.toString(widths));
        assertEquals(Arrays.stream(widths).min().getAsInt(), widths[empty], Arrays.toString(widths));
        assertTrue(widths[task] > 2 * widths[empty], Arrays.toString(widths));
        boolean[] oneLine = t.oneLine(widths, half, PAD);
        assertFalse(oneLine[narrative], "long text is set left");
        assertTrue(oneLine[t.header().indexOf("完成值")], "figures are centred");
    }
}
