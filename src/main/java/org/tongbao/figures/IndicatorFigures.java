package org.tongbao.figures;

import java.math.BigDecimal;

import org.tongbao.table.Indicator;

/**
 * The figures of one indicator, exact (rounding happens only when written). Null where the
 * table lacks what a figure needs.
 *
 * @param growth          同比增长 in percent: as given, or from prior and actual (to one decimal)
 * @param growthComputed  true when growth came from prior and actual
 * @param pointsAbove     growth − city average, in 百分点
 * @param completion      actual ÷ target × 100, for quantities
 * @param levelPoints     actual − target, in 百分点, for rate indicators (森林覆盖率); for an upper limit,
 *                        target − actual (how far under the ceiling; negative above it)
 * @param pointsChange    actual − prior, in 百分点, for rate indicators (城镇化率 50.8 → 52.6: 1.8)
 * @param rank            全市排名 when a positive whole number
 * @param groupRank       组内排名 when a positive whole number
 * @param meetsTarget     whether the target (or target growth) is reached; null without one
 */
public record IndicatorFigures(Indicator indicator, BigDecimal growth, boolean growthComputed, BigDecimal pointsAbove,
                               BigDecimal completion, BigDecimal levelPoints, BigDecimal pointsChange, Integer rank,
                               Integer groupRank,
                               Boolean meetsTarget) {

    public boolean quantified() {
        return completion != null || levelPoints != null;
    }
}
