package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.util.XProtectable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.update.HeaderLook;

/**
 * An action that fails half way leaves the table's sheet as it was. The fault is one a clerk can make:
 * a sheet 部门统计 protected against editing, while LibreOffice then refuses the tool's new cell styles,
 * so 计算 has written the table's values when it fails on their header's look.
 */
@ExtendWith(TestOffice.class)
class FailedActionIT {

    @Test
    void computeFailingOnAProtectedLeagueSheetLeavesTheTableAsItWas(TestOffice office, @TempDir Path folder)
            throws Exception {
        Path sample = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx");
        try (OpenTable table = OpenTable.copyOf(office, sample, folder, "完成情况表")) {
            SheetCells.addSheet(table.document(), "部门统计");
            UnoCast.require(XProtectable.class, SheetCells.requireSheet(table.document(), "部门统计")).protect("");
            XUndoManager undo = UnoUndo.undoManager(table.document()).orElseThrow();
            String[] stepsBefore = undo.getAllUndoActionTitles();
            CellRangeAddress used = SheetCells.usedArea(table.sheet());
            Object[][] before = wide(table, used);

            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Compute");

            assertEquals(DispatchResultState.FAILURE, result.State, "the protected sheet stops 计算: " + result.Result);
            assertTrue(String.valueOf(result.Result).contains("工作表「部门统计」受保护"), "which sheet: " + result.Result);
            assertTrue(String.valueOf(result.Result).contains("已撤销"), "and that its changes were undone: " + result.Result);
            Object[][] after = wide(table, used);
            for (int r = 0; r < before.length; r++) {
                assertEquals(Arrays.asList(before[r]), Arrays.asList(after[r]), "row " + (r + 1) + " as it was");
            }
            assertArrayEquals(stepsBefore, undo.getAllUndoActionTitles(), "no undo step left of the failed command");
            assertEquals(0, undo.getAllRedoActionTitles().length, "and nothing to redo into a half-done state");

            UnoCast.require(XProtectable.class, SheetCells.requireSheet(table.document(), "部门统计")).unprotect("");
            assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, table.document(), "Compute").State,
                    "unprotected, 计算 runs");
            for (HeaderLook look : HeaderLook.values()) {
                Object style = UnoCast.require(XNameAccess.class, UnoCast.require(XStyleFamiliesSupplier.class,
                        table.document()).getStyleFamilies().getByName("CellStyles")).getByName(look.styleName());
                assertEquals(look.rgb(), UnoCast.require(XPropertySet.class, style).getPropertyValue("CellBackColor"),
                        "the style the failed run could not colour is made anew: " + look.styleName());
            }
        }
    }

    @Test
    void highlightOnAProtectedTableSheetIsRefusedNamingTheSheet(TestOffice office, @TempDir Path folder)
            throws Exception {
        Path sample = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx");
        try (OpenTable table = OpenTable.copyOf(office, sample, folder, "完成情况表")) {
            UnoCast.require(XProtectable.class, table.sheet()).protect("");
            XUndoManager undo = UnoUndo.undoManager(table.document()).orElseThrow();
            String[] stepsBefore = undo.getAllUndoActionTitles();

            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Highlight");

            assertEquals(DispatchResultState.FAILURE, result.State, String.valueOf(result.Result));
            assertTrue(String.valueOf(result.Result).contains("工作表「完成情况表」受保护，无法写入"), String.valueOf(result.Result));
            assertArrayEquals(stepsBefore, undo.getAllUndoActionTitles(), "refused before any change: no undo step");
        }
    }

    /** The table's sheet over the area {@code used} and as many columns again to its right, where 计算 writes. */
    private static Object[][] wide(OpenTable table, CellRangeAddress used) throws Exception {
        return UnoCast.require(XCellRangeData.class, SheetCells.block(table.sheet(), 0, 0, used.EndRow + 1,
                2 * (used.EndColumn + 1))).getDataArray();
    }
}
