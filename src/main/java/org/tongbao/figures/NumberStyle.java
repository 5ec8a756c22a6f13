package org.tongbao.figures;

import java.math.RoundingMode;

/**
 * How numbers are written in the notice. The defaults reproduce the reference notice
 * (Yunyang 2022): trailing zeros dropped, full-width minus, points to one decimal, completion
 * in whole percents, shares to one decimal, rounding half-up.
 *
 * @param keepTrailingZeros    占比80.0% rather than 占比80%
 * @param minus                the sign written before negative numbers ("－" or "-")
 * @param negativeGrowthAsDrop 同比下降8% rather than 同比增长－8%
 * @param pointDecimals        decimals of 百分点 differences
 * @param completionDecimals   decimals of completion percentages (完成率)
 * @param shareDecimals        decimals of shares of tasks (占比)
 * @param sharesAddUp          adjust the largest share so that shares add up to exactly 100
 * @param rounding             HALF_UP unless the office says otherwise
 */
public record NumberStyle(boolean keepTrailingZeros, String minus, boolean negativeGrowthAsDrop, int pointDecimals,
                          int completionDecimals, int shareDecimals, boolean sharesAddUp, RoundingMode rounding) {

    public static final NumberStyle DEFAULT =
            new NumberStyle(false, "－", false, 1, 0, 1, false, RoundingMode.HALF_UP);
}
