package org.tongbao.poi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.tongbao.table.CellError;

/**
 * The value rules both readers share: percent-formatted numbers become the percentage staff
 * see ("4.7%"), repeated strings are shared, and Excel's {@code _xHHHH_} escapes are undone.
 * One instance per workbook read.
 */
final class CellValues {

    /** Excel keeps 15 significant digits; anything beyond is binary noise (0.1+0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private static final int SMALL_MIN = -128;
    private static final int SMALL_MAX = 1024;
    private static final Double[] SMALL = new Double[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = (double) i;
        }
    }

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, CellError> errors = new HashMap<>();

    /** The one copy of this string in the workbook read so far. */
    String intern(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    CellError error(String code) {
        if (code == null || code.isEmpty()) {
            code = "#N/A";
        }
        return errors.computeIfAbsent(code, CellError::new);
    }

    /** A boxed double, sharing the boxes of small whole numbers (serials, counts, ranks). */
    static Double number(double d) {
        if (d >= SMALL_MIN && d <= SMALL_MAX && d == Math.rint(d) && !(d == 0 && 1 / d < 0)) {
            return SMALL[(int) d - SMALL_MIN];
        }
        return d;
    }

    /** "4.7%" for 0.047: decimal arithmetic, no binary noise, no trailing zeros. */
    String percent(BigDecimal fraction) {
        if (fraction.precision() - fraction.scale() > 310 || fraction.scale() > 400) {
            // no spreadsheet stores such a number (a double ends near 1.8E308), and writing it out
            // in full would take a string of any length
            throw new NumberFormatException("数值 " + fraction + " 超出表格软件能存的范围");
        }
        BigDecimal p = fraction.round(EXCEL_DIGITS).movePointRight(2).stripTrailingZeros();
        if (p.signum() == 0) {
            return intern("0%");
        }
        return intern(p.toPlainString() + "%");
    }

    String percent(double fraction) {
        return percent(new BigDecimal(Double.toString(fraction)));
    }

    /**
     * Whether a number format scales by 100 and shows a percent sign: a {@code %} outside
     * quoted text, backslash escapes and [bracketed] colours or conditions.
     */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    quoted = false;
                }
            } else if (bracket) {
                if (ch == ']') {
                    bracket = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '[') {
                bracket = true;
            } else if (ch == '\\' || ch == '_' || ch == '*') {
                i++; // the next character is shown literally, or is padding
            } else if (ch == '%') {
                return true;
            }
        }
        return false;
    }

    /** Undoes the {@code _xHHHH_} escapes OOXML uses for control characters in text. */
    static String decodeEscapes(String s) {
        if (s == null || s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
