package org.tongbao.script;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongbao.Rulebook;
import org.tongbao.check.CheckContext;
import org.tongbao.check.Finding;
import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.notice.Phrase;
import org.tongbao.notice.PhraseTemplate;
import org.tongbao.rules.Schedule;
import org.tongbao.rules.Verdict;
import org.tongbao.table.Num;

/**
 * The rules as Java had them before they moved into macros/, kept only as the benchmark's baseline
 * ({@link ScriptBenchmark}): the same judgements and templates, without the interpreter. No test or
 * product code uses it; the scripts are the rules.
 */
final class JavaRulesBaseline implements Rulebook {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NOTABLE = BigDecimal.valueOf(110);
    private static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry("表述-增速", "{指标}[{完成值}{单位}，同比]{增长}[，{较目标}][，较{上级}{全市增速}的平均增速{高低}{高出}]"
                    + "[，增速{上级}{排名}][、组内{组内排名}]"),
            Map.entry("表述-完成", "{全级}完成{各项完成}，[{分别}]完成年度目标任务的{各项完成率}[，{超序时}][，{超额}]"),
            Map.entry("表述-达标", "{指标}达到{完成值}{单位}，{超过}既定目标{超出}[，比上年{升降}{变化}]"),
            Map.entry("表述-控制", "{指标}为{完成值}{单位}，控制在{目标值}{单位}以内"),
            Map.entry("表述-提高", "{指标}达到{完成值}{单位}，比上年{升降}{变化}"),
            Map.entry("表述-数值", "{指标}{完成值}{单位}"),
            Map.entry("差距-完成", "{指标}完成{完成值}{单位}，完成年度目标的{完成率}，低于目标{相差}"),
            Map.entry("差距-序时", "{指标}完成{完成值}{单位}，完成年度目标的{完成率}，低于序时进度{相差}"),
            Map.entry("差距-达标", "{指标}为{完成值}{单位}，低于目标{相差}"),
            Map.entry("差距-增速", "{指标}{增长}，低于目标{相差}"),
            Map.entry("差距-控制", "{指标}为{完成值}{单位}，超出控制目标{相差}"),
            Map.entry("进展-已完成", "已完成{已完成}项，占总任务数的{完成占比}"),
            Map.entry("进展-全部完成", "{总数}件事项已全部完成"),
            Map.entry("进展-成效明显", "其中{成效明显}件事项成效明显"),
            Map.entry("进展-未完成", "未完成事项{未完成}项，占总任务数的{未完成占比}"),
            Map.entry("进展-序时", "按[{期间}]序时进度{序时进度}计"),
            Map.entry("进展-达序时", "达到序时进度的{达序时}项，占{达序时占比}"),
            Map.entry("进展-其中完成", "其中已完成{已完成}项"),
            Map.entry("进展-滞后", "未达序时进度的{滞后}项，占{滞后占比}"),
            Map.entry("进展-开工", "已开工{已开工}项，开工率{开工率}"));

    @Override
    public Boolean completedByFigures(TaskFigures task) {
        return task.meetsTargets();
    }

    @Override
    public List<String> notableReasons(TaskFigures task) {
        List<String> reasons = new ArrayList<>();
        for (IndicatorFigures f : task.indicators()) {
            if (f.pointsAbove() != null && f.pointsAbove().signum() > 0) {
                reasons.add("增速高于全市平均");
            }
            if (Integer.valueOf(1).equals(f.rank()) || Integer.valueOf(1).equals(f.groupRank())) {
                reasons.add("排名第一");
            }
            if (f.completion() != null && f.completion().compareTo(NOTABLE) >= 0) {
                reasons.add("完成目标的110%以上");
            }
        }
        return reasons.stream().distinct().toList();
    }

    @Override
    public Verdict scheduleVerdict(TaskFigures task, BigDecimal tableShare) {
        Verdict worst = null;
        for (IndicatorFigures f : task.indicators()) {
            Verdict v = judge(f, Schedule.share(f, tableShare));
            if (v != null && (worst == null || v.compareTo(worst) < 0)) {
                worst = v;
            }
        }
        return worst;
    }

    private static Verdict judge(IndicatorFigures f, BigDecimal share) {
        if (f.indicator().upperLimit() || (f.completion() == null && f.levelPoints() != null)) {
            return f.levelPoints() == null ? null : f.levelPoints().signum() >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        if (f.completion() != null) {
            if (f.completion().compareTo(HUNDRED) >= 0) {
                return Verdict.COMPLETED;
            }
            if (f.completion().compareTo(share.add(BigDecimal.TEN)) >= 0) {
                return Verdict.AHEAD;
            }
            return f.completion().compareTo(share) >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        Num targetGrowth = f.indicator().targetGrowth();
        if (f.growth() != null && targetGrowth != null && targetGrowth.valid()) {
            return f.growth().compareTo(targetGrowth.value()) >= 0 ? Verdict.ON_SCHEDULE : Verdict.BEHIND;
        }
        return null;
    }

    @Override
    public Phrase phrase(String key, Map<String, String> values, TaskFigures task, IndicatorFigures indicator,
                         NumberWriter writer) {
        return PhraseTemplate.fill(TEMPLATES.get(key), values);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        return List.of();
    }
}
