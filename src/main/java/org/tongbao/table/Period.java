package org.tongbao.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the year a periodic table reports on (1-9月, 上半年 …) and its 序时进度: the share of
 * the year gone by, in percent (75 after nine months), against which each task is judged. A table
 * of the whole year has no period.
 */
public record Period(String label, BigDecimal schedule) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String MONTH = "(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final Pattern MONTHS = Pattern.compile(MONTH + "\\s*[-—–~～至到]\\s*" + MONTH + "\\s*月");
    private static final Pattern UP_TO = Pattern.compile("截至\\s*" + MONTH + "\\s*月");
    private static final Pattern QUARTERS = Pattern.compile("前三季度|上半年|第?[一1]季度|前两个?季度|第?二季度|第?三季度");

    /** The period a title states (2024年1-6月…, 一季度, 上半年, 前三季度, 截至9月底), or null for a whole year. */
    public static Period fromTitle(String title) {
        String t = NumberText.toAscii(title == null ? "" : title);
        Matcher m = MONTHS.matcher(t);
        if (m.find() && month(m.group(1)) == 1) {
            return ofMonths(month(m.group(2)), "1-" + month(m.group(2)) + "月");
        }
        m = QUARTERS.matcher(t);
        if (m.find()) {
            String q = m.group();
            int months = q.equals("前三季度") || q.endsWith("三季度") ? 9
                    : q.equals("上半年") || q.startsWith("前两") || q.endsWith("二季度") ? 6 : 3;
            return ofMonths(months, q.replace("第", "").replace("1", "一"));
        }
        m = UP_TO.matcher(t);
        if (m.find()) {
            return ofMonths(month(m.group(1)), "1-" + month(m.group(1)) + "月");
        }
        return null;
    }

    /** January to {@code months}; null for the whole year. */
    public static Period ofMonths(int months, String label) {
        if (months >= 12) {
            return null;
        }
        return new Period(label, BigDecimal.valueOf(months).multiply(HUNDRED).divide(TWELVE, 10, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    private static int month(String text) {
        return switch (text) {
            case "一" -> 1;
            case "二" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            case "五" -> 5;
            case "六" -> 6;
            case "七" -> 7;
            case "八" -> 8;
            case "九" -> 9;
            case "十" -> 10;
            case "十一" -> 11;
            case "十二" -> 12;
            default -> Integer.parseInt(text);
        };
    }
}
