package org.tongbao.figures;

/** Ranks as the notice writes them: 1 → 一, 4 → 四, 12 → 十二, 38 → 三十八. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static String of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : of(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : of(n % 10));
        }
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : rest < 10 ? "零" + of(rest) : rest < 20 ? "一" + of(rest) : of(rest);
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        return String.valueOf(n);
    }
}
