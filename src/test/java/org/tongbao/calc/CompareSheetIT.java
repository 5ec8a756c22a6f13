package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XSpreadsheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Engine;
import org.tongbao.office.OfficeProcess;
import org.tongbao.table.Grid;

/**
 * 督查通报 ▸ 对比上期 in Calc, on the 1-6月 table of the compare pair with its 1-3月 table given as
 * the dispatch argument PreviousFile: the sheet 对比上期 lists each task that moved, a second run
 * rewrites it whole, and one undo takes that run back.
 */
@ExtendWith(TestOffice.class)
class CompareSheetIT {

    private static final Path PAIR = Path.of("src/test/resources/corpus/compare");
    private static final List<List<String>> ROWS = List.of(
            List.of("类别", "序号", "目标任务", "牵头单位", "上期", "本期"),
            List.of("新完成", "2", "新增城镇就业4000人", "县人力社保局", "序时推进", "已完成"),
            List.of("新完成", "5", "新建5G基站200个", "县经济信息委", "滞后", "已完成"),
            List.of("新滞后", "3", "实现社会消费品零售总额200亿元", "县商务委", "序时推进", "滞后"),
            List.of("不再滞后", "4", "新建农村公路 150公里", "县交通局", "滞后", "序时推进"),
            List.of("持续滞后", "6", "实际利用外资6000万美元。", "县商务委", "滞后", "滞后"),
            List.of("新增", "7", "新增市场主体5000户", "县市场监管局", "", "序时推进"),
            List.of("删除", "5", "完成营造林3万亩", "县林业局", "已完成", ""));

    @Test
    void theSheetListsWhatMovedSinceThePreviousTable(TestOffice office, @TempDir Path folder) throws Exception {
        Path previous = Files.copy(PAIR.resolve("xian-pengshui-2024-q1.xlsx"), folder.resolve("上期.xlsx"));
        PropertyValue[] arguments = {PropertyValues.of(CompareAction.PREVIOUS_FILE, OfficeProcess.fileUrl(previous))};
        try (OpenTable table = OpenTable.copyOf(office, PAIR.resolve("xian-pengshui-2024-h1.xlsx"), folder, "上半年")) {
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Compare", arguments);
            assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
            assertEquals("已写入工作表「对比上期」：新完成2项，新滞后1项，不再滞后1项，持续滞后1项；新增1项，删除1项。\n"
                    + "Wrote the sheet 对比上期: 2 newly completed, 1 newly behind, 1 no longer behind, 1 still behind, "
                    + "1 added, 1 removed.", result.Result);
            assertEquals(ROWS, rows(table));
            assertTrue(table.assessment().recognised(), "the table is still found beside the sheet 对比上期");
            assertEquals("上半年", table.assessment().sheetName());

            // undoing a sheet insertion crashes a hidden document in LibreOffice 7.4 (see Docs): the second run's undo only
            XSpreadsheet sheet = SheetCells.requireSheet(table.document(), Engine.COMPARISON_SHEET);
            SheetCells.setValues(SheetCells.block(sheet, 11, 0, 1, 1), new Object[][] {{"上次留下的行"}});
            DispatchResultEvent again = Docs.dispatch(office, table.document(), "Compare", arguments);
            assertEquals(DispatchResultState.SUCCESS, again.State, String.valueOf(again.Result));
            assertEquals(ROWS, rows(table), "rewritten whole: what an earlier run left below is gone");
            Docs.undo(office, table.document());
            List<List<String>> undone = rows(table);
            assertEquals(12, undone.size(), "one undo step gives the earlier sheet back: " + undone);
            assertEquals("上次留下的行", undone.get(11).get(0));
            assertEquals(ROWS, undone.subList(0, ROWS.size()));
        }
    }

    @Test
    void aPreviousWorkbookWithoutATableIsRefusedAndNothingIsWritten(TestOffice office, @TempDir Path folder)
            throws Exception {
        Path empty = folder.resolve("空白.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("这里没有表格");
            workbook.write(out);
        }
        PropertyValue[] arguments = {PropertyValues.of(CompareAction.PREVIOUS_FILE, OfficeProcess.fileUrl(empty))};
        try (OpenTable table = OpenTable.copyOf(office, PAIR.resolve("xian-pengshui-2024-h1.xlsx"), folder, "上半年")) {
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Compare", arguments);
            assertEquals(DispatchResultState.FAILURE, result.State, String.valueOf(result.Result));
            assertTrue(String.valueOf(result.Result).contains("上期的工作簿中没有找到目标任务完成情况表"),
                    String.valueOf(result.Result));
            assertTrue(SheetCells.sheet(table.document(), Engine.COMPARISON_SHEET).isEmpty());
        }
    }

    private static List<List<String>> rows(OpenTable table) throws Exception {
        Grid grid = SheetCells.read(SheetCells.requireSheet(table.document(), Engine.COMPARISON_SHEET),
                Engine.COMPARISON_SHEET);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                row.add(grid.text(r, c));
            }
            rows.add(row);
        }
        return rows;
    }
}
