package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XModel;
import com.sun.star.sheet.ValidationAlertStyle;
import com.sun.star.sheet.ValidationType;
import com.sun.star.sheet.XPrintAreas;
import com.sun.star.sheet.XSheetCondition;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XViewFreezable;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.CellRangeAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.FindingCode;
import org.tongbao.table.Grid;

/** 督查通报 ▸ 新建完成情况表 on the sample: next year's table in a new Calc document, the sample unchanged. */
@ExtendWith(TestOffice.class)
class NewTableIT {

    @Test
    void theSampleGivesNextYearsTableWithItsDropDownsFrozenHeaderAndPrintSetup(TestOffice office, @TempDir Path folder)
            throws Exception {
        Path sample = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx");
        try (OpenTable table = OpenTable.copyOf(office, sample, folder, "完成情况表")) {
            List<String> sheetsBefore = SheetCells.sheetNames(table.document());
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "NewTable");
            assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
            XSpreadsheetDocument made = table.keep(UnoCast.require(XSpreadsheetDocument.class, result.Result));
            assertEquals(sheetsBefore, SheetCells.sheetNames(table.document()), "the open workbook is not changed");
            assertTrue(Docs.isNew(made), "an untitled document");

            assertEquals(List.of("完成情况表", "通报设置", "部门名录"), SheetCells.sheetNames(made));
            XSpreadsheet sheet = SheetCells.requireSheet(made, "完成情况表");
            Grid grid = SheetCells.read(sheet, "完成情况表");
            assertEquals("2023年政府工作报告目标任务完成情况表", grid.text(1, 0));
            assertEquals(List.of("序号", "目标任务", "牵头单位", "配合单位", "指标", "单位", "目标值", "完成值", "同比增长(%)",
                    "完成情况", "是否成效明显", "完成情况说明"), row(grid, 2, 12));
            assertEquals("一、主要经济指标", grid.text(3, 0));
            assertEquals("地区生产总值", grid.text(4, 1));

            XPropertySet status = validation(sheet, 9, 4);
            assertEquals(ValidationType.LIST, status.getPropertyValue("Type"));
            assertEquals("\"已完成\";\"未完成\"", UnoCast.require(XSheetCondition.class, status).getFormula1());
            assertEquals(ValidationAlertStyle.STOP, status.getPropertyValue("ErrorAlertStyle"));
            assertEquals("\"是\";\"否\"", UnoCast.require(XSheetCondition.class, validation(sheet, 10, 100)).getFormula1());
            XPropertySet lead = validation(sheet, 2, 4);
            assertEquals(ValidationType.LIST, lead.getPropertyValue("Type"));
            assertTrue(UnoCast.require(XSheetCondition.class, lead).getFormula1().contains("部门名录"),
                    UnoCast.require(XSheetCondition.class, lead).getFormula1());
            assertEquals(ValidationAlertStyle.WARNING, lead.getPropertyValue("ErrorAlertStyle"));
            assertEquals(ValidationType.ANY, validation(sheet, 1, 4).getPropertyValue("Type"), "目标任务 is free text");

            XViewFreezable view = UnoCast.require(XViewFreezable.class,
                    UnoCast.require(XModel.class, made).getCurrentController());
            assertTrue(view.hasFrozenPanes());
            XPrintAreas print = UnoCast.require(XPrintAreas.class, sheet);
            assertTrue(print.getPrintTitleRows());
            CellRangeAddress titles = print.getTitleRows();
            assertEquals(2, titles.StartRow);
            assertEquals(2, titles.EndRow);
            String style = (String) UnoCast.require(XPropertySet.class, sheet).getPropertyValue("PageStyle");
            XPropertySet page = UnoCast.require(XPropertySet.class, UnoCast.require(XNameAccess.class,
                    UnoCast.require(XStyleFamiliesSupplier.class, made).getStyleFamilies().getByName("PageStyles"))
                    .getByName(style));
            assertEquals(Boolean.TRUE, page.getPropertyValue("IsLandscape"));

            Assessment assessment = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SheetCells.readAll(made, List.of()), "完成情况表");
            assertEquals(175, assessment.tasks().size());
            assertTrue(assessment.findings().stream().allMatch(f -> f.code() == FindingCode.STATUS_MISSING
                    || f.code() == FindingCode.SETTING_MISSING), assessment.findings().toString());
        }
    }

    private static XPropertySet validation(XSpreadsheet sheet, int column, int row) throws Exception {
        return UnoCast.require(XPropertySet.class, UnoCast.require(XPropertySet.class,
                sheet.getCellByPosition(column, row)).getPropertyValue("Validation"));
    }

    private static List<String> row(Grid grid, int row, int columns) {
        return java.util.stream.IntStream.range(0, columns).mapToObj(c -> grid.text(row, c)).toList();
    }
}
