package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongbao.table.CellError;
import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/** The POI engine's workbook: the grids it reads, and the computed copy it writes (never over the input). */
class PoiWorkbookTest {

    private static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");
    private static final int TOP = Fixtures.TOP;
    private static final int LEFT = Fixtures.LEFT;

    @TempDir
    Path dir;

    static Stream<Path> sampleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(SAMPLE);
        try (Stream<Path> broken = Files.list(Path.of("sample-workbooks/broken"))) {
            broken.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 10, "the broken samples are there: " + files);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void gridsEqualTheStreamingReadOfTheSamples(Path file) throws Exception {
        assertSameGrids(file);
    }

    @Test
    void gridsEqualTheStreamingReadOfPoiWrittenFiles() throws Exception {
        assertSameGrids(Fixtures.xlsx(dir));
        assertSameGrids(Fixtures.xls(dir));
        assertSameGrids(Fixtures.handWritten(dir.resolve("手写.xlsx")));
    }

    @Test
    void gridsEqualTheStreamingReadOfTheSampleSavedAsXls() throws Exception {
        Path xls = asXls(SAMPLE, dir.resolve("云阳.xls"));
        List<Grid> grids = assertSameGrids(xls);
        // the copy carries the sample's content, not an empty sheet
        try (PoiWorkbook wb = PoiWorkbook.edit(SAMPLE)) {
            Grid xlsx = wb.sheets().get(0);
            assertTrue(xlsx.rowCount() > 100);
            assertGridEquals(xlsx, grids.get(0));
        }
    }

    @Test
    void aFormulaWithoutCachedValueIsEmptyAsWhenStreamed() throws Exception {
        Path file = dir.resolve("未计算.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("表").createRow(0);
            row.createCell(0).setCellValue(3);
            row.createCell(1).setCellFormula("A1*2"); // never evaluated: no <v> in the file
            row.createCell(2).setCellFormula("A1>1");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<Grid> grids = assertSameGrids(file);
        assertNull(grids.get(0).value(0, 1));
        assertNull(grids.get(0).value(0, 2));
    }

    @Test
    void valuesFollowTheReaderRules() throws Exception {
        for (Path file : List.of(Fixtures.xlsx(dir), Fixtures.xls(dir))) {
            try (PoiWorkbook wb = PoiWorkbook.edit(file)) {
                Grid g = wb.sheets().get(0);
                assertEquals("4.7%", g.value(3, 5), file.toString());
                assertEquals("30%", g.value(4, 5), "0.1+0.2 without binary noise");
                assertEquals(new CellError("#DIV/0!"), g.value(4, 4));
                assertEquals(1115.4, g.value(4, 3), "cached formula value");
                assertSame(g.value(3, 2), g.value(4, 2), "repeated strings are one object");
                assertSame(wb.sheets(), wb.sheets(), "read once");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsOnceAndWritesTheUpdatedCopyLeavingTheInputAsItWas(String ext) throws Exception {
        Path in = ext.equals("xls") ? Fixtures.xls(dir) : Fixtures.xlsx(dir);
        byte[] hash = sha256(in);
        long modified = Files.getLastModifiedTime(in).toMillis();
        Path out = dir.resolve("结果." + ext);
        try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
            assertEquals("县发展改革委", wb.sheets().get(0).value(3, 2));
            wb.writeComputed(update(new RowMark(Highlight.UNFINISHED, 3, 3, 0, LEFT + 2)), out);
            assertThrows(IllegalStateException.class, () -> wb.writeComputed(update(), dir.resolve("又一次." + ext)));
        }
        assertArrayEquals(hash, sha256(in));
        assertEquals(modified, Files.getLastModifiedTime(in).toMillis());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp files left behind");
        }
        Grid g = WorkbookReader.read(out, Fixtures.SHEET);
        assertEquals("完成率", g.value(TOP, LEFT));
        assertEquals("118%", g.value(TOP + 1, LEFT));
        assertEquals("县发展改革委", g.value(3, 2));
    }

    @Test
    void aWorkbookOpenedForReadingOnlyStreamsAndWritesNoCopy() throws Exception {
        Path in = Fixtures.xlsx(dir);
        try (PoiWorkbook wb = PoiWorkbook.read(in)) {
            assertEquals("县发展改革委", wb.sheets().get(0).value(3, 2));
            assertThrows(IllegalStateException.class, () -> wb.writeComputed(update(), dir.resolve("结果.xlsx")));
        }
        assertFalse(Files.exists(dir.resolve("结果.xlsx")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void outputEqualToInputIsRefused(String ext) throws Exception {
        Path in = ext.equals("xls") ? Fixtures.xls(dir) : Fixtures.xlsx(dir);
        byte[] hash = sha256(in);
        Path link = Files.createSymbolicLink(dir.resolve("链接." + ext), in);
        for (Path same : List.of(in, dir.resolve(".").resolve(in.getFileName()), link)) {
            try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
                wb.sheets();
                WorkbookException e = assertThrows(WorkbookException.class, () -> wb.writeComputed(update(), same));
                assertTrue(e.getMessage().contains("输入文件"), e.getMessage());
            }
        }
        assertArrayEquals(hash, sha256(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFailureLeavesNoOutput(String ext) throws Exception {
        Path in = ext.equals("xls") ? Fixtures.xls(dir) : Fixtures.xlsx(dir);
        Path out = dir.resolve("结果." + ext);
        try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
            WorkbookException e = assertThrows(WorkbookException.class,
                    () -> wb.writeComputed(Fixtures.tooLongForACell(), out));
            assertTrue(e.getMessage().startsWith("无法写入文件 结果." + ext), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
            SheetUpdate elsewhere = update();
            WorkbookException e = assertThrows(WorkbookException.class, () -> wb.writeComputed(new SheetUpdate("没有这张表",
                    elsewhere.cleared(), TOP, LEFT, elsewhere.header(), elsewhere.headerLook(), elsewhere.rows(),
                    List.of(), List.of()), out));
            assertTrue(e.getMessage().contains("没有这张表"), e.getMessage());
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList(), "no temp files left behind");
        }
    }

    @Test
    void aFailureKeepsAnEarlierOutputAsItWas() throws Exception {
        Path in = Fixtures.xlsx(dir);
        Path out = dir.resolve("结果.xlsx");
        try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
            wb.writeComputed(update(), out);
        }
        byte[] hash = sha256(out);
        try (PoiWorkbook wb = PoiWorkbook.edit(in)) {
            assertThrows(WorkbookException.class, () -> wb.writeComputed(Fixtures.tooLongForACell(), out));
        }
        assertArrayEquals(hash, sha256(out));
    }

    @Test
    void theOutputKeepsTheInputFormat() throws Exception {
        try (PoiWorkbook wb = PoiWorkbook.edit(Fixtures.xls(dir))) {
            WorkbookException e = assertThrows(WorkbookException.class,
                    () -> wb.writeComputed(update(), dir.resolve("结果.xlsx")));
            assertTrue(e.getMessage().contains(".xls"), e.getMessage());
        }
        try (PoiWorkbook wb = PoiWorkbook.edit(Fixtures.xlsx(dir))) {
            assertThrows(WorkbookException.class, () -> wb.writeComputed(update(), dir.resolve("结果.xls")));
        }
    }

    @Test
    void unreadableFilesAreRefusedWithTheReadersMessages() throws Exception {
        Path full = Fixtures.xlsx(dir);
        Path cut = dir.resolve("截断.xlsx");
        byte[] bytes = Files.readAllBytes(full);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path text = dir.resolve("假的.xlsx");
        Files.writeString(text, "not a workbook");
        Path empty = Files.createFile(dir.resolve("空.xls"));
        Path html = dir.resolve("导出.xls");
        Files.writeString(html, "<html><body><table><tr><td>序号</td></tr></table></body></html>");
        Path ods = Fixtures.odsLike(dir.resolve("其实是ods.xlsx"));
        Path word = dir.resolve("文档.xlsx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(word)) {
            doc.createParagraph().createRun().setText("通报");
            doc.write(out);
        }
        for (Path file : List.of(cut, text, empty, html, ods, word, dir.resolve("不存在.xlsx"))) {
            WorkbookException streamed = assertThrows(WorkbookException.class, () -> WorkbookReader.read(file));
            WorkbookException opened = assertThrows(WorkbookException.class, () -> PoiWorkbook.edit(file));
            String m = opened.getMessage();
            assertTrue(m.startsWith("无法读取文件 " + file.getFileName() + "："), m);
            assertFalse(m.contains("\n"), m);
            if (file != cut) { // a cut zip fails at a different point in each reader; both say it is damaged
                assertEquals(streamed.getMessage(), m);
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static SheetUpdate update(RowMark... marks) {
        return Fixtures.threeColumns(List.of(marks));
    }

    /** The usermodel grids equal the streaming reader's, sheet for sheet, cell for cell, merge for merge. */
    private static List<Grid> assertSameGrids(Path file) throws Exception {
        List<Grid> streamed = WorkbookReader.read(file);
        List<Grid> grids;
        try (PoiWorkbook wb = PoiWorkbook.edit(file)) {
            grids = wb.sheets();
        }
        assertEquals(streamed.stream().map(Grid::sheetName).toList(), grids.stream().map(Grid::sheetName).toList(),
                file.toString());
        for (int s = 0; s < streamed.size(); s++) {
            assertGridEquals(streamed.get(s), grids.get(s));
        }
        return grids;
    }

    private static void assertGridEquals(Grid expected, Grid actual) {
        String where = expected.sheetName();
        assertEquals(expected.rowCount(), actual.rowCount(), where + " rows");
        assertEquals(expected.columnCount(), actual.columnCount(), where + " columns");
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                Object e = expected.value(r, c);
                Object a = actual.value(r, c);
                assertEquals(e, a, where + " r" + r + " c" + c);
                if (e != null) {
                    assertEquals(e.getClass(), a.getClass(), where + " r" + r + " c" + c);
                }
            }
        }
        assertEquals(expected.merges(), actual.merges(), where + " merges");
    }

    /** The sample's values, percent formats and merges, saved by POI as .xls. */
    private static Path asXls(Path xlsx, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
             Workbook from = new XSSFWorkbook(in);
             HSSFWorkbook to = new HSSFWorkbook()) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (Sheet sheet : from) {
                Sheet copy = to.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row rowCopy = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell c = rowCopy.createCell(cell.getColumnIndex());
                        switch (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                                ? cell.getCachedFormulaResultType() : cell.getCellType()) {
                            case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
                            case STRING -> c.setCellValue(cell.getStringCellValue());
                            case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
                            case ERROR -> c.setCellErrorValue(cell.getErrorCellValue());
                            default -> {
                            }
                        }
                        String format = cell.getCellStyle().getDataFormatString();
                        if (format != null && !format.equals("General")) {
                            c.setCellStyle(styles.computeIfAbsent(format, f -> {
                                CellStyle style = to.createCellStyle();
                                style.setDataFormat(to.createDataFormat().getFormat(f));
                                return style;
                            }));
                        }
                    }
                }
                sheet.getMergedRegions().forEach(copy::addMergedRegion);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                to.write(out);
            }
        }
        return target;
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
