package org.tongbao.notice;

import java.util.List;
import java.util.Map;

/**
 * Fills a phrase template: {name} is replaced by its value; a part in [square brackets] is left
 * out when any value inside it is missing. A value missing outside brackets, or a name that is
 * not known, is a problem (reported by the checks), and shows as 【缺：name】 in the text.
 */
public final class PhraseTemplate {

    private PhraseTemplate() {
    }

    /**
     * @param values   every known name; a null value means known but missing for this task
     * @param problems collects what went wrong, in Chinese
     */
    public static String fill(String template, Map<String, String> values, List<String> problems) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = template.indexOf(']', i);
                if (end < 0) {
                    problems.add("方括号没有闭合：" + template.substring(i));
                    out.append(template, i, template.length());
                    break;
                }
                StringBuilder part = new StringBuilder();
                if (fillPart(template.substring(i + 1, end), values, part, problems)) {
                    out.append(part);
                }
                i = end + 1;
            } else {
                int end = c == '{' ? template.indexOf('}', i) : -1;
                if (c == '{' && end > 0) {
                    String name = template.substring(i + 1, end);
                    String value = lookup(name, values, problems);
                    if (value == null || value.isEmpty()) {
                        if (values.containsKey(name)) {
                            problems.add("缺少「" + name + "」的数据");
                        }
                        out.append("【缺：").append(name).append("】");
                    } else {
                        out.append(value);
                    }
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Fills an optional part; false when a value inside it is missing. */
    private static boolean fillPart(String part, Map<String, String> values, StringBuilder out, List<String> problems) {
        int i = 0;
        boolean complete = true;
        while (i < part.length()) {
            char c = part.charAt(i);
            int end = c == '{' ? part.indexOf('}', i) : -1;
            if (end > 0) {
                String value = lookup(part.substring(i + 1, end), values, problems);
                if (value == null || value.isEmpty()) {
                    complete = false;
                } else {
                    out.append(value);
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return complete;
    }

    private static String lookup(String name, Map<String, String> values, List<String> problems) {
        if (!values.containsKey(name)) {
            problems.add("未知的占位符「{" + name + "}」");
            return null;
        }
        return values.get(name);
    }
}
