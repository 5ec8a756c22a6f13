package org.tongbao.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the phrases of the settings, each falling back to its default when the office's version
 * cannot be filled, so no notice is refused for its wording and nothing half-filled reaches it.
 * What went wrong comes back as the phrase's problems, each naming the setting, for a warning.
 */
final class Phrasing {

    private static final Pattern NAME = Pattern.compile("\\{([^}]+)}");

    private final NoticeSettings settings;

    Phrasing(NoticeSettings settings) {
        this.settings = settings;
    }

    Phrase fill(String key, Map<String, String> values) {
        return fill(key, settings.get(key), NoticeSettings.DEFAULTS.get(key), values);
    }

    /** A per-indicator phrase applied to indicator {@code n}: {指标} reads {指标n}. */
    Phrase fill(String key, Map<String, String> values, int n) {
        return fill(key, numbered(settings.get(key), n), numbered(NoticeSettings.DEFAULTS.get(key), n), values);
    }

    private static Phrase fill(String key, String template, String fallback, Map<String, String> values) {
        Phrase phrase = PhraseTemplate.fill(template, values);
        if (phrase.problems().isEmpty()) {
            return phrase;
        }
        List<String> problems = new ArrayList<>();
        Phrase used = phrase;
        if (!template.equals(fallback)) {
            used = PhraseTemplate.fill(fallback, values);
            for (String problem : phrase.problems()) {
                problems.add("「" + key + "」" + problem + "，已改用默认表述");
            }
        }
        for (String problem : used.problems()) {
            problems.add("「" + key + "」的默认表述" + problem);
        }
        return new Phrase(used.text(), problems);
    }

    /** {指标} → {指标3}: a per-indicator template applied to indicator n; the notice's own names stay. */
    private static String numbered(String template, int n) {
        StringBuilder out = new StringBuilder();
        Matcher m = NAME.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "{" + name + (Placeholders.PER_INDICATOR.contains(name) ? String.valueOf(n) : "") + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
