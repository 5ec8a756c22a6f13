package org.tongbao;

import org.tongbao.check.TableCheck;
import org.tongbao.notice.Wording;
import org.tongbao.rules.TaskRules;

/**
 * An office's rules, wording and extra checks, as its rule scripts make them: the shipped defaults
 * (macros/) with the office's own over them, function by function. The engine asks it; it knows
 * nothing of how the scripts run.
 */
public interface Rulebook extends TaskRules, Wording, TableCheck {
}
