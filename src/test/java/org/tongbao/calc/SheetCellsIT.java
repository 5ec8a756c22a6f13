package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;

import com.sun.star.beans.XPropertySet;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.XCell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.table.CellAddress;
import org.tongbao.table.CellError;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;
import org.tongbao.update.CellValue;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/** The batched sheet wrappers against a real office, on a tiny hand-made sheet. */
@ExtendWith(TestOffice.class)
class SheetCellsIT {

    private XSpreadsheetDocument document;
    private XSpreadsheet sheet;

    @BeforeEach
    void tinySheet(TestOffice office) throws Exception {
        document = Docs.newCalc(office);
        String first = SheetCells.sheetNames(document).get(0);
        document.getSheets().insertNewByName("完成情况表", (short) 0);
        document.getSheets().removeByName(first);
        sheet = SheetCells.requireSheet(document, "完成情况表");
        SheetCells.setValues(SheetCells.block(sheet, 0, 0, 3, 4), new Object[][] {
                {"序号", "目标任务", "目标值", "完成值"},
                {1.0, "地区生产总值增长", 50.0, 59.0},
                {2.0, "城镇新增就业", "1.15万户", null}});
        SheetCells.setFormulas(SheetCells.block(sheet, 3, 0, 1, 1), new String[][] {{"=1/0"}});
    }

    @AfterEach
    void close() {
        Docs.close(document);
    }

    @Test
    void readsTheUsedAreaAsAGrid() throws Exception {
        Grid grid = SheetCells.read(sheet, "完成情况表");
        assertEquals(4, grid.rowCount());
        assertEquals(4, grid.columnCount());
        assertEquals("目标任务", grid.value(0, 1));
        assertEquals(59.0, grid.value(1, 3));
        assertEquals("1.15万户", grid.value(2, 2));
        assertNull(grid.value(2, 3));
        assertEquals(new CellError("#DIV/0!"), grid.value(3, 0));
    }

    @Test
    void stylesMarkRangesAndClearPutsThemBack() throws Exception {
        CellStyles.apply(document, sheet, List.of(new RowMark(Highlight.NOTABLE, 1, 1, 0, 3),
                new RowMark(Highlight.UNFINISHED, 2, 2, 0, 3)));
        assertEquals("通报-成效明显", style(1, 0));
        assertEquals("通报-成效明显", style(1, 3));
        assertEquals("通报-未完成", style(2, 2));
        assertEquals(Highlight.NOTABLE.rgb(), UnoCast.require(XPropertySet.class, cell(1, 2))
                .getPropertyValue("CellBackColor"));
        assertEquals("Default", style(0, 0));

        assertEquals(1, CellStyles.clear(document, sheet, EnumSet.of(Highlight.UNFINISHED)));
        assertEquals("Default", style(2, 2));
        assertEquals("通报-成效明显", style(1, 1));
    }

    @Test
    void oneUndoStepRestoresValuesAndStyles() throws Exception {
        Object[][] before = UnoCast.require(XCellRangeData.class, SheetCells.block(sheet, 0, 0, 4, 6)).getDataArray();
        UnoUndo.inContext(document, "督查通报：测试", () -> {
            SheetCells.write(document, new SheetUpdate("完成情况表", new CellRange(0, 4, 2, 5), 0, 4,
                    List.of("完成率", "备注"), HeaderLook.TOOL_HEADER,
                    List.of(List.of(CellValue.text("118%"), CellValue.text("x")), List.of(CellValue.EMPTY, CellValue.text("y"))),
                    List.of(12, 12), List.of()));
            CellStyles.apply(document, sheet, List.of(new RowMark(Highlight.NOTABLE, 1, 2, 0, 5)));
            SheetCells.put(document, SheetCells.block(sheet, 1, 1, 2, 3), new Object[][] {{"改过", 1.0, 2.0}, {"x", "y", "z"}});
            return null;
        });
        assertEquals("通报-成效明显", style(2, 1));
        assertEquals(HeaderLook.TOOL_HEADER.styleName(), style(0, 4));
        var manager = UnoUndo.undoManager(document).orElseThrow();
        int steps = manager.getAllUndoActionTitles().length;
        assertEquals("督查通报：测试", manager.getCurrentUndoActionTitle());
        UnoUndo.undo(document);
        assertEquals(steps - 1, manager.getAllUndoActionTitles().length, "one step, and nothing added while undoing");
        assertArrayEquals(before, UnoCast.require(XCellRangeData.class, SheetCells.block(sheet, 0, 0, 4, 6))
                .getDataArray());
        assertEquals("", cell(2, 3).getFormula(), "a cell empty before the action is empty again");
        assertEquals("Default", style(2, 1));
        assertEquals("Default", style(1, 5));
        assertEquals("Default", style(0, 4), "the header look goes too");
    }

    @Test
    void findingsSheetLinksEveryCellAndErrorCellsGetMarked() throws Exception {
        List<Finding> findings = List.of(
                new Finding(FindingCode.NOT_A_NUMBER, "完成情况表", CellAddress.of(2, 2), "目标值不是数字"),
                new Finding(FindingCode.STATUS_MISSING, "完成情况表", CellAddress.of(2, 3), "完成值为空"),
                new Finding(FindingCode.STATUS_FROM_FIGURES, "完成情况表", null, "找到完成情况表"));
        FindingsSheet.write(document, findings);
        CellStyles.apply(document, sheet, FindingsSheet.errorMarks(findings, "完成情况表"));
        XSpreadsheet results = SheetCells.requireSheet(document, "校验结果");
        Grid grid = SheetCells.read(results, "校验结果");
        assertEquals(List.of("级别", "代码", "工作表", "单元格", "说明"),
                List.of(grid.text(0, 0), grid.text(0, 1), grid.text(0, 2), grid.text(0, 3), grid.text(0, 4)));
        assertEquals("错误", grid.text(1, 0));
        assertEquals("C3", grid.text(1, 3), "the link shows the cell address");
        assertEquals("=HYPERLINK(\"#完成情况表.C3\";\"C3\")", results.getCellByPosition(3, 1).getFormula());
        assertEquals("", grid.text(3, 3));
        assertEquals("通报-校验问题", style(2, 2));
        assertEquals("Default", style(2, 3), "only errors are marked");

        FindingsSheet.write(document, findings.subList(0, 1));
        assertEquals(2, SheetCells.read(results, "校验结果").rowCount(), "a second run rewrites the sheet whole");
    }

    private XCell cell(int row, int column) throws Exception {
        return sheet.getCellByPosition(column, row);
    }

    private String text(int row, int column) throws Exception {
        return UnoCast.require(com.sun.star.text.XText.class, cell(row, column)).getString();
    }

    private String style(int row, int column) throws Exception {
        return String.valueOf(UnoCast.require(XPropertySet.class, cell(row, column)).getPropertyValue("CellStyle"));
    }
}
