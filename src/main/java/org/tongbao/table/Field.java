package org.tongbao.table;

import java.util.List;

/**
 * The columns a completion table may have, each with the header words offices use for it
 * (PRODUCT.md §2). Headers are matched after {@link HeaderText#normalise}, exactly first,
 * then by the longest alias the header contains.
 */
public enum Field {
    SERIAL("序号", List.of("序号", "编号", "序")),
    CATEGORY("类别", List.of("类别", "分类", "板块", "任务类别")),
    TASK("目标任务", List.of("目标任务", "任务内容", "工作任务", "重点任务", "主要任务", "任务名称", "年度目标任务", "目标任务内容",
            "项目名称", "实事项目", "民生实事项目", "实事名称")),
    /** What a project builds (民生实事: 建设内容), printed in the attachment. */
    CONTENT("建设内容", List.of("建设内容", "主要内容", "建设规模及内容", "项目内容")),
    LEAD("牵头单位", List.of("牵头单位", "牵头部门", "主责单位", "牵头责任单位")),
    /** 责任单位: the lead when no lead column exists (first unit listed), otherwise the partners. */
    RESPONSIBLE("责任单位", List.of("责任单位", "责任部门")),
    PARTNERS("配合单位", List.of("配合单位", "协办单位", "配合部门")),
    INDICATOR("指标", List.of("指标", "指标名称")),
    UNIT("单位", List.of("单位", "计量单位")),
    TARGET("目标值", List.of("目标值", "年度目标", "目标", "年度目标值", "目标数")),
    PRIOR("上年值", List.of("上年值", "上年同期", "上年完成", "上年数")),
    ACTUAL("完成值", List.of("完成值", "实际完成", "完成数", "实际完成值", "完成量", "累计完成", "完成")),
    /** When a task is due (完成时限): read so that its header is not taken for 完成值, printed in the attachment. */
    DEADLINE("完成时限", List.of("完成时限", "完成时间", "时间节点", "完成期限")),
    GROWTH("同比增长", List.of("同比增长", "增速", "增长率", "同比增速", "同比")),
    TARGET_GROWTH("目标增速", List.of("目标增速", "预期增速")),
    /** A periodic table's 序时进度 for the row, in percent (75%). */
    SCHEDULE("序时进度", List.of("序时进度", "时序进度", "序时目标")),
    /** A periodic table's 完成进度: actual ÷ target in percent, as the office computed it. */
    PROGRESS("完成进度", List.of("完成进度", "完成比例", "进度比例", "完成率")),
    /** The average of the level above: 全市 for a county or district, 全省 for a city. */
    CITY_AVERAGE("全市平均增速", List.of("全市平均增速", "全市增速", "全市平均", "全省平均增速", "全省增速", "全省平均")),
    RANK("全市排名", List.of("全市排名", "排名", "增速排名", "全省排名")),
    GROUP_RANK("组内排名", List.of("组内排名", "同组排名")),
    STATUS("完成状态", List.of("完成状态", "是否完成", "进展情况")),
    /** 完成情况: status when its cells hold status words, narrative when they hold prose. */
    STATUS_OR_NARRATIVE("完成情况", List.of("完成情况")),
    NOTABLE("成效明显", List.of("成效明显", "是否成效明显")),
    /** 民生实事: whether a project has started (是/否, 已开工). */
    STARTED("是否开工", List.of("是否开工", "开工情况", "已开工", "开工")),
    /** 民生实事: whether a project is finished (是/否, 已完工); it is completed when it is. */
    FINISHED("是否完工", List.of("是否完工", "完工情况", "已完工", "完工", "是否建成")),
    NARRATIVE("完成情况说明", List.of("完成情况说明", "进展说明", "备注", "情况说明")),
    SOURCE("任务来源", List.of("任务来源", "来源")),
    /** A row's own phrase for the notice (通报表述), for sentences the default wording cannot make. */
    TEMPLATE("通报表述", List.of("通报表述", "表述模板"));

    private final String label;
    private final List<String> aliases;

    Field(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The usual header, used in messages. */
    public String label() {
        return label;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Columns that hold numbers. */
    public boolean numeric() {
        return switch (this) {
            case TARGET, PRIOR, ACTUAL, GROWTH, TARGET_GROWTH, SCHEDULE, PROGRESS, CITY_AVERAGE, RANK, GROUP_RANK -> true;
            default -> false;
        };
    }

    /** Columns whose numbers are rates in percent (4.7 means 4.7%). */
    public boolean rate() {
        return this == GROWTH || this == TARGET_GROWTH || this == CITY_AVERAGE || this == SCHEDULE || this == PROGRESS;
    }
}
