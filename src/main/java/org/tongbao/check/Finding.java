package org.tongbao.check;

/**
 * One thing the checks found: where (sheet and A1 cell; the cell may be empty for a finding
 * about the whole table), how bad, a stable code for tools and tests, and a message in Chinese.
 */
public record Finding(Severity severity, String code, String sheet, String cell, String message) {

    public Finding {
        cell = cell == null ? "" : cell;
    }

    /** 工作表「完成情况表」C12：… — how a finding is printed for people. */
    public String describe() {
        String where = cell.isEmpty() ? "工作表「" + sheet + "」" : "工作表「" + sheet + "」" + cell;
        return "[" + severity.chinese() + "] " + where + "：" + message + "（" + code + "）";
    }
}
