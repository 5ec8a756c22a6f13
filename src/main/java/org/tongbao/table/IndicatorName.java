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
