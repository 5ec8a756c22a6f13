package org.tongbao.rules;

import java.math.BigDecimal;
import java.util.List;

import org.tongbao.figures.TaskFigures;

/**
 * The judgements an office may word its own way, asked only where its table says nothing itself
 * (no status word, no 成效明显 mark). They are made by the rule scripts (macros/rules.py and the
 * office's own); a rule that fails or overruns its time throws {@link RulesFailed}.
 */
public interface TaskRules {

    /** Completion judged from figures when the status is blank; null when the figures cannot tell. */
    Boolean completedByFigures(TaskFigures task);

    /** Why a completed task is notable (成效明显) by rule ("增速高于全市平均"); empty when it is not. */
    List<String> notableReasons(TaskFigures task);

    /**
     * A periodic table's task judged by its figures against 序时进度 ({@code tableShare}, unless a row
     * gives its own): {@link Verdict#COMPLETED}, {@link Verdict#AHEAD}, {@link Verdict#ON_SCHEDULE} or
     * {@link Verdict#BEHIND}; null when no indicator can be judged.
     */
    Verdict scheduleVerdict(TaskFigures task, BigDecimal tableShare);
}
