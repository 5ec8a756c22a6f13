package org.tongbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps header cell text to a {@link Field}, whatever its spacing, brackets or year prefix. */
public final class HeaderText {

    /** Headers of the columns tongbao writes itself start with this; they are never office data. */
    public static final String TOOL_PREFIX = "通报·";

    private record Alias(String text, Field field) {
    }

    private static final List<Alias> BY_LENGTH = new ArrayList<>();

    static {
        for (Field field : Field.values()) {
            for (String alias : field.aliases()) {
                BY_LENGTH.add(new Alias(alias, field));
            }
        }
        BY_LENGTH.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
    }

    private HeaderText() {
    }

    /** Drops white space (also full-width and line breaks) and bracketed parts such as (%) or （亿元）. */
    public static String normalise(String header) {
        String s = header.replaceAll("[\\s\\u3000]+", "");
        s = s.replace('（', '(').replace('）', ')');
        s = s.replaceAll("\\([^)]*\\)", "");
        s = s.replace("%", "").replace("％", "");
        return s;
    }

    /** The field a header names, or null when it names none we know. */
    public static Field match(String header) {
        if (header == null || header.isBlank() || header.startsWith(TOOL_PREFIX)) {
            return null;
        }
        String h = normalise(header);
        if (h.isEmpty()) {
            return null;
        }
        for (Alias alias : BY_LENGTH) {
            if (h.equals(alias.text())) {
                return alias.field();
            }
        }
        // Headers longer than 12 characters are sentences (notes, titles), not column names.
        if (h.length() > 12) {
            return null;
        }
        for (Alias alias : BY_LENGTH) {
            if (alias.text().length() >= 2 && h.contains(alias.text())) {
                return alias.field();
            }
        }
        return null;
    }
}
