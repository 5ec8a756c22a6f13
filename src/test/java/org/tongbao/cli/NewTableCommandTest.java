package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Grid;
import org.tongbao.table.TableRecognizer;

/** new-table -o OUT [--year] [--period] [--from LAST]: a table to fill in that validates and, filled in, gives its notice. */
class NewTableCommandTest {

    private static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");
    private static final Pattern CODE = Pattern.compile("\"code\": \"([A-Z_]+)\"");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void aTableFromTheSampleOnlyLacksItsFiguresAndFilledInGivesItsNotice() throws Exception {
        String before = MainTest.hash(SAMPLE);
        Path made = dir.resolve("2023.xlsx");
        assertEquals(0, cli.run("new-table", "--from", SAMPLE.toString(), "-o", made.toString()), cli.err());
        assertEquals("已生成「2023年政府工作报告目标任务完成情况表」，沿用 yunyang-2022.xlsx 的175项任务：" + made + "\n", cli.out());
        assertEquals(before, MainTest.hash(SAMPLE), "the earlier table is never written");

        assertEquals(0, cli.run("validate", made.toString(), "--format", "json"), cli.out());
        Map<String, Integer> codes = codes(cli.out());
        assertEquals(Map.of("STATUS_MISSING", 175, "SETTING_MISSING", 1), codes,
                "every task lacks its status (the figures of the year), and 通报设置 its date: " + cli.out());
        assertTrue(cli.out().contains("\"sheet\": \"通报设置\", \"cell\": \"B5\""), "成文日期 is to fill in: " + cli.out());

        Path filled = dir.resolve("2023-filled.xlsx");
        fillFiguresFromTheSample(made, filled);
        assertEquals(0, cli.run("validate", filled.toString()), cli.out());
        assertTrue(cli.out().contains("共175项任务，已完成170项（97.1%），其中成效明显13项；未完成5项（2.9%）"), cli.out());
        assertEquals(0, cli.run("notice", filled.toString(), "-o", dir.resolve("notice.docx").toString(), "--format", "text"),
                cli.err());
        assertTrue(cli.out().contains("已完成170项"), cli.out());
        assertTrue(Files.size(dir.resolve("notice.docx")) > 0);
    }

    @Test
    void theXlsxHasItsDropDownsFrozenHeaderAndPrintSetup() throws Exception {
        Path made = dir.resolve("new.xlsx");
        assertEquals(0, cli.run("new-table", "--from", SAMPLE.toString(), "-o", made.toString(), "--period", "1-6月",
                "--year", "2024"), cli.err());
        try (InputStream in = Files.newInputStream(made); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("完成情况表", "通报设置", "部门名录"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("2024年1-6月政府工作报告目标任务完成情况表", sheet.getRow(1).getCell(0).getStringCellValue());
            Row header = sheet.getRow(2);
            assertEquals("序时进度(%)", header.getCell(7).getStringCellValue());
            assertEquals("1-6月完成值", header.getCell(8).getStringCellValue());
            assertEquals(50.0, sheet.getRow(4).getCell(7).getNumericCellValue(), "the period's share of the year");

            Map<Integer, DataValidation> byColumn = new TreeMap<>();
            for (DataValidation v : sheet.getDataValidations()) {
                CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                assertEquals(3, range.getFirstRow(), "from the first task row");
                assertTrue(range.getLastRow() >= 3 + 175, "down past the carried tasks");
                byColumn.put(range.getFirstColumn(), v);
            }
            assertEquals(Set.of(2, 10, 11), byColumn.keySet(), "牵头单位, 完成情况 and 是否成效明显");
            DataValidationConstraint lead = byColumn.get(2).getValidationConstraint();
            assertEquals("'部门名录'!$A$2:$A$301", lead.getFormula1());
            assertEquals(DataValidation.ErrorStyle.WARNING, byColumn.get(2).getErrorStyle(), "several leads in a cell stay possible");
            assertEquals(List.of("已完成", "超序时进度", "达到序时进度", "未达序时进度"),
                    List.of(byColumn.get(10).getValidationConstraint().getExplicitListValues()));
            assertEquals(DataValidation.ErrorStyle.STOP, byColumn.get(10).getErrorStyle());
            assertEquals(List.of("是", "否"), List.of(byColumn.get(11).getValidationConstraint().getExplicitListValues()));

            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition(), "title and header stay in view");
            assertEquals(new CellRangeAddress(2, 2, -1, -1), sheet.getRepeatingRows(), "the header on every page");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals("单位全称", workbook.getSheet("部门名录").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void withoutAnEarlierTableItIsTheEmptyTemplate() throws Exception {
        Path made = dir.resolve("empty.xlsx");
        assertEquals(0, cli.run("new-table", "-o", made.toString(), "--year", "2025"), cli.err());
        assertEquals("已生成「2025年政府工作报告目标任务完成情况表」：" + made + "\n", cli.out());
        List<Grid> sheets = WorkbookReader.read(made);
        CompletionTable table = TableRecognizer.recognise(sheets.get(0));
        assertTrue(table.tasks().isEmpty());
        assertEquals("2025", table.year());
    }

    @Test
    void badArgumentsAreRefusedWithoutOutput() throws Exception {
        Path out = dir.resolve("x.xlsx");
        assertEquals(2, cli.run("new-table", SAMPLE.toString(), "-o", out.toString()));
        assertTrue(cli.err().contains("--from"), cli.err());
        assertEquals(2, cli.run("new-table", "-o", out.toString(), "--year", "25"));
        assertEquals(2, cli.run("new-table", "-o", out.toString(), "--period", "明年"));
        assertEquals(2, cli.run("new-table", "-o", dir.resolve("x.xls").toString()));
        assertEquals(2, cli.run("new-table", "-o", dir.resolve("x.ods").toString(), "--engine", "poi"));
        assertEquals(2, cli.run("new-table"));
        assertEquals(3, cli.run("new-table", "--from", dir.resolve("missing.xlsx").toString(), "-o", out.toString()));
        assertEquals(3, cli.run("new-table", "-o", dir.resolve("no/such/folder.xlsx").toString()));
        Path notATable = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(notATable)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("随便写写");
            workbook.write(o);
        }
        assertEquals(1, cli.run("new-table", "--from", notATable.toString(), "-o", out.toString()));
        assertTrue(cli.err().contains("未生成新表"), cli.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("other.xlsx"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    private static Map<String, Integer> codes(String json) {
        Map<String, Integer> codes = new TreeMap<>();
        Matcher m = CODE.matcher(json);
        while (m.find()) {
            codes.merge(m.group(1), 1, Integer::sum);
        }
        return codes;
    }

    /** What the office fills in during the year: the sample's figures, status, marks and notes, task by task. */
    private static void fillFiguresFromTheSample(Path made, Path filled) throws Exception {
        Grid sample = WorkbookReader.read(SAMPLE, "完成情况表");
        CompletionTable was = TableRecognizer.recognise(sample);
        CompletionTable is = TableRecognizer.recognise(WorkbookReader.read(made).get(0));
        List<String> carried = List.of("完成值", "同比增长(%)", "完成情况", "是否成效明显", "完成情况说明");
        int[] from = carried.stream().mapToInt(h -> was.headers().indexOf(h)).toArray();
        int[] to = carried.stream().mapToInt(h -> is.headers().indexOf(h)).toArray();
        try (InputStream in = Files.newInputStream(made); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int t = 0; t < was.tasks().size(); t++) {
                for (int k = 0; k < was.tasks().get(t).indicators().size(); k++) {
                    int source = was.tasks().get(t).indicators().get(k).row();
                    Row target = sheet.getRow(is.tasks().get(t).indicators().get(k).row());
                    for (int c = 0; c < from.length; c++) {
                        Object value = sample.value(source, from[c]);
                        if (value instanceof Double d) {
                            target.getCell(to[c]).setCellValue(d);
                        } else if (value != null) {
                            target.getCell(to[c]).setCellValue(value.toString());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }
}
