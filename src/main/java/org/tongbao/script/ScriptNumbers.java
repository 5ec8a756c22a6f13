package org.tongbao.script;

import java.math.BigDecimal;

import org.tongbao.figures.NumberWriter;

/**
 * {@code number} in the wording scripts: a figure written the way the notice writes it (the office's
 * rounding, minus sign and trailing zeros), e.g. {@code number.rate(-ind["增速"])} → "8%".
 */
public final class ScriptNumbers {

    private final NumberWriter writer;

    ScriptNumbers(NumberWriter writer) {
        this.writer = writer;
    }

    /** 4.7%, －8% (or 下降8% when 负数写法 is 下降). */
    public String rate(double value) {
        return writer.rate(decimal(value));
    }

    /** 增长4.7%. */
    public String growth(double value) {
        return writer.growth(decimal(value));
    }

    /** 2.1个百分点. */
    public String points(double value) {
        return writer.points(decimal(value));
    }

    /** 118%: a completion, at 完成率小数位. */
    public String completion(double value) {
        return writer.completion(decimal(value));
    }

    /** As typed: 557.7, 27572. */
    public String typed(double value) {
        return writer.typed(decimal(value));
    }

    /** Rounded to {@code decimals}. */
    public String rounded(double value, int decimals) {
        return writer.rounded(decimal(value), decimals);
    }

    /** The decimal a float stands for: its shortest form, so 8.1 is 8.1 and not 8.0999…. */
    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }
}
