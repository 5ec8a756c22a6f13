package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.table.Grid;
import org.tongbao.update.DepartmentTable;
import org.tongbao.update.SheetTable;

/** compute writes the 部门统计 league table with a real bar chart, refreshed and never duplicated. */
class DepartmentSheetTest {

    @TempDir
    Path dir;

    private static Path compute(Path input, Path output) throws Exception {
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        try (PoiWorkbook wb = PoiWorkbook.edit(input)) {
            Assessment a = engine.assess(wb.sheets(), null);
            wb.writeComputed(engine.sheetUpdate(a), engine.departmentTable(a), output);
        }
        return output;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample-workbooks/yunyang-2022.xlsx", "src/test/resources/corpus/xian-fengdu-2023.xlsx",
        "src/test/resources/corpus/qu-yubei-2023.xlsx", "src/test/resources/corpus/xian-fengjie-2024-h1.xlsx"})
    void theLeagueTableAndItsChartOnTheSampleOtherOfficesAndAPeriodicTable(String workbook) throws Exception {
        Path once = compute(Path.of(workbook), dir.resolve("once.xlsx"));
        Path twice = compute(once, dir.resolve("twice.xlsx"));
        SheetTable expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).departmentTable(org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(WorkbookReader.read(Path.of(workbook)),
                null));
        assertEquals(workbook.contains("2024-h1"), expected.header().contains("滞后"), "a periodic table's columns");
        for (Path file : List.of(once, twice)) {
            List<Grid> sheets = WorkbookReader.read(file);
            assertEquals(1, sheets.stream().filter(g -> g.sheetName().equals(DepartmentTable.SHEET_NAME)).count(),
                    "one league table, however often compute runs");
            Grid table = sheets.stream().filter(g -> g.sheetName().equals(DepartmentTable.SHEET_NAME)).findFirst()
                    .orElseThrow();
            for (int c = 0; c < expected.width(); c++) {
                assertEquals(expected.header().get(c), table.text(0, c));
            }
            assertEquals(expected.rows().size() + 1, table.rowCount());
            for (int r = 0; r < expected.rows().size(); r++) {
                assertEquals(expected.rows().get(r).get(1).plain(), table.value(r + 1, 1));
                assertEquals(((Number) expected.rows().get(r).get(2).plain()).doubleValue(), (Double) table.value(r + 1, 2),
                        1e-9);
            }
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sheet = wb.getSheet(DepartmentTable.SHEET_NAME);
                List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
                assertEquals(1, charts.size());
                String xml = charts.get(0).getCTChart().toString();
                int last = expected.rows().size() + 1;
                assertTrue(xml.contains("部门统计!$B$2:$B$" + last) && xml.contains("部门统计!$C$2:$C$" + last),
                        "the chart's categories and values are the table's rows");
                assertNotNull(charts.get(0).getTitleText());
                assertEquals("各牵头单位目标任务完成率（%）", charts.get(0).getTitleText().getString());
            }
        }
    }
}
