package org.tongbao.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a phrase template: {name} is replaced by its value; a part in [square brackets] is left
 * out when any value inside it is missing. A value missing outside brackets, or a name that is
 * not known, is a problem: the phrase then cannot be used as it is, and the wording falls back
 * to its default (nothing half-filled ever reaches a notice).
 */
public final class PhraseTemplate {

    private PhraseTemplate() {
    }

    /** @param values every known name; a null value means known but missing for this task */
    public static Phrase fill(String template, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            if (open < 0) {
                out.append(fillRun(template.substring(i), values, problems, false));
                break;
            }
            out.append(fillRun(template.substring(i, open), values, problems, false));
            int close = template.indexOf(']', open);
            if (close < 0) {
                problems.add("方括号没有闭合：" + template.substring(open));
                out.append(template, open, template.length());
                break;
            }
            String part = fillRun(template.substring(open + 1, close), values, problems, true);
            if (part != null) {
                out.append(part);
            }
            i = close + 1;
        }
        return new Phrase(out.toString(), problems.stream().distinct().toList());
    }

    /** Fills the {name}s of a run of text; an optional run with a value missing gives null. */
    private static String fillRun(String run, Map<String, String> values, List<String> problems, boolean optional) {
        StringBuilder out = new StringBuilder();
        boolean complete = true;
        int i = 0;
        while (i < run.length()) {
            int open = run.indexOf('{', i);
            int close = open < 0 ? -1 : run.indexOf('}', open);
            if (close < 0) {
                out.append(run, i, run.length());
                break;
            }
            out.append(run, i, open);
            String name = run.substring(open + 1, close);
            String value = lookup(name, values, problems);
            if (value != null && !value.isEmpty()) {
                out.append(value);
            } else if (optional) {
                complete = false;
            } else {
                if (values.containsKey(name)) {
                    problems.add("缺少「" + name + "」的数据");
                }
            }
            i = close + 1;
        }
        return complete ? out.toString() : null;
    }

    private static String lookup(String name, Map<String, String> values, List<String> problems) {
        if (!values.containsKey(name)) {
            problems.add("未知的占位符「{" + name + "}」");
            return null;
        }
        return values.get(name);
    }
}
