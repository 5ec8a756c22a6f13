package org.tongbao.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.tongbao.table.Indicator;
import org.tongbao.table.Num;

/** The arithmetic of PRODUCT.md §3, in decimal. The one place figures are computed. */
public final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL64;

    private Figures() {
    }

    public static IndicatorFigures of(Indicator ind) {
        BigDecimal actual = value(ind.actual());
        BigDecimal target = value(ind.target());
        BigDecimal prior = value(ind.prior());
        BigDecimal growth = value(ind.growth());
        boolean growthComputed = false;
        BigDecimal pointsChange = null;
        if (ind.rate() && actual != null && prior != null) {
            pointsChange = actual.subtract(prior); // a rate rises in 百分点, not in percent
        } else if (growth == null && actual != null && prior != null && prior.signum() != 0) {
            growth = growthFromPrior(actual, prior);
            growthComputed = true;
        }
        BigDecimal cityAverage = value(ind.cityAverage());
        BigDecimal pointsAbove = growth != null && cityAverage != null ? growth.subtract(cityAverage) : null;

        BigDecimal completion = null;
        BigDecimal levelPoints = null;
        Boolean meets = null;
        if (actual != null && target != null) {
            if (ind.upperLimit()) {
                levelPoints = target.subtract(actual); // room left under the ceiling
                meets = levelPoints.signum() >= 0;
            } else if (ind.rate()) {
                levelPoints = actual.subtract(target);
                meets = levelPoints.signum() >= 0;
            } else if (target.signum() > 0) {
                completion = completion(actual, target);
                meets = completion.compareTo(HUNDRED) >= 0;
            }
        } else if (ind.progress() != null && ind.progress().valid() && !ind.upperLimit()) {
            completion = ind.progress().value(); // the office's own 完成进度 where the figures behind it are missing
            meets = completion.compareTo(HUNDRED) >= 0;
        }
        BigDecimal targetGrowth = value(ind.targetGrowth());
        if (targetGrowth != null && growth != null) {
            boolean reached = growth.compareTo(targetGrowth) >= 0;
            meets = meets == null ? reached : meets && reached;
        }
        return new IndicatorFigures(ind, growth, growthComputed, pointsAbove, completion, levelPoints, pointsChange,
                positiveWhole(ind.rank()), positiveWhole(ind.groupRank()), meets);
    }

    /** actual ÷ target × 100, exact to 16 digits. */
    public static BigDecimal completion(BigDecimal actual, BigDecimal target) {
        return actual.multiply(HUNDRED).divide(target, EXACT);
    }

    /** (actual − prior) ÷ prior × 100, to one decimal, half-up. */
    public static BigDecimal growthFromPrior(BigDecimal actual, BigDecimal prior) {
        return actual.subtract(prior).multiply(HUNDRED).divide(prior, 1, RoundingMode.HALF_UP);
    }

    /** A rank cell as a positive whole number, or null. */
    public static Integer positiveWhole(Num n) {
        if (n == null || !n.valid() || n.percent() || n.value().signum() <= 0) {
            return null;
        }
        try {
            return n.value().stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private static BigDecimal value(Num n) {
        return n == null || !n.valid() ? null : n.value();
    }
}
