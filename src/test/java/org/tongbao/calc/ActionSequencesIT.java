package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import com.sun.star.document.XUndoManager;
import com.sun.star.sheet.XCellRangeData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.table.CompletionTable;

/**
 * Random sequences (fixed seeds) of the toolbar and menu commands, Edit ▸ Undo and Redo (dispatched,
 * .uno:Undo and .uno:Redo, as staff and macros do) on hidden documents, the way the office engine and
 * macros drive them: after every step the office lives and every cell the office typed is as it was;
 * after each Undo the table's sheet is as it was before the undone command. (Without
 * {@link HiddenUndoGuard}, LibreOffice 7.4 dies at the next change after such an Undo.) Each table
 * gets an office of its own, so that a crash is seen here and not in the next test.
 */
class ActionSequencesIT {

    private static final List<String> COMMANDS = List.of("Validate", "Compute", "Highlight", "ClearHighlights",
            "Notice", "Settings", "Undo", "Undo", "Redo");
    private static final int STEPS = 110;
    private static final int VISIBLE_STEPS = 60;

    @Test
    void theSample(@TempDir Path folder) throws Exception {
        run(Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx"), "完成情况表",
                20261202L, folder);
    }

    @Test
    void aPeriodicTable(@TempDir Path folder) throws Exception {
        run(Path.of("src/test/resources/corpus/xian-fengjie-2024-h1.xlsx"), "上半年", 20261203L, folder);
    }

    /** The sample in a Calc window on an X display of its own (Xvfb), as staff have it. */
    @Test
    void theSampleInAWindow(@TempDir Path folder) throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start()) {
            TestOffice office = TestOffice.onDisplay(display.name());
            OpenTable table = OpenTable.visibleCopyOf(office, Path.of(System.getProperty("tongbao.sampleDir",
                    "sample-workbooks"), "yunyang-2022.xlsx"), folder, "完成情况表");
            assertTrue(UnoCast.require(com.sun.star.awt.XWindow2.class, Docs.frame(table.document()).getContainerWindow())
                    .isVisible(), "a window staff would see, where Undo and Redo are LibreOffice's own");
            run(office, table, 20261204L, VISIBLE_STEPS);
        }
    }

    private static void run(Path workbook, String sheet, long seed, Path folder) throws Exception {
        TestOffice office = TestOffice.standalone(TestOffice.oxt());
        run(office, OpenTable.copyOf(office, workbook, folder, sheet), seed, STEPS);
    }

    private static void run(TestOffice office, OpenTable opened, long seed, int stepCount) throws Exception {
        try (OpenTable table = opened) {
            CompletionTable recognised = table.assessment().table();
            int rows = recognised.lastRow() + 1;
            int columns = recognised.toolCount() > 0 ? recognised.toolLeft() : recognised.grid().columnCount();
            Object[][] typed = table.cells(rows, columns);
            Deque<Object[][]> before = new ArrayDeque<>();
            Deque<Object[][]> undone = new ArrayDeque<>();
            Random random = new Random(seed);
            List<String> done = new ArrayList<>();
            for (int step = 0; step < stepCount; step++) {
                String command = COMMANDS.get(random.nextInt(COMMANDS.size()));
                done.add(command);
                try {
                    step(office, table, command, done, before, undone);
                } catch (com.sun.star.lang.DisposedException e) {
                    throw new AssertionError("the office died after " + done + "\n" + office.process().log().orElse(""), e);
                }
                assertTrue(office.process().isAlive(), "the office lives after " + done);
                assertArrayEquals(typed, table.cells(rows, columns), "the office's own cells after " + done);
            }
        } finally {
            office.close();
        }
    }

    private static void step(TestOffice office, OpenTable table, String command, List<String> done,
                             Deque<Object[][]> before, Deque<Object[][]> undone) throws Exception {
        {
            {
                Object[][] sheetNow = wholeSheet(table);
                XUndoManager undo = UnoUndo.undoManager(table.document()).orElseThrow();
                int steps = undo.getAllUndoActionTitles().length;
                switch (command) {
                    case "Undo" -> {
                        boolean possible = undo.isUndoPossible();
                        Docs.undo(office, table.document());
                        if (possible) {
                            undone.push(sheetNow);
                            assertArrayEquals(before.pop(), wholeSheet(table), "undo after " + done);
                        }
                    }
                    case "Redo" -> {
                        boolean possible = undo.isRedoPossible();
                        Docs.redo(office, table.document());
                        if (possible) {
                            before.push(sheetNow);
                            assertArrayEquals(undone.pop(), wholeSheet(table), "redo after " + done);
                        }
                    }
                    default -> {
                        Docs.dispatch(office, table.document(), command);
                        if (undo.getAllUndoActionTitles().length > steps) { // the command made an undo step
                            before.push(sheetNow);
                            undone.clear();
                        }
                    }
                }
            }
        }
    }

    /** The table sheet's values over a fixed area wide enough for the tool's columns. */
    private static Object[][] wholeSheet(OpenTable table) throws Exception {
        var used = SheetCells.usedArea(table.sheet());
        return UnoCast.require(XCellRangeData.class, SheetCells.block(table.sheet(), 0, 0, used.EndRow + 1,
                used.EndColumn + 1)).getDataArray();
    }
}
