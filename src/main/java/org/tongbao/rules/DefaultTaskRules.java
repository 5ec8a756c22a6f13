package org.tongbao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;

/**
 * The built-in rules: completed when every target is reached; notable when growth beats the
 * city average, the task ranks first (in the city or its group), or a target is reached to
 * 110% or more.
 */
public final class DefaultTaskRules implements TaskRules {

    static final BigDecimal NOTABLE_COMPLETION = BigDecimal.valueOf(110);

    @Override
    public Boolean completedByFigures(TaskFigures task) {
        return task.meetsTargets();
    }

    @Override
    public boolean notable(TaskFigures task) {
        return !notableReason(task).isEmpty();
    }

    @Override
    public String notableReason(TaskFigures task) {
        List<String> reasons = new ArrayList<>();
        for (IndicatorFigures f : task.indicators()) {
            if (f.pointsAbove() != null && f.pointsAbove().signum() > 0) {
                reasons.add("增速高于全市平均");
            }
            if (Integer.valueOf(1).equals(f.rank()) || Integer.valueOf(1).equals(f.groupRank())) {
                reasons.add("排名第一");
            }
            if (f.completion() != null && f.completion().compareTo(NOTABLE_COMPLETION) >= 0) {
                reasons.add("完成目标的110%以上");
            }
        }
        return String.join("、", reasons.stream().distinct().toList());
    }
}
