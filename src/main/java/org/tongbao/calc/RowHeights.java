package org.tongbao.calc;

import com.sun.star.beans.XPropertySet;
import com.sun.star.uno.Exception;

/**
 * Keeps Calc from re-measuring row heights while the tool writes into the table's sheet. After
 * every write or style change Calc recomputes the optimal height of each row touched, measuring
 * the text of every cell in it, also of the columns the tool did not touch: at 10,000 tasks with
 * wrapped Chinese text that is over 1 s per call, against 0.07 s for the write itself (measured
 * by the Calc benchmark's Phases, {@code CalcBenchmark}). The tool's own cells (numbers, short
 * words, a background) never make a row taller than the office's text beside them, so the heights
 * stay right. The document property {@code IsAdjustHeightEnabled} is a counter in Calc, so nested
 * use is safe.
 */
final class RowHeights {

    private static final String ADJUST = "IsAdjustHeightEnabled";

    private RowHeights() {
    }

    static <T> T keptWhile(Object document, UnoUndo.UnoBody<T> body) throws Exception {
        XPropertySet properties = UnoCast.require(XPropertySet.class, document);
        properties.setPropertyValue(ADJUST, false);
        try {
            return body.run();
        } finally {
            properties.setPropertyValue(ADJUST, true);
        }
    }
}
