package org.tongbao.table;

/** The sheet holds no completion table we can read; the message says what was seen instead. */
public class TableNotRecognised extends Exception {

    private final String code;
    private final String cell;

    public TableNotRecognised(String code, String cell, String message) {
        super(message);
        this.code = code;
        this.cell = cell;
    }

    public String code() {
        return code;
    }

    public String cell() {
        return cell;
    }
}
