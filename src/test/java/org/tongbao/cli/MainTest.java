package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Engine;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;
import org.tongbao.update.ComputedColumns;
import org.tongbao.update.Highlight;

/** The command line end to end on real files: exit codes, outputs, and inputs left alone. */
class MainTest {

    static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void validateTheSample() {
        assertEquals(0, run("validate", SAMPLE.toString()), err());
        assertTrue(out().contains("错误 0 项"), out());
        assertTrue(out().contains("共175项任务，已完成170项（97.1%），其中成效明显13项；未完成5项（2.9%）"), out());
    }

    @Test
    void validateAsJson() {
        assertEquals(1, run("validate", "sample-workbooks/broken/missing-lead.xlsx", "--format", "json"));
        String json = out();
        assertTrue(json.contains("\"severity\": \"error\", \"code\": \"MISSING_LEAD\", \"sheet\": \"完成情况表\", \"cell\": \"C28\""),
                json);
        assertTrue(json.contains("\"summary\": {\"total\": 175"), json);
    }

    @Test
    void computeWritesACopyWithTheToolColumnsAndLeavesTheInputAlone() throws Exception {
        Path input = dir.resolve("in.xlsx");
        Files.copy(SAMPLE, input);
        String before = hash(input);
        Path output = dir.resolve("out.xlsx");
        assertEquals(0, run("compute", input.toString(), "-o", output.toString(), "--format", "json"), err());
        assertTrue(out().contains("\"summary\": {\"total\": 175, \"completed\": 170, \"completedShare\": \"97.1%\", "
                + "\"notable\": 13, \"unfinished\": 5, \"unfinishedShare\": \"2.9%\"}"), out());
        assertEquals(before, hash(input));

        Grid in = WorkbookReader.read(input, "完成情况表");
        Grid computed = WorkbookReader.read(output, "完成情况表");
        int left = in.columnCount();
        for (int r = 0; r < in.rowCount(); r++) {
            for (int c = 0; c < left; c++) {
                assertEquals(in.value(r, c), computed.value(r, c), "cell " + r + "," + c);
            }
        }
        assertEquals(ComputedColumns.HEADERS.get(0), computed.text(2, left));
        assertEquals(118.0, computed.value(26, left + 2), "交通投资 59 ÷ 50");
        assertEquals(2.1, computed.value(4, left + 1), "地区生产总值 4.7 − 2.6");
        assertEquals("是", computed.text(4, left + 5));

        Path again = dir.resolve("again.xlsx");
        assertEquals(0, run("compute", output.toString(), "-o", again.toString()), err());
        Grid twice = WorkbookReader.read(again, "完成情况表");
        assertEquals(computed.columnCount(), twice.columnCount(), "a second run refreshes, never adds columns");
        for (int r = 0; r < computed.rowCount(); r++) {
            for (int c = 0; c < computed.columnCount(); c++) {
                assertEquals(computed.value(r, c), twice.value(r, c), "cell " + r + "," + c);
            }
        }
    }

    @Test
    void computeHighlightsNotableAndUnfinishedRows() throws Exception {
        Path output = dir.resolve("out.xlsx");
        assertEquals(0, run("compute", SAMPLE.toString(), "-o", output.toString()), err());
        String notable = String.format("%06X", Highlight.NOTABLE.rgb());
        String unfinished = String.format("%06X", Highlight.UNFINISHED.rgb());
        try (InputStream in = Files.newInputStream(output); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("完成情况表");
            int notableRows = 0;
            int unfinishedRows = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                String fill = fill(sheet, r);
                notableRows += fill.equals(notable) ? 1 : 0;
                unfinishedRows += fill.equals(unfinished) ? 1 : 0;
            }
            assertEquals(notable, fill(sheet, 4), "地区生产总值 is notable");
            assertEquals("", fill(sheet, 9), "an illustrative completed task is not marked");
            assertEquals(13 + 1 + 1 + 2, notableRows, "13 tasks, three of them spanning 2, 2 and 3 rows");
            assertEquals(5, unfinishedRows);
        }
    }

    private static String fill(Sheet sheet, int row) {
        Cell cell = sheet.getRow(row).getCell(1);
        if (cell == null || !(cell.getCellStyle() instanceof XSSFCellStyle s) || s.getFillForegroundXSSFColor() == null
                || s.getFillForegroundXSSFColor().getARGBHex() == null) {
            return "";
        }
        return s.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    @Test
    void noticeFromTheSample() throws Exception {
        Path docx = dir.resolve("通报.docx");
        assertEquals(0, run("notice", SAMPLE.toString(), "-o", docx.toString(), "--format", "text"), err());
        List<String> paragraphs = DocxNoticeWriter.paragraphTexts(docx);
        assertTrue(paragraphs.contains("一、总体情况"));
        assertEquals(String.join("\n", paragraphs) + "\n", out());
        Path plain = Files.createFile(dir.resolve("any-new-file"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(docx),
                "the notice gets the permissions of any file the user makes, not owner-only");
    }

    @Test
    void brokenTablesGiveExitOneAndNoNotice() throws Exception {
        Path docx = dir.resolve("n.docx");
        assertEquals(1, run("notice", "sample-workbooks/broken/missing-lead.xlsx", "-o", docx.toString()));
        assertTrue(err().contains("C28"), err());
        assertFalse(Files.exists(docx));
        assertEquals(0, run("notice", "sample-workbooks/broken/missing-lead.xlsx", "-o", docx.toString(), "--force"),
                err());
        assertTrue(Files.exists(docx));
        assertEquals(1, run("validate", "sample-workbooks/broken/missing-lead-column.xlsx"));
        assertTrue(out().contains("缺少必需的列「牵头单位」"), out());
        assertEquals(1, run("compute", "sample-workbooks/broken/missing-lead-column.xlsx", "-o",
                dir.resolve("x.xlsx").toString()));
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate", SAMPLE.toString()));
        assertEquals(2, run("validate"));
        assertTrue(err().contains("usage: java -jar tongbao.jar validate"), err());
        assertEquals(2, run("validate", SAMPLE.toString(), "--format", "xml"));
        assertEquals(2, run("compute", SAMPLE.toString()));
        assertEquals(2, run("validate", SAMPLE.toString(), "--sheet", "没有这张表"));
        assertTrue(err().contains("完成情况表"), err());
        Path copy = dir.resolve("in.xlsx");
        Files.copy(SAMPLE, copy);
        String before = hash(copy);
        assertEquals(2, run("compute", copy.toString(), "-o", copy.toString()));
        assertEquals(before, hash(copy));
        assertEquals(2, run("notice", SAMPLE.toString(), "-o", dir.resolve("n.txt").toString()));
        assertEquals(0, run("compute", "--help"));
        assertTrue(out().contains("-o,--output"), out());
    }

    @Test
    void unreadableFilesExitThreeWithOneLine() throws Exception {
        assertEquals(3, run("validate", dir.resolve("nope.xlsx").toString()));
        assertEquals(1, err().strip().lines().count(), err());
        Path text = dir.resolve("fake.xlsx");
        Files.writeString(text, "not a workbook");
        assertEquals(3, run("validate", text.toString()));
        assertFalse(err().contains("Exception"), err());
        assertEquals(3, run("validate", dir.resolve("table.ods").toString()));
        assertEquals(3, run("compute", SAMPLE.toString(), "-o", dir.resolve("no/such/dir/out.xlsx").toString()));
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void aDefectOfOursIsOneLineAndExitFour() {
        org.tongbao.Rulebook shipped = org.tongbao.script.ScriptRules.shipped();
        Engine failing = new Engine(new org.tongbao.Rulebook() {
                    @Override
                    public Boolean completedByFigures(org.tongbao.figures.TaskFigures task) {
                        throw new IllegalStateException("rule failed");
                    }

                    @Override
                    public java.util.List<String> notableReasons(org.tongbao.figures.TaskFigures task) {
                        return shipped.notableReasons(task);
                    }

                    @Override
                    public org.tongbao.rules.Verdict scheduleVerdict(org.tongbao.figures.TaskFigures task,
                                                                     java.math.BigDecimal share) {
                        return shipped.scheduleVerdict(task, share);
                    }

                    @Override
                    public org.tongbao.notice.Phrase phrase(String key, java.util.Map<String, String> values,
                                                            org.tongbao.figures.TaskFigures task,
                                                            org.tongbao.figures.IndicatorFigures indicator,
                                                            org.tongbao.figures.NumberWriter writer) {
                        return shipped.phrase(key, values, task, indicator, writer);
                    }

                    @Override
                    public java.util.List<org.tongbao.check.Finding> check(org.tongbao.check.CheckContext context) {
                        return shipped.check(context);
                    }
                }, CommandRun.DAY);
        assertEquals(0, cli.run(failing, "validate", SAMPLE.toString()), "every task of the sample has a status");
        Path table = dir.resolve("t.xlsx");
        assertEquals(4, cli.run(failing, "validate", writeTableWithBlankStatus(table).toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().contains("rule failed"), err());
    }

    private static Path writeTableWithBlankStatus(Path file) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("表");
            String[] header = {"序号", "目标任务", "牵头单位", "目标值", "完成值", "完成情况"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            org.apache.poi.ss.usermodel.Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("农村公路");
            r.createCell(2).setCellValue("县交通局");
            r.createCell(3).setCellValue(100);
            r.createCell(4).setCellValue(103);
            try (java.io.OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
