package org.tongbao.check;

import org.tongbao.table.CellAddress;

/**
 * One thing the checks found: what (a {@link FindingCode}, which also says how bad), where (sheet
 * and cell; the cell is null for a finding about the whole sheet), and a message in Chinese.
 */
public record Finding(FindingCode code, String sheet, CellAddress cell, String message) {

    public Severity severity() {
        return code.severity();
    }

    /** The cell as staff name it (C12), or "" for the whole sheet. */
    public String a1() {
        return cell == null ? "" : cell.a1();
    }

    /** [错误] 工作表「完成情况表」C12：…（CODE） — how a finding is printed for people. */
    public String describe() {
        return "[" + severity().chinese() + "] 工作表「" + sheet + "」" + a1() + "：" + message + "（" + code + "）";
    }
}
