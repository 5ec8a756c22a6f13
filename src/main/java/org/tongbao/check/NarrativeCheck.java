package org.tongbao.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Field;
import org.tongbao.table.NumberText;
import org.tongbao.table.Task;

/**
 * Numbers written in the narrative (完成情况说明) agree with the figures: a stated completion
 * percentage with actual ÷ target, a stated 同比增长 with the growth column.
 */
final class NarrativeCheck implements TableCheck {

    private static final Pattern COMPLETION = Pattern.compile(
            "完成(?:了)?(?:年度|全年)(?:目标)?(?:任务)?的(\\d+(?:\\.\\d+)?)%");
    private static final Pattern GROWTH = Pattern.compile("同比增长(\\d+(?:\\.\\d+)?)%");

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            if (task.narrative().isEmpty()) {
                continue;
            }
            String text = NumberText.toAscii(task.narrative());
            Matcher m = COMPLETION.matcher(text);
            while (m.find()) {
                completion(context, f, m.group(), new BigDecimal(m.group(1))).ifPresent(found::add);
            }
            m = GROWTH.matcher(text);
            while (m.find()) {
                growth(context, f, m.group(), new BigDecimal(m.group(1))).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Finding> completion(CheckContext context, TaskFigures f, String phrase, BigDecimal stated) {
        IndicatorFigures nearest = null;
        for (IndicatorFigures ind : f.indicators()) {
            if (ind.completion() == null) {
                continue;
            }
            BigDecimal computed = ind.completion().setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
            if (computed.compareTo(stated) == 0) {
                return Optional.empty();
            }
            nearest = nearest == null ? ind : nearest;
        }
        if (nearest == null) {
            return Optional.empty();
        }
        BigDecimal computed = nearest.completion().setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
        return Optional.of(context.finding(FindingCode.NARRATIVE_MISMATCH, context.cell(Field.NARRATIVE, f.task()),
                "完成情况说明写「" + phrase + "」，但按完成值" + nearest.indicator().actual().raw() + "÷目标值"
                        + nearest.indicator().target().raw() + "计算为" + computed.toPlainString() + "%"));
    }

    private static Optional<Finding> growth(CheckContext context, TaskFigures f, String phrase, BigDecimal stated) {
        IndicatorFigures first = null;
        for (IndicatorFigures ind : f.indicators()) {
            if (ind.growth() == null) {
                continue;
            }
            if (ind.growth().compareTo(stated) == 0) {
                return Optional.empty();
            }
            first = first == null ? ind : first;
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(context.finding(FindingCode.NARRATIVE_MISMATCH, context.cell(Field.NARRATIVE, f.task()),
                "完成情况说明写「" + phrase + "」，但「同比增长」列为" + first.growth().stripTrailingZeros().toPlainString()
                        + "%"));
    }
}
