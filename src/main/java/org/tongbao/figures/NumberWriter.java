package org.tongbao.figures;

import java.math.BigDecimal;

/** Writes figures in the notice's form, per {@link NumberStyle}. The one place numbers become text. */
public final class NumberWriter {

    private final NumberStyle style;

    public NumberWriter(NumberStyle style) {
        this.style = style;
    }

    public NumberStyle style() {
        return style;
    }

    /** A value as typed (557.7, 27572, 36.59): no rounding, trailing zeros dropped unless kept. */
    public String typed(BigDecimal value) {
        BigDecimal v = style.keepTrailingZeros() ? value : strip(value);
        return sign(v);
    }

    /** A value rounded to {@code decimals}, half-up by default. */
    public String rounded(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, style.rounding());
        if (!style.keepTrailingZeros()) {
            v = strip(v);
        }
        return sign(v);
    }

    /** A rate as written: 4.7%, －8%. */
    public String percent(BigDecimal rate) {
        return typed(rate) + "%";
    }

    /** A rate that may be negative, as the style writes negatives: －8%, or 下降8%. */
    public String rate(BigDecimal rate) {
        if (rate.signum() < 0 && style.negativeGrowthAsDrop()) {
            return "下降" + typed(rate.negate()) + "%";
        }
        return percent(rate);
    }

    /** Growth with its verb: 增长4.7%, or 下降8% when the style says so. */
    public String growth(BigDecimal rate) {
        if (rate.signum() < 0 && style.negativeGrowthAsDrop()) {
            return "下降" + typed(rate.negate()) + "%";
        }
        return "增长" + percent(rate);
    }

    /** A difference of two rates: 2.1个百分点, 17个百分点. */
    public String points(BigDecimal difference) {
        return rounded(difference, style.pointDecimals()) + "个百分点";
    }

    /** A completion percentage: 118%. */
    public String completion(BigDecimal percent) {
        return rounded(percent, style.completionDecimals()) + "%";
    }

    /** A share of tasks, already rounded by {@link Shares}: 97.1%. */
    public String share(BigDecimal percent) {
        BigDecimal v = style.keepTrailingZeros() ? percent : strip(percent);
        return sign(v) + "%";
    }

    /** A rank: 第一, 第四. */
    public String rank(int rank) {
        return "第" + ChineseNumerals.of(rank);
    }

    private String sign(BigDecimal v) {
        if (v.signum() < 0) {
            return style.minus() + v.negate().toPlainString();
        }
        return v.toPlainString();
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
