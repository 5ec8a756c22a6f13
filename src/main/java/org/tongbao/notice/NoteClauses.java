package org.tongbao.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of an office's note (完成情况说明) that say something a printed phrase does not: a note
 * often repeats the figures the notice already gives (全县实现地区生产总值557.7亿元，同比增长4.7%), and a
 * clerk would strike the repetition.
 */
final class NoteClauses {

    /** What counts as a figure when a note is compared with the phrase: numbers and ranks (第三). */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?|第[一二三四五六七八九十百]+");

    private NoteClauses() {
    }

    /** The clauses of {@code text} (split at 。；，) not already said by {@code printed}, in order. */
    static List<String> news(String text, String printed) {
        Set<String> figures = figures(printed);
        List<String> kept = new ArrayList<>();
        for (String clause : text.split("[。；;，,]")) {
            String c = clause.trim();
            if (!c.isEmpty() && !saidAlready(c, printed, figures)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** A clause says nothing new when it has figures and every one of them is printed already, or it is printed whole. */
    private static boolean saidAlready(String clause, String printed, Set<String> printedFigures) {
        Set<String> own = figures(clause);
        return own.isEmpty() ? printed.contains(clause) : printedFigures.containsAll(own);
    }

    private static Set<String> figures(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
