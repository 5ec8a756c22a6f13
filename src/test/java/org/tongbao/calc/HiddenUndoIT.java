package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.text.XTextDocument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit ▸ Undo dispatched (.uno:Undo) to a hidden document, the sequence the issue found to kill the
 * office: LibreOffice 7.4 dies at the next change of any cell after it, with no extension installed at
 * all. With the extension, {@link HiddenUndoGuard} routes it through the undo manager: the office lives
 * and the undo is done. Each case in an office of its own, so a crash is seen here.
 */
class HiddenUndoIT {

    private static final Path SAMPLE = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"),
            "yunyang-2022.xlsx");

    @Test
    void computeThenUndoThenNoticeLeavesTheOfficeAliveAndTheSheetAsItWas(@TempDir Path folder) throws Exception {
        TestOffice office = TestOffice.standalone(TestOffice.oxt());
        try (OpenTable table = OpenTable.copyOf(office, SAMPLE, folder, "完成情况表")) {
            CellRangeAddress used = SheetCells.usedArea(table.sheet());
            Object[][] before = wide(table, used);
            assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, table.document(), "Compute").State);
            Docs.undo(office, table.document());
            assertArrayEquals(before, wide(table, used), "the undo was done: the computed columns are gone");
            var notice = Docs.dispatch(office, table.document(), "Notice");
            assertEquals(DispatchResultState.SUCCESS, notice.State, String.valueOf(notice.Result));
            table.keep(UnoCast.require(XTextDocument.class, notice.Result));
            Docs.redo(office, table.document());
            assertTrue(!java.util.Arrays.deepEquals(before, wide(table, used)), "and the redo: they are back");
            Thread.sleep(1000); // the office died within a second of the next change
            assertTrue(office.process().isAlive(), office.process().log().orElse(""));
        } finally {
            office.close();
        }
    }

    @Test
    void anUndoWithNothingToUndoThenAnyChangeLeavesTheOfficeAlive(@TempDir Path folder) throws Exception {
        TestOffice office = TestOffice.standalone(TestOffice.oxt());
        try (OpenTable table = OpenTable.copyOf(office, SAMPLE, folder, "完成情况表")) {
            Docs.undo(office, table.document());
            Docs.redo(office, table.document());
            UnoCast.require(XPropertySet.class, table.sheet().getCellRangeByName("A5:F9"))
                    .setPropertyValue("CellBackColor", 0xFF0000);
            table.sheet().getCellByPosition(30, 5).setFormula("记一笔");
            Thread.sleep(1000);
            assertTrue(office.process().isAlive(), office.process().log().orElse(""));
            assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, table.document(), "Highlight").State);
            assertTrue(office.process().isAlive(), office.process().log().orElse(""));
        } finally {
            office.close();
        }
    }

    private static Object[][] wide(OpenTable table, CellRangeAddress used) throws Exception {
        return UnoCast.require(XCellRangeData.class, SheetCells.block(table.sheet(), 0, 0, used.EndRow + 1,
                2 * (used.EndColumn + 1))).getDataArray();
    }
}
