package org.tongbao;


import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;

/**
 * The 13 notable tasks of the Yunyang 2022 notice as a grid laid out like the sample workbook,
 * with illustrative completed and unfinished tasks around them, built in code so the core
 * can be tested without POI.
 */
public final class YunyangGrid {

    public static final String[] HEADER = {"序号", "目标任务", "牵头单位", "责任单位", "指标", "单位", "目标值", "上年值",
            "完成值", "同比增长(%)", "全市平均增速(%)", "全市排名", "组内排名", "完成情况", "是否成效明显", "完成情况说明",
            "任务来源", "通报表述"};
    static final String SOURCE = "2022年政府工作报告目标任务";

    private final Grid grid = new Grid("完成情况表");
    private int row;
    private int serial = 1;

    private YunyangGrid() {
    }

    /** 175 tasks: the 13 notable ones, {@code 157} other completed ones, 5 unfinished. */
    public static Grid build() {
        YunyangGrid g = new YunyangGrid();
        g.grid.set(0, 0, "附件");
        g.grid.set(1, 0, "2022年政府工作报告目标任务完成情况表");
        g.grid.addMerge(new CellRange(1, 0, 1, 17));
        for (int c = 0; c < HEADER.length; c++) {
            g.grid.set(2, c, HEADER[c]);
        }
        g.row = 3;
        g.category("一、主要经济指标");
        g.task("地区生产总值", "县发展改革委", "", "亿元", null, 557.7, 4.7, 2.6, 1, null, "", "同比增长4.7%，增速全市第一。");
        g.task("全社会固定资产投资", "县发展改革委", "", "", null, null, 17.7, 0.7, 1, null, "", "");
        g.task("农业增加值", "县农业农村委", "", "亿元", null, 74.3, 6.3, 4.7, 1, null,
                "{任务}增长{完成值}{单位}，同比增长{增速}，较全市{全市增速}的平均增速高{高出}，增速全市{排名}", "");
        g.task("城乡居民人均可支配收入", "县人力社保局、县农业农村委", "", "元", null, 27572.0, 11.7, null, 4, 1, "", "");
        g.task("一般公共预算收入", "县财政局", "", "亿元", null, 18.1, 0.3, "－8%", null, null, "", "");
        g.task("第三产业增加值", "县发展改革委", "", "亿元", null, 262.7, 2.6, 1.9, null, null, "", "");
        g.task("社会消费品零售总额", "县商务委", "", "亿元", null, 394.3, "3%", -0.3, null, null,
                "{任务}完成{完成值}{单位}，同比增长{增速}，较全市{全市增速}的平均增速高{高出}", "");
        g.task("规上工业增加值", "县经济信息委", "", "", null, null, 4.7, 3.2, null, null, "", "");
        g.category("二、项目建设");
        g.task("完成交通固定资产投资50亿元", "县交通局", "交通固定资产投资", "亿元", 50.0, 59.0, null, null, null, null,
                "全县{年度}年完成投资{完成值}{单位}，完成年度目标任务的{完成率}，超额完成年度目标任务",
                "全县完成投资59亿元，完成年度目标任务的118%。");
        for (int i = 0; i < 60; i++) {
            g.plain("推进县域重点项目建设第" + (i + 1) + "批", "县住房城乡建委", "已完成");
        }
        g.category("三、改革开放");
        int first = g.row;
        g.task("实施市场主体高质量发展行动计划，净增市场主体1万户", "县市场监管局", "净增市场主体", "万户", 1.0, 1.15, null,
                null, null, null, "{年度}年{指标1}{完成值1}{单位1}，全县市场主体突破{完成值2}{单位2}", "");
        g.indicator("市场主体总数", "万户", null, 10.0);
        g.merge(first);
        first = g.row;
        g.task("实现到位资金60亿元、亿元以上项目20个", "县招商引资服务中心", "招商引资到位资金", "亿元", 60.0, 165.7, null, null,
                null, null, "", "");
        g.indicator("亿元以上项目", "个", 20.0, 35.0);
        g.merge(first);
        g.unfinished("实际利用外资7亿美元", "县商务委", "实际利用外资", "亿美元", 7.0, 3.73);
        for (int i = 0; i < 50; i++) {
            g.plain("深化重点领域改革事项" + (i + 1), "县政府办公室", i % 7 == 0 ? "提前完成" : "已完成");
        }
        g.category("四、生态文明");
        g.task("创新发展绿色金融，推进绿色资源交易和融资，实现绿色资源资本化", "县发展改革委", "绿色信贷余额", "亿元", null,
                13.94, 19.2, 6.7, null, null, "{年度}年，全县{指标}{完成值}{单位}，同比增长{增速}，高于全市平均增速{高出}", "");
        first = g.row;
        g.task("开展“我为祖国植10棵树”活动植树200万株，完成营造林20万亩，森林覆盖率达到59%", "县林业局", "义务植树", "万株",
                200.0, 312.0, null, null, null, null,
                "{年度}年，完成{指标1}{完成值1}{单位1}、{指标2}{完成值2}{单位2}，完成全年任务的{完成率1}、{完成率2}；"
                        + "{指标3}达到{完成值3}{单位3}，超过既定目标{超出3}，超额完成年度目标任务", "");
        g.indicator("营造林", "万亩", 20.0, 36.59);
        g.indicator("森林覆盖率", "%", 59.0, 61.0);
        g.merge(first);
        g.category("五、社会民生");
        for (int i = 0; i < 47; i++) {
            g.plain("办好民生实事第" + (i + 1) + "件", "县民政局", "已完成");
        }
        for (int i = 0; i < 4; i++) {
            g.plain("推进乡镇污水处理设施建设第" + (i + 1) + "批", "县生态环境局", "未完成");
        }
        g.row++;
        g.grid.set(g.row, 0, "注：数据截至2022年12月31日。");
        return g.grid;
    }

    private void category(String text) {
        grid.set(row, 0, text);
        grid.addMerge(new CellRange(row, 0, row, 17));
        row++;
    }

    private void task(String text, String lead, String indicator, String unit, Double target, Double actual,
                      Object growth, Object cityAverage, Integer rank, Integer groupRank, String template,
                      String narrative) {
        grid.set(row, 0, (double) serial++);
        grid.set(row, 1, text);
        grid.set(row, 2, lead);
        grid.set(row, 4, indicator);
        grid.set(row, 5, unit);
        grid.set(row, 6, target);
        grid.set(row, 8, actual);
        grid.set(row, 9, growth instanceof Double d ? d : (String) growth);
        grid.set(row, 10, cityAverage instanceof Double d ? d : (String) cityAverage);
        grid.set(row, 11, rank == null ? null : (double) rank);
        grid.set(row, 12, groupRank == null ? null : (double) groupRank);
        grid.set(row, 13, "已完成");
        grid.set(row, 14, "是");
        grid.set(row, 15, narrative);
        grid.set(row, 16, SOURCE);
        grid.set(row, 17, template);
        row++;
    }

    private void indicator(String name, String unit, Double target, Double actual) {
        grid.set(row, 4, name);
        grid.set(row, 5, unit);
        grid.set(row, 6, target);
        grid.set(row, 8, actual);
        row++;
    }

    private void merge(int first) {
        for (int c : new int[]{0, 1, 2, 3, 13, 14, 15, 16, 17}) {
            grid.addMerge(new CellRange(first, c, row - 1, c));
        }
    }

    private void plain(String text, String lead, String status) {
        grid.set(row, 0, (double) serial++);
        grid.set(row, 1, text);
        grid.set(row, 2, lead);
        grid.set(row, 13, status);
        grid.set(row, 16, SOURCE);
        row++;
    }

    private void unfinished(String text, String lead, String indicator, String unit, double target, double actual) {
        grid.set(row, 0, (double) serial++);
        grid.set(row, 1, text);
        grid.set(row, 2, lead);
        grid.set(row, 4, indicator);
        grid.set(row, 5, unit);
        grid.set(row, 6, target);
        grid.set(row, 8, actual);
        grid.set(row, 13, "未完成");
        grid.set(row, 16, SOURCE);
        row++;
    }

}
