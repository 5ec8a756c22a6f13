package org.tongbao.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as offices type them: "4.7%", "557.7亿元", "－8%" (full-width minus),
 * "1.15万户", full-width digits "５０", thousands separators "27,572", "下降8%", and targets with
 * their bound: "控制在5.5%以内" and "不超过3%" are upper limits, "不低于90%" and "8%左右" plain targets.
 */
public final class NumberText {

    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+)(%|[^\\d\\s%.+-][^\\d\\s%]{0,5})?$");
    private static final Pattern THOUSANDS = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern UPPER_LIMIT = Pattern.compile("^(?:控制在|不超过|不高于|≤|<=)|(?:以内|以下)$");
    private static final Pattern OTHER_BOUND = Pattern.compile("^(?:不低于|≥|>=|达到)|(?:以上|左右)$");

    private NumberText() {
    }

    /** Full-width digits, signs and points become ASCII; spaces go. */
    public static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－' || c == '−' || c == '–' || c == '—') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '，' || c == ',') {
                out.append(',');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The cell value as a number, or an invalid {@link Num}; null for an empty cell. */
    public static Num read(Object value, CellAddress cell) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return Num.invalid(d.toString(), cell);
            }
            BigDecimal number = BigDecimal.valueOf(d).stripTrailingZeros();
            return new Num(number.scale() < 0 ? number.setScale(0) : number, false, "", cell, null, false);
        }
        if (value instanceof CellError e) {
            return Num.invalid(e.code(), cell);
        }
        String raw = value.toString().trim();
        if (raw.isEmpty()) {
            return null;
        }
        return parse(raw, cell);
    }

    static Num parse(String raw, CellAddress cell) {
        String s = toAscii(raw);
        boolean upperLimit = false;
        for (int i = 0; i < 2; i++) { // a prefix and a suffix: 控制在5.5%以内
            Matcher bound = UPPER_LIMIT.matcher(s);
            if (bound.find()) {
                upperLimit = true;
                s = s.substring(0, bound.start()) + s.substring(bound.end());
            } else {
                s = OTHER_BOUND.matcher(s).replaceFirst("");
            }
        }
        boolean negativeWord = false;
        if (s.startsWith("下降") || s.startsWith("减少")) {
            negativeWord = true;
            s = s.substring(2);
        } else if (s.startsWith("增长") || s.startsWith("增加")) {
            s = s.substring(2);
        }
        if (s.indexOf(',') >= 0) {
            Matcher thousands = THOUSANDS.matcher(s);
            if (!thousands.find()) {
                return Num.invalid(raw, cell);
            }
            s = s.substring(0, thousands.end()).replace(",", "") + s.substring(thousands.end());
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Num.invalid(raw, cell);
        }
        BigDecimal value = new BigDecimal(m.group(2));
        if ("-".equals(m.group(1)) != negativeWord) {
            value = value.negate();
        }
        String suffix = m.group(3) == null ? "" : m.group(3);
        boolean percent = suffix.equals("%");
        return new Num(value, percent, percent ? "" : suffix, cell, raw, upperLimit);
    }
}
