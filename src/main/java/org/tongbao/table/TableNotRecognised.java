package org.tongbao.table;

/**
 * The sheet holds no completion table we can read; the message says what was seen instead.
 * {@code missingColumns} tells a header without 目标任务/牵头单位 from no header at all.
 */
public class TableNotRecognised extends Exception {

    private final boolean missingColumns;
    private final CellAddress cell;

    public TableNotRecognised(boolean missingColumns, CellAddress cell, String message) {
        super(message);
        this.missingColumns = missingColumns;
        this.cell = cell;
    }

    /** True when a header was found but lacks a required column. */
    public boolean missingColumns() {
        return missingColumns;
    }

    /** Where the problem is; null for the whole sheet. */
    public CellAddress cell() {
        return cell;
    }
}
