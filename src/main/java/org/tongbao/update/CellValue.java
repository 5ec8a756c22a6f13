package org.tongbao.update;

import java.math.BigDecimal;

/**
 * One value the tool writes into a cell: a text, a number (already rounded: its scale is the
 * decimals the figure is given with), or nothing, which leaves the cell empty.
 */
public sealed interface CellValue {

    CellValue EMPTY = new Empty();

    record Text(String text) implements CellValue {
        public Text {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("an empty text is CellValue.EMPTY");
            }
        }
    }

    record Number(BigDecimal value) implements CellValue {
        public Number {
            if (value == null) {
                throw new IllegalArgumentException("a missing number is CellValue.EMPTY");
            }
        }
    }

    record Empty() implements CellValue {
    }

    static CellValue text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Text(text);
    }

    static CellValue number(BigDecimal value) {
        return value == null ? EMPTY : new Number(value);
    }

    /** The value as a cell API takes it: a String, a Double, or null for empty. */
    default Object plain() {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Number n) {
            return n.value().doubleValue();
        }
        return null;
    }
}
