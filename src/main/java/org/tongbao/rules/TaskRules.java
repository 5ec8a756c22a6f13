package org.tongbao.rules;

import org.tongbao.figures.TaskFigures;

/**
 * What counts as completed and as notable when the office has not said so itself. The default
 * is {@link DefaultTaskRules}; later these rules come from Python scripts under macros/.
 */
public interface TaskRules {

    /** Completion judged from figures when the status is blank; null when the figures cannot tell. */
    Boolean completedByFigures(TaskFigures task);

    /** Whether a completed task is notable (成效明显) by rule. */
    boolean notable(TaskFigures task);

    /** Why a task is notable by rule, for messages ("增速高于全市平均"); empty when it is not. */
    String notableReason(TaskFigures task);
}
