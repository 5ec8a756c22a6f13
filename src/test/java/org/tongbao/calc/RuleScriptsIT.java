package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManager;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.text.XTextDocument;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 规则脚本… in a real office: the folder kept in the profile is what every action then uses; a script
 * with a syntax error, one that raises and one that never returns each stop the action with the message
 * naming file, line and function, and leave the sheet as it was; after the loop Calc goes on working.
 */
@ExtendWith(TestOffice.class)
class RuleScriptsIT {

    private static final Path FENGDU = Path.of("src/test/resources/corpus/xian-fengdu-2023.xlsx");

    private TestOffice used;

    /** The office is shared with the other tests: they run on the shipped scripts. */
    @AfterEach
    void backToTheShippedScripts() throws Exception {
        if (used != null) {
            Object blank = Docs.newCalc(used);
            try {
                assertEquals(DispatchResultState.SUCCESS, choose(used, blank, "").State);
            } finally {
                Docs.close(blank);
            }
        }
    }

    private static DispatchResultEvent choose(TestOffice office, Object document, String folder) throws Exception {
        return Docs.dispatch(office, document, "RuleScripts",
                new PropertyValue[] {PropertyValues.of(RuleScriptsAction.FOLDER, folder)});
    }

    private static DispatchResultEvent choose(TestOffice office, OpenTable table, String folder) throws Exception {
        return choose(office, table.document(), folder);
    }

    private OpenTable open(TestOffice office, Path folder) throws Exception {
        used = office;
        return OpenTable.copyOf(office, FENGDU, folder, "完成情况表");
    }

    private static Path scripts(Path folder, String file, String source) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("scripts-" + System.nanoTime()));
        Files.writeString(dir.resolve(file), source, StandardCharsets.UTF_8);
        return dir;
    }

    /** 计算 and 生成通报 both refuse with {@code message}; the sheet, its undo steps and the open documents stay. */
    private static void refused(TestOffice office, OpenTable table, String message) throws Exception {
        XUndoManager undo = UnoUndo.undoManager(table.document()).orElseThrow();
        String[] steps = undo.getAllUndoActionTitles();
        CellRangeAddress area = SheetCells.usedArea(table.sheet());
        Object[][] before = wide(table, area);
        for (String command : new String[] {"Compute", "Highlight", "Notice"}) {
            DispatchResultEvent result = Docs.dispatch(office, table.document(), command);
            assertEquals(DispatchResultState.FAILURE, result.State, command + ": " + result.Result);
            assertTrue(String.valueOf(result.Result).contains(message), command + ": " + result.Result);
            assertFalse(result.Result instanceof XTextDocument, "no notice document was made");
        }
        Object[][] after = wide(table, area);
        for (int r = 0; r < before.length; r++) {
            assertEquals(Arrays.asList(before[r]), Arrays.asList(after[r]), "row " + (r + 1) + " as it was");
        }
        assertArrayEquals(steps, undo.getAllUndoActionTitles(), "no undo step left");
    }

    private static Object[][] wide(OpenTable table, CellRangeAddress used) throws Exception {
        return UnoCast.require(XCellRangeData.class, SheetCells.block(table.sheet(), 0, 0, used.EndRow + 1,
                2 * (used.EndColumn + 1))).getDataArray();
    }

    @Test
    void aSyntaxErrorIsSaidWhenTheFolderIsChosenAndStopsEveryAction(TestOffice office, @TempDir Path folder)
            throws Exception {
        try (OpenTable table = open(office, folder)) {
            Path dir = scripts(folder, "wording.py", "def growth_gap(v, ind)\n    return \"\"\n");
            DispatchResultEvent chosen = choose(office, table, dir.toString());
            assertEquals(DispatchResultState.FAILURE, chosen.State, String.valueOf(chosen.Result));
            assertTrue(String.valueOf(chosen.Result).contains("规则脚本有语法错误：wording.py 第1行（函数 growth_gap）"),
                    String.valueOf(chosen.Result));
            refused(office, table, "规则脚本有语法错误：wording.py 第1行（函数 growth_gap）");
        }
    }

    @Test
    void aRuntimeErrorStopsTheActionAndLeavesTheSheet(TestOffice office, @TempDir Path folder) throws Exception {
        try (OpenTable table = open(office, folder)) {
            Path dir = scripts(folder, "rules.py", "def notable(task):\n    return 1 / 0\n");
            assertEquals(DispatchResultState.SUCCESS, choose(office, table, dir.toString()).State);
            refused(office, table, "规则脚本出错：rules.py 第2行，函数 notable：ZeroDivisionError");
        }
    }

    @Test
    void anEndlessLoopIsStoppedAndCalcGoesOn(TestOffice office, @TempDir Path folder) throws Exception {
        try (OpenTable table = open(office, folder)) {
            Path dir = scripts(folder, "rules.py", "def notable(task):\n    while True:\n        pass\n");
            assertEquals(DispatchResultState.SUCCESS, choose(office, table, dir.toString()).State);
            XUndoManager undo = UnoUndo.undoManager(table.document()).orElseThrow();
            String[] steps = undo.getAllUndoActionTitles();
            long start = System.nanoTime();
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Compute");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(DispatchResultState.FAILURE, result.State, String.valueOf(result.Result));
            assertTrue(String.valueOf(result.Result).contains("函数 notable 在5秒内没有返回，已停止"), String.valueOf(result.Result));
            assertTrue(seconds < 30, seconds + " s");
            assertArrayEquals(steps, undo.getAllUndoActionTitles());

            assertEquals(DispatchResultState.SUCCESS, choose(office, table, "").State);
            DispatchResultEvent again = Docs.dispatch(office, table.document(), "Compute");
            assertEquals(DispatchResultState.SUCCESS, again.State, "Calc works on after the loop: " + again.Result);
        }
    }

    @Test
    void theChosenFoldersCheckWritesItsChineseFindingIntoTheFindingsSheet(TestOffice office, @TempDir Path folder)
            throws Exception {
        try (OpenTable table = open(office, folder)) {
            Path dir = scripts(folder, "checks.py", """
                    def check_echo(table):
                        t = table["任务"][0]
                        return [finding(t, "牵头单位", "检查：" + t["牵头单位"] + "“引号”𠀀")]
                    """);
            DispatchResultEvent chosen = choose(office, table, dir.toString());
            assertEquals(DispatchResultState.SUCCESS, chosen.State, String.valueOf(chosen.Result));
            assertTrue(String.valueOf(chosen.Result).contains("macros/rules.py、macros/wording.py、macros/checks.py、checks.py"),
                    String.valueOf(chosen.Result));
            Docs.dispatch(office, table.document(), "Validate");
            String findings = Arrays.deepToString(UnoCast.require(XCellRangeData.class, SheetCells.block(
                    SheetCells.requireSheet(table.document(), CalcSession.FINDINGS_SHEET), 0, 0, 40, 6)).getDataArray());
            assertTrue(findings.contains("检查：县发展改革委“引号”𠀀"), findings);
        }
    }

    @Test
    void theChosenFoldersWordingReachesTheNoticeInWriter(TestOffice office, @TempDir Path folder) throws Exception {
        used = office;
        try (OpenTable table = OpenTable.copyOf(office, Path.of("src/test/resources/corpus/qu-yubei-2023.xlsx"), folder,
                "目标任务")) {
            assertEquals(DispatchResultState.SUCCESS,
                    choose(office, table, Path.of("macros/examples/drop-for-negative").toAbsolutePath().toString()).State);
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Notice");
            assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
            String text = Docs.noticeBody(table.keep(UnoCast.require(XTextDocument.class, result.Result))).text();
            assertTrue(text.contains("固定资产投资下降3.2%，低于目标9.2个百分点"), text);
            assertFalse(text.contains("增长－"), text);
        }
    }
}
