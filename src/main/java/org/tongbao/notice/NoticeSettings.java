package org.tongbao.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.figures.NumberStyle;
import org.tongbao.table.CellAddress;
import org.tongbao.table.Grid;

/**
 * The editable parts of the notice, read from the workbook's settings sheet (通报设置: key in
 * column A, value in column B) so staff edit them where they already work. Every key has a
 * default that names no office: a template, or for a {@link #SCRIPTED} key the sentence the wording
 * scripts write.
 */
public final class NoticeSettings {

    public static final String SHEET_NAME = "通报设置";

    /**
     * One key of the settings sheet: its default and what it is for, as a fresh settings sheet lists it.
     * A scripted key's default is no template but the sentence the wording scripts write
     * (macros/wording.py); a template the office writes under it wins.
     */
    public record Setting(String key, String defaultValue, String note, boolean scripted) {

        public Setting(String key, String defaultValue, String note) {
            this(key, defaultValue, note, false);
        }

        static Setting scripted(String key, String note) {
            return new Setting(key, "", note + "；不填时由规则脚本 wording.py 写", true);
        }
    }

    /** Every key, in the order a fresh settings sheet lists them. Nothing here belongs to any one office. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("发文机关", "", "发文机关全称，如“××县人民政府督查办公室”；不填时按级别写作“县人民政府督查办公室”并提示"),
            new Setting("发文机关简称", "{级别}政府督查办", "正文中的机关简称"),
            new Setting("级别", "", "县、区、市或旗；不填时从发文机关推断，推断不出按县"),
            new Setting("页眉单位", "", "版头左侧的单位，不填用发文机关简称"),
            new Setting("成文日期", "", "如2023年2月27日；不填用生成当天的日期并提示"),
            new Setting("年度", "", "四位年份；不填从表格标题读取，读不到按上一年并提示"),
            new Setting("期间", "", "通报所属期间，如1-6月、上半年、前三季度；不填从表格标题读取，读不到为全年"),
            new Setting("序时进度", "", "如33.3%；不填按期间的月数÷12，或表中“序时进度”列"),
            new Setting("事项名称", "", "通报的事项，如“2023年民生实事项目”；不填从表格标题读取，读不到写作“{年度}年政府工作报告目标任务”"),
            new Setting("标题", "关于{事项名称}{情况}的通报",
                    "通报标题；{事项名称}取自表格标题，如“2022年政府工作报告目标任务”；{情况}年度为完成情况，期间为推进情况"),
            new Setting("开头", "{发文机关简称}对{事项名称}落实情况进行了跟踪督促，现将具体情况通报如下。", "开头段"),
            new Setting("总体情况标题", "总体情况", "第一部分的标题"),
            new Setting("总体情况", "{发文机关简称}持续对{事项名称}{总数}件事项进行跟踪督促。截至目前，{进展}。（详见附件）",
                    "总体情况段；{进展}由下面四句按实际数字组成，为0的句子不出现"),
            Setting.scripted("进展-已完成", "有已完成事项时"),
            Setting.scripted("进展-全部完成", "全部完成时代替上一句"),
            Setting.scripted("进展-成效明显", "有成效明显事项时"),
            Setting.scripted("进展-未完成", "有未完成事项时"),
            Setting.scripted("进展-序时", "期间通报的总体情况，放在最前"),
            Setting.scripted("进展-达序时", "期间通报：达到序时进度（含已完成、超进度）"),
            Setting.scripted("进展-其中完成", "期间通报：其中已完成的"),
            Setting.scripted("进展-滞后", "期间通报：未达序时进度的"),
            Setting.scripted("进展-开工", "表中有“是否开工”或“是否完工”列时（民生实事），放在最前"),
            new Setting("对比上期", "与上期相比，{变化}。",
                    "给出上期表格时（notice --previous）总体情况后的一段；{变化}由下面几句按实际数字组成，为0的句子不出现"),
            new Setting("变化-新完成", "{新完成}项新完成", "上期未完成、本期已完成的事项数"),
            new Setting("变化-新滞后", "{新滞后}项新滞后", "上期未滞后、本期滞后（或未完成）的事项数"),
            new Setting("变化-不再滞后", "{不再滞后}项已赶上进度", "上期滞后、本期不再滞后（新完成的不计在内）的事项数"),
            new Setting("变化-无", "没有新完成、新滞后或赶上进度的事项", "以上三句都没有时代替它们"),
            new Setting("变化-持续滞后", "持续滞后的事项：{持续滞后}", "两期都滞后的事项，{持续滞后}如“实际利用外资（第6项）”；没有时不出现"),
            new Setting("成效明显标题", "工作成效明显的{成效明显}个事项", "成效明显部分的标题；没有成效明显事项时整部分省略"),
            new Setting("事项", "{序号}．{牵头单位}牵头的{内容}。[（{来源}）]", "成效明显事项的一段"),
            new Setting("任务来源", "{事项名称}", "事项末尾括号中的来源，表中“任务来源”列为空时使用"),
            Setting.scripted("表述-增速", "有增速的指标；{上级}是全市，表头写“全省”时是全省"),
            Setting.scripted("表述-完成", "有目标值和完成值的数量指标（合写）；{超序时}只在期间通报中出现"),
            Setting.scripted("表述-达标", "比率指标（%）对目标，差值用百分点"),
            Setting.scripted("表述-控制", "上限目标（控制在、不超过、以内）"),
            Setting.scripted("表述-提高", "有上年值的比率指标，变化用百分点"),
            Setting.scripted("表述-数值", "只有完成值的指标"),
            new Setting("列出未完成事项", "是", "是：列出未完成事项及其差距和原因；否：不列"),
            new Setting("未完成标题", "未完成的{未完成}个事项", "未完成部分的标题"),
            new Setting("滞后标题", "未达序时进度的{滞后}个事项", "期间通报中滞后部分的标题"),
            new Setting("未完成事项", "{序号}．{牵头单位}牵头的{任务}[（第{任务序号}项）][：{差距}][。{原因}]。", "未完成事项的一段"),
            Setting.scripted("差距-完成", "数量指标的差距"),
            Setting.scripted("差距-序时", "期间通报中数量指标的差距"),
            Setting.scripted("差距-达标", "比率指标的差距"),
            Setting.scripted("差距-增速", "增速指标对目标增速的差距"),
            Setting.scripted("差距-控制", "上限目标的差距"),
            new Setting("下步工作要求标题", "下步工作要求", "最后一部分的标题"),
            new Setting("下步工作要求", String.join("\n",
                    "（一）提高思想认识。各牵头单位要把目标任务落实作为重要工作来抓，对照年度目标逐项梳理，确保各项任务按时保质完成。",
                    "（二）加强统筹协调。各牵头单位要主动对接配合单位，对需要多个单位协同解决的问题，及时报请{级别}政府统筹调度。",
                    "（三）强化督查问效。{发文机关简称}将持续跟踪督促，对未完成事项实行清单管理、挂账销号，并将完成情况纳入{级别}级部门（单位）年度目标考核。"),
                    "每行一段；“（一）…。”开头的句子作小标题"),
            new Setting("附件名称", "", "附件表名；不填用表格标题"),
            new Setting("附部门统计", "否", "是：附上各牵头单位的完成情况统计表（附件2）"),
            new Setting("部门统计名称", "各牵头单位目标任务完成情况统计表", "附件2的表名"),
            new Setting("保留末尾零", "否", "是：占比80.0%；否：占比80%"),
            new Setting("负数写法", "－", "－、- 或 下降（同比下降8%）"),
            new Setting("百分点小数位", "1", "百分点差值的小数位数"),
            new Setting("完成率小数位", "0", "成效明显事项中完成率的小数位数"),
            new Setting("差距完成率小数位", "1", "未完成事项中完成率的小数位数（差距按印出的完成率计算）"),
            new Setting("占比小数位", "1", "任务占比的小数位数"),
            new Setting("占比合计为100", "否", "是：调整最大的占比，使各项合计为100%"),
            new Setting("舍入", "四舍五入", "四舍五入或银行家舍入"));

    /** The keys whose default sentence the wording scripts write. */
    public static final java.util.Set<String> SCRIPTED = SETTINGS.stream().filter(Setting::scripted)
            .map(Setting::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Keys and their defaults, in the order of {@link #SETTINGS}. */
    public static final Map<String, String> DEFAULTS = defaults(SETTINGS);

    private static Map<String, String> defaults(List<Setting> settings) {
        Map<String, String> map = new LinkedHashMap<>();
        settings.forEach(s -> map.put(s.key(), s.defaultValue()));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})");

    private final Map<String, String> values;
    /** Where the sheet holds each key's value; keys left at their default have none. */
    private final Map<String, CellAddress> cells;

    private NoticeSettings(Map<String, String> values, Map<String, CellAddress> cells) {
        this.values = values;
        this.cells = cells;
    }

    public static NoticeSettings defaults() {
        return new NoticeSettings(new LinkedHashMap<>(DEFAULTS), Map.of());
    }

    /** Settings from a 通报设置 sheet; keys it does not list keep their defaults. */
    public static NoticeSettings from(Grid sheet) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        Map<String, CellAddress> cells = new LinkedHashMap<>();
        if (sheet != null) {
            for (int r = 0; r < sheet.rowCount(); r++) {
                String key = sheet.text(r, 0).trim();
                if (DEFAULTS.containsKey(key)) {
                    Object raw = sheet.value(r, 1);
                    String value = raw instanceof Double d && key.equals("成文日期")
                            ? LocalDate.of(1899, 12, 30).plusDays(d.longValue()).toString()
                            : sheet.text(r, 1).trim();
                    values.put(key, value);
                    cells.put(key, CellAddress.of(r, 1));
                }
            }
        }
        return new NoticeSettings(values, cells);
    }

    /** The cell of the settings sheet holding {@code key}'s value; null when the key keeps its default. */
    public CellAddress cell(String key) {
        return cells.get(key);
    }

    public String get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return values.get(key);
    }

    public boolean yes(String key) {
        String v = get(key);
        return v.equals("是") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") || v.equals("1");
    }

    /** 成文日期 written without leading zeros (2023年2月27日); today when not set. */
    public String date(LocalDate today) {
        String v = get("成文日期");
        Matcher m = DATE.matcher(v);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) + "年" + Integer.parseInt(m.group(2)) + "月"
                    + Integer.parseInt(m.group(3)) + "日";
        }
        if (!v.isEmpty()) {
            return v;
        }
        return today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
    }

    public NumberStyle numberStyle() {
        String minus = get("负数写法");
        boolean drop = minus.equals("下降");
        return new NumberStyle(yes("保留末尾零"), drop || minus.isEmpty() ? "－" : minus, drop,
                whole("百分点小数位"), whole("完成率小数位"), whole("占比小数位"), yes("占比合计为100"),
                get("舍入").contains("银行家") || get("舍入").equalsIgnoreCase("HALF_EVEN")
                        ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
    }

    /** A whole-number setting; its default when the sheet holds something else. */
    public int whole(String key) {
        try {
            return new BigDecimal(get(key)).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return new BigDecimal(DEFAULTS.get(key)).intValueExact();
        }
    }
}
