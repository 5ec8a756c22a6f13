package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntPredicate;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XSpreadsheetDocument;

import org.tongbao.table.CellAddress;
import org.tongbao.update.SheetUpdate;

/**
 * What every Compute test checks, whatever the table: the engine's values in the tool's columns,
 * the office's own cells as they were, a second run changing nothing, one undo step a run.
 */
final class ComputeChecks {

    /** The sheet's values from A1 over {@code rows} × {@code columns}. */
    interface Cells {
        Object[][] read(int rows, int columns) throws Exception;
    }

    private ComputeChecks() {
    }

    /** Compares the computed block on the rows {@code checked} accepts, and always on the last. */
    static void computeWritesTheEnginesValuesAsOneUndoStep(TestOffice office, XSpreadsheetDocument document,
                                                            SheetUpdate expected, Cells cells, IntPredicate checked)
            throws Exception {
        int rows = expected.top() + expected.height();
        int columns = expected.left() + expected.width();
        Object[][] before = cells.read(rows, columns);

        DispatchResultEvent result = Docs.dispatch(office, document, "Compute");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        Object[][] after = cells.read(rows, columns);
        int last = expected.height() - 1;
        for (int r = 0; r <= last; r++) {
            if (!checked.test(r) && r != last) {
                continue;
            }
            for (int c = 0; c < expected.width(); c++) {
                Object want = expected.value(r, c).plain();
                assertEquals(want == null ? "" : want, after[expected.top() + r][expected.left() + c],
                        "cell " + CellAddress.of(expected.top() + r, expected.left() + c).a1());
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < expected.left(); c++) {
                assertEquals(before[r][c], after[r][c], "the office's own cells stay as they were");
            }
        }

        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Compute").State);
        assertArrayEquals(after, cells.read(rows, columns), "a second run refreshes to the same values");

        UnoUndo.undo(document);
        assertArrayEquals(after, cells.read(rows, columns), "undo takes back the second run only");
        UnoUndo.undo(document);
        assertArrayEquals(before, cells.read(rows, columns), "one undo step takes back the first run");
    }
}
