package org.tongbao.table;

import java.math.BigDecimal;

/**
 * A number read from a cell as staff typed it: its decimal value, whether it carried a % sign,
 * the unit that followed it ("亿元" in "557.7亿元"), its cell, the raw text (null for a number
 * cell: its text is its value's), and whether it was typed as an upper limit ("控制在5.5%以内").
 * A cell that holds something other than a number is kept as an invalid Num so the checks can
 * name it.
 */
public record Num(BigDecimal value, boolean percent, String unit, CellAddress cell, String raw, boolean upperLimit) {

    /** The cell's text as staff see it. */
    @Override
    public String raw() {
        return raw != null ? raw : value.toPlainString();
    }

    public static Num invalid(String raw, CellAddress cell) {
        return new Num(null, false, "", cell, raw, false);
    }

    public boolean valid() {
        return value != null;
    }
}
