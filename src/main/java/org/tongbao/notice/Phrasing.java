package org.tongbao.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;

/**
 * Fills the phrases of the settings, each falling back to its default when the office's version
 * cannot be filled, so no notice is refused for its wording and nothing half-filled reaches it.
 * The default of a {@link NoticeSettings#SCRIPTED} key is what the wording scripts write; of any
 * other key, its default template. What went wrong comes back as the phrase's problems, each naming
 * the setting, for a warning.
 */
final class Phrasing {

    private static final Pattern NAME = Pattern.compile("\\{([^}]+)}");

    private final NoticeSettings settings;
    private final Wording wording;
    private final NumberWriter writer;

    Phrasing(NoticeSettings settings, Wording wording, NumberWriter writer) {
        this.settings = settings;
        this.wording = wording;
        this.writer = writer;
    }

    Phrase fill(String key, Map<String, String> values) {
        return fill(key, values, null, null, 0);
    }

    /**
     * A phrase about one task, or about its indicator {@code n} (1-based; 0 for the task as a whole):
     * a per-indicator template's {指标} reads {指标n}.
     */
    Phrase fill(String key, Map<String, String> values, TaskFigures task, IndicatorFigures indicator, int n) {
        String own = n == 0 ? settings.get(key) : numbered(settings.get(key), n);
        if (!NoticeSettings.SCRIPTED.contains(key)) {
            String fallback = n == 0 ? NoticeSettings.DEFAULTS.get(key) : numbered(NoticeSettings.DEFAULTS.get(key), n);
            return fill(key, own, values, () -> PhraseTemplate.fill(fallback, values), !own.equals(fallback));
        }
        return fill(key, own, values, () -> wording.phrase(key, n == 0 ? values : indicatorView(values, n), task,
                indicator, writer), !own.isEmpty());
    }

    private static Phrase fill(String key, String template, Map<String, String> values,
                               java.util.function.Supplier<Phrase> byDefault, boolean own) {
        List<String> problems = new ArrayList<>();
        if (own) {
            Phrase phrase = PhraseTemplate.fill(template, values);
            if (phrase.problems().isEmpty()) {
                return phrase;
            }
            for (String problem : phrase.problems()) {
                problems.add("「" + key + "」" + problem + "，已改用默认表述");
            }
        }
        Phrase used = byDefault.get();
        for (String problem : used.problems()) {
            problems.add("「" + key + "」的默认表述" + problem);
        }
        return new Phrase(used.text(), problems);
    }

    /** The values as indicator {@code n} sees them: {指标} is {指标n}; the notice's own names stay. */
    private static Map<String, String> indicatorView(Map<String, String> values, int n) {
        Map<String, String> view = new HashMap<>(values);
        for (String name : Placeholders.PER_INDICATOR) {
            view.put(name, values.get(name + n));
        }
        return view;
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
