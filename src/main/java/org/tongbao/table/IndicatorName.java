package org.tongbao.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator a task names when the table has no 指标 column: 地区生产总值增长6.5% measures
 * 地区生产总值, 接待游客1500万人次 measures 接待游客, 常住人口城镇化率达到52% measures 常住人口城镇化率.
 * A task with no target in its text (地区生产总值) is its own indicator.
 */
public final class IndicatorName {

    /** Verbs that open a task's target ("完成交通固定资产投资…"): dropped from the front. */
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:完成|实现|新增|新建|建成|确保|力争|全年)+");
    /** Where the target begins: a verb of change or level, or the first figure. */
    private static final Pattern TARGET = Pattern.compile(
            "(?:同比|增长|下降|达到|达|突破|超过|控制在|不超过|不低于|提高|提升|保持|稳定在|完成|实现|新增)|[0-9０-９]");
    private static final int SHORTEST = 2;
    private static final Pattern STATED_GROWTH = Pattern.compile("([^,，、；;]*?)(?:同比)?增长(\\d+(?:\\.\\d+)?)%");
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)([^\\d\\s,.%，、。；：:（）()]{1,4})");
    /** A name shorter than this keeps the verb it opened with. */
    private static final int PLAIN_NAME = 4;

    private IndicatorName() {
    }

    /** The indicator named by a task's text; the text itself when it states no target. */
    public static String of(String taskText) {
        String text = taskText.trim();
        int comma = Math.max(text.lastIndexOf('，'), text.lastIndexOf(','));
        String clause = comma >= 0 && hasFigure(text.substring(comma + 1)) ? text.substring(comma + 1) : text;
        if (!hasFigure(clause)) {
            return text;
        }
        String name = beforeTarget(LEADING_VERB.matcher(clause).replaceFirst(""));
        if (name == null || name.length() < PLAIN_NAME) { // 新建学校3所: 学校 alone says too little
            String withVerb = beforeTarget(clause);
            name = withVerb != null ? withVerb : name;
        }
        return name != null ? name : text;
    }

    private static String beforeTarget(String body) {
        Matcher m = TARGET.matcher(body);
        while (m.find()) {
            if (m.start() >= SHORTEST) {
                return body.substring(0, m.start());
            }
        }
        return null;
    }

    /**
     * The growth a task's text sets for an indicator: 5 in 一般公共预算收入增长5%, 10 for 工业投资 in
     * 规上工业增加值增长8%，工业投资增长10%; for a task's only indicator, the first growth stated. Null when none.
     */
    public static java.math.BigDecimal statedGrowth(String taskText, String name, boolean only) {
        String text = NumberText.toAscii(taskText);
        Matcher m = STATED_GROWTH.matcher(text);
        java.math.BigDecimal first = null;
        while (m.find()) {
            java.math.BigDecimal value = new java.math.BigDecimal(m.group(2));
            if (!name.isEmpty() && m.group(1).endsWith(NumberText.toAscii(name))) {
                return value;
            }
            first = first == null ? value : first;
        }
        return only ? first : null;
    }

    /** The unit a task's text gives its target: 个 in 创建省级卫生乡镇3个 for a target of 3; "" when it gives none. */
    public static String unit(String taskText, java.math.BigDecimal target) {
        Matcher m = FIGURE_AND_UNIT.matcher(NumberText.toAscii(taskText));
        while (m.find()) {
            if (new java.math.BigDecimal(m.group(1)).compareTo(target) == 0) {
                return m.group(2);
            }
        }
        return "";
    }

    private static boolean hasFigure(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }
}
