package org.tongbao.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.figures.NumberStyle;
import org.tongbao.table.CellAddress;
import org.tongbao.table.Grid;

/**
 * The editable parts of the notice, read from the workbook's settings sheet (通报设置: key in
 * column A, value in column B) so staff edit them where they already work. Every key has a
 * default; the defaults reproduce the reference notice's wording.
 */
public final class NoticeSettings {

    public static final String SHEET_NAME = "通报设置";

    /** Keys and their defaults, in the order a fresh settings sheet lists them. */
    public static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("发文机关", "县人民政府督查办公室");
        DEFAULTS.put("发文机关简称", "县政府督查办");
        DEFAULTS.put("页眉单位", "");
        DEFAULTS.put("成文日期", "");
        DEFAULTS.put("年度", "");
        DEFAULTS.put("标题", "关于{年度}年政府工作报告目标任务完成情况的通报");
        DEFAULTS.put("开头", "{发文机关简称}对{年度}年政府工作报告目标任务落实情况进行了跟踪督促，现将具体情况通报如下。");
        DEFAULTS.put("总体情况标题", "总体情况");
        DEFAULTS.put("总体情况", "{发文机关简称}按照“落实一件、销号一件”的原则，持续对{年度}年政府工作报告目标任务{总数}件事项进行跟踪督促。"
                + "截至目前，已完成{已完成}项，占总任务数的{完成占比}，其中{成效明显}件事项成效明显；"
                + "未完成事项{未完成}项，占总任务数的{未完成占比}。（详见附件）");
        DEFAULTS.put("成效明显标题", "工作成效明显的{成效明显}个事项");
        DEFAULTS.put("事项", "{序号}．{牵头单位}牵头的{内容}。（{来源}）");
        DEFAULTS.put("任务来源", "{年度}年政府工作报告目标任务");
        DEFAULTS.put("表述-增速", "{任务}[{完成值}{单位}，同比]{增长}[，较全市{全市增速}的平均增速{高低}{高出}][，增速全市{排名}][、组内{组内排名}]");
        DEFAULTS.put("表述-完成", "全县完成{各项完成}，{分别}完成年度目标任务的{各项完成率}[，{超额}]");
        DEFAULTS.put("表述-达标", "{指标}达到{完成值}{单位}，{超过}既定目标{超出}");
        DEFAULTS.put("列出未完成事项", "否");
        DEFAULTS.put("未完成标题", "未完成的{未完成}个事项");
        DEFAULTS.put("未完成事项", "{序号}．{牵头单位}牵头的{任务}（第{任务序号}项）[{差距}]。");
        DEFAULTS.put("下步工作要求标题", "下步工作要求");
        DEFAULTS.put("下步工作要求", String.join("\n",
                "（一）提高工作认识。要进一步提高政治站位，提能升级、实干争先，对政府工作报告中所交办的目标任务及时分解、及时行动、及时调度，认真总结先进经验和典型做法，确保各项目标任务办理高质高效、落实落地。",
                "（二）加强统筹协调。各责任单位要深化服务意识，强化信息共享，对本单位可以办理的问题要第一时间予以解决；需多个单位协调配合解决的问题，要及时报请县政府予以统筹调度。县政府各分管领导要建立定期调度机制，定期召开工作研判会，听取各分管部门在工作推进过程中存在的问题，做到提前研判、提前调度、及时解决。",
                "（三）强化工作闭环。各责任单位要认真落实市委六届二次全会、市委经济工作会议要求，细化落实县委十五届四次全会和县委经济工作会议安排，对{下一年度}年政府工作报告年度目标任务切实做到细化量化、层层放大，明确工作目标，细化工作举措，严格实行项目化、清单化的闭环工作机制，确保各项目标任务在规定时限内取得明显实效。县政府督查办将对{年度}年政府工作报告目标任务完成情况纳入{年度}年度县级部门（单位）目标管理绩效考核和乡镇街道经济社会发展业绩考核。"));
        DEFAULTS.put("附件名称", "");
        DEFAULTS.put("保留末尾零", "否");
        DEFAULTS.put("负数写法", "－");
        DEFAULTS.put("百分点小数位", "1");
        DEFAULTS.put("完成率小数位", "0");
        DEFAULTS.put("占比小数位", "1");
        DEFAULTS.put("占比合计为100", "否");
        DEFAULTS.put("舍入", "四舍五入");
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

    private int whole(String key) {
        try {
            return new BigDecimal(get(key)).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return new BigDecimal(DEFAULTS.get(key)).intValueExact();
        }
    }
}
