package org.tongbao.check;

import static org.tongbao.check.Severity.ERROR;
import static org.tongbao.check.Severity.INFO;
import static org.tongbao.check.Severity.WARNING;

/**
 * Every kind of finding, with how bad it is. One problem, one code; the README's table of checks
 * lists exactly these (a test holds the two together).
 */
public enum FindingCode {
    TABLE_NOT_FOUND(ERROR),
    MISSING_COLUMN(ERROR),
    NO_TASKS(ERROR),
    MISSING_LEAD(ERROR),
    SERIAL_DUPLICATE(ERROR),
    SERIAL_BROKEN(WARNING),
    UNKNOWN_STATUS(ERROR),
    NOT_A_NUMBER(ERROR),
    FORMULA_ERROR(ERROR),
    PERCENT_OUT_OF_RANGE(WARNING),
    RANK_INVALID(ERROR),
    COMPLETED_BELOW_TARGET(WARNING),
    UNFINISHED_ABOVE_TARGET(WARNING),
    NOTABLE_NOT_COMPLETED(ERROR),
    UNKNOWN_NOTABLE_MARK(WARNING),
    LEAD_VARIANT(WARNING),
    /** A 牵头单位 or 配合单位 that the workbook's 部门名录 does not list. */
    DEPARTMENT_UNKNOWN(WARNING),
    NARRATIVE_MISMATCH(WARNING),
    /** What a check of the office's own rule scripts (a check_ function) found. */
    SCRIPT_CHECK(WARNING),
    /** A row's own 通报表述 cannot be filled: the notice uses the default phrase. */
    TEMPLATE_PROBLEM(WARNING),
    /** A phrase of the 通报设置 sheet cannot be filled: the notice uses its default. */
    NOTICE_TEMPLATE(WARNING),
    /** The notice had to assume what the 通报设置 sheet does not say (year, issuing office, date). */
    SETTING_MISSING(WARNING),
    STATUS_MISSING(WARNING),
    /** A periodic table's status word says on schedule where the figures say behind, or the other way. */
    STATUS_CONTRADICTS_FIGURES(WARNING),
    STATUS_FROM_FIGURES(INFO),
    NOTABLE_RULE_DIFFERS(INFO),
    /** compare: a task of this table that the previous one does not hold, by 序号 and text or by text alone. */
    TASK_ADDED(INFO),
    /** compare: a task of the previous table that this one no longer holds; named at the previous table's cell. */
    TASK_REMOVED(WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
