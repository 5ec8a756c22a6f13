package org.tongbao.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Shares of a total in percent (170/175 → 97.1), optionally adjusted to add up to exactly 100. */
public final class Shares {

    private Shares() {
    }

    public static List<BigDecimal> of(List<Integer> counts, int total, NumberStyle style) {
        List<BigDecimal> shares = new ArrayList<>();
        for (int count : counts) {
            shares.add(total == 0 ? BigDecimal.ZERO.setScale(style.shareDecimals())
                    : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(total), style.shareDecimals(), style.rounding()));
        }
        int sumOfCounts = counts.stream().mapToInt(Integer::intValue).sum();
        if (style.sharesAddUp() && total > 0 && sumOfCounts == total) {
            BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gap = BigDecimal.valueOf(100).subtract(sum);
            if (gap.signum() != 0) {
                int largest = 0;
                for (int i = 1; i < counts.size(); i++) {
                    if (counts.get(i) > counts.get(largest)) {
                        largest = i;
                    }
                }
                shares.set(largest, shares.get(largest).add(gap));
            }
        }
        return shares;
    }
}
