package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

class WorkbookUpdaterTest {

    private static final int TOP = 2;
    private static final int LEFT = 8;

    @TempDir
    Path dir;

    private Path input(String ext) throws IOException {
        return ext.equals("xls") ? Fixtures.xls(dir) : Fixtures.xlsx(dir);
    }

    private static SheetUpdate threeColumns(List<RowMark> marks) {
        Object[][] values = {
                {"完成率", "高于全市", "提示"},
                {"118%", 2.1, "已完成"},
                {"276%", null, "未完成"},
        };
        return new SheetUpdate(Fixtures.SHEET, TOP, LEFT, values, 3, marks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void writesValuesWithABoldGreyHeader(String ext) throws Exception {
        Path in = input(ext);
        Path out = dir.resolve("结果." + ext);
        writeUpdated(in, out, threeColumns(List.of()));

        Grid g = WorkbookReader.read(out, Fixtures.SHEET);
        assertEquals("完成率", g.value(TOP, LEFT));
        assertEquals("提示", g.value(TOP, LEFT + 2));
        assertEquals("118%", g.value(TOP + 1, LEFT));
        assertEquals(2.1, g.value(TOP + 1, LEFT + 1));
        assertNull(g.value(TOP + 2, LEFT + 1));
        assertEquals("未完成", g.value(TOP + 2, LEFT + 2));

        try (Workbook wb = open(out)) {
            Sheet sheet = wb.getSheet(Fixtures.SHEET);
            ToolStyles styles = new ToolStyles(wb);
            for (int c = LEFT; c < LEFT + 3; c++) {
                CellStyle header = sheet.getRow(TOP).getCell(c).getCellStyle();
                assertEquals(ToolStyles.HEADER_RGB, styles.fillOf(header));
                assertTrue(wb.getFontAt(header.getFontIndex()).getBold());
                assertTrue(sheet.getColumnWidth(c) >= WorkbookUpdater.MIN_WIDTH * 256);
            }
            assertEquals(-1, styles.fillOf(sheet.getRow(TOP + 1).getCell(LEFT).getCellStyle()));
            // the office's own header row stays as it was
            CellStyle officeHeader = sheet.getRow(TOP).getCell(0).getCellStyle();
            assertEquals(-1, styles.fillOf(officeHeader));
            assertFalse(wb.getFontAt(officeHeader.getFontIndex()).getBold());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSecondRunWithFewerColumnsClearsTheOldOnes(String ext) throws Exception {
        Path in = input(ext);
        Path first = dir.resolve("第一次." + ext);
        writeUpdated(in, first, threeColumns(
                List.of(new RowMark(Highlight.UNFINISHED, TOP + 2, TOP + 2, 0, LEFT + 2))));

        Path second = dir.resolve("第二次." + ext);
        Object[][] values = {{"完成率", "提示"}, {"100%", null}};
        writeUpdated(first, second, new SheetUpdate(Fixtures.SHEET, TOP, LEFT, values, 3, List.of()));

        Grid g = WorkbookReader.read(second, Fixtures.SHEET);
        assertEquals("完成率", g.value(TOP, LEFT));
        assertEquals("提示", g.value(TOP, LEFT + 1));
        assertEquals("100%", g.value(TOP + 1, LEFT));
        assertNull(g.value(TOP + 1, LEFT + 1), "old value under a null is gone");
        assertNull(g.value(TOP + 2, LEFT), "old row below the new block is gone");
        assertNull(g.value(TOP + 2, LEFT + 2));
        for (int r = TOP; r < g.rowCount(); r++) {
            assertNull(g.value(r, LEFT + 2), "third tool column cleared at row " + r);
        }
        try (Workbook wb = open(second)) {
            Sheet sheet = wb.getSheet(Fixtures.SHEET);
            ToolStyles styles = new ToolStyles(wb);
            Cell oldHeader = sheet.getRow(TOP).getCell(LEFT + 2);
            assertEquals(-1, styles.fillOf(oldHeader.getCellStyle()), "old header grey removed");
            assertFalse(wb.getFontAt(oldHeader.getCellStyle().getFontIndex()).getBold());
            assertEquals(-1, styles.fillOf(sheet.getRow(TOP + 2).getCell(LEFT + 1).getCellStyle()),
                    "highlight fill in the tool's columns removed");
            assertEquals(ToolStyles.HEADER_RGB, styles.fillOf(sheet.getRow(TOP).getCell(LEFT + 1).getCellStyle()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void marksFillTheRowsAndKeepEverythingElseOfTheStyle(String ext) throws Exception {
        Path in = input(ext);
        Path out = dir.resolve("结果." + ext);
        List<RowMark> marks = List.of(
                new RowMark(Highlight.UNFINISHED, 3, 3, 0, LEFT + 2),
                new RowMark(Highlight.NOTABLE, 5, 6, 0, 7));
        writeUpdated(in, out, threeColumns(marks));

        try (Workbook before = open(in); Workbook after = open(out)) {
            Sheet s0 = before.getSheet(Fixtures.SHEET);
            Sheet s1 = after.getSheet(Fixtures.SHEET);
            ToolStyles styles = new ToolStyles(after);

            CellStyle was = s0.getRow(3).getCell(1).getCellStyle();
            CellStyle now = s1.getRow(3).getCell(1).getCellStyle();
            assertEquals(Highlight.UNFINISHED.rgb(), styles.fillOf(now));
            assertEquals(BorderStyle.THIN, now.getBorderTop());
            assertEquals(BorderStyle.THIN, now.getBorderLeft());
            assertEquals(BorderStyle.MEDIUM, now.getBorderRight());
            assertEquals(was.getWrapText(), now.getWrapText());
            assertTrue(now.getWrapText());
            Font font = after.getFontAt(now.getFontIndex());
            assertEquals("楷体", font.getFontName());
            assertTrue(font.getItalic());
            assertEquals(14, font.getFontHeightInPoints());

            assertEquals("0.0%", s1.getRow(3).getCell(5).getCellStyle().getDataFormatString(),
                    "number format kept under the fill");
            assertNotNull(s1.getRow(3).getCell(4), "a missing cell in the rectangle is created");
            assertEquals(Highlight.UNFINISHED.rgb(), styles.fillOf(s1.getRow(3).getCell(4).getCellStyle()));
            assertEquals(Highlight.UNFINISHED.rgb(), styles.fillOf(s1.getRow(3).getCell(LEFT + 2).getCellStyle()));
            assertEquals(Highlight.NOTABLE.rgb(), styles.fillOf(s1.getRow(5).getCell(0).getCellStyle()),
                    "row 6 had no cells; they are created with the fill");
            assertEquals(Highlight.NOTABLE.rgb(), styles.fillOf(s1.getRow(6).getCell(3).getCellStyle()));
            assertEquals("yyyy-mm-dd", s1.getRow(6).getCell(3).getCellStyle().getDataFormatString());

            // outside the rectangles nothing is filled
            assertEquals(-1, styles.fillOf(s1.getRow(4).getCell(1).getCellStyle()));
            assertEquals(-1, styles.fillOf(s1.getRow(3).getCell(LEFT + 3) == null
                    ? after.getCellStyleAt(0) : s1.getRow(3).getCell(LEFT + 3).getCellStyle()));
            // the original style object itself is not changed (other cells share it)
            assertEquals(-1, styles.fillOf(after.getCellStyleAt(was.getIndex())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void typedCellsKeepTheirValues(String ext) throws Exception {
        Path in = input(ext);
        Path out = dir.resolve("结果." + ext);
        writeUpdated(in, out, threeColumns(List.of(
                new RowMark(Highlight.FINDING, 0, 9, 0, 12))));
        List<Grid> before = WorkbookReader.read(in);
        List<Grid> after = WorkbookReader.read(out);
        assertEquals(before.size(), after.size());
        for (int s = 0; s < before.size(); s++) {
            Grid a = before.get(s);
            Grid b = after.get(s);
            assertEquals(a.sheetName(), b.sheetName());
            assertEquals(a.merges(), b.merges());
            int rows = Math.max(a.rowCount(), b.rowCount());
            int cols = Math.max(a.columnCount(), b.columnCount());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    boolean tool = s == 0 && r >= TOP && c >= LEFT && c < LEFT + 3;
                    if (!tool) {
                        assertEquals(a.value(r, c), b.value(r, c), a.sheetName() + " r" + r + " c" + c);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theInputIsNeverWritten(String ext) throws Exception {
        Path in = input(ext);
        byte[] hash = sha256(in);
        long modified = Files.getLastModifiedTime(in).toMillis();
        writeUpdated(in, dir.resolve("结果." + ext), threeColumns(List.of(
                new RowMark(Highlight.NOTABLE, 3, 4, 0, 7))));
        assertArrayEquals(hash, sha256(in));
        assertEquals(modified, Files.getLastModifiedTime(in).toMillis());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp files left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void outputEqualToInputIsRefused(String ext) throws Exception {
        Path in = input(ext);
        byte[] hash = sha256(in);
        for (Path same : List.of(in, dir.resolve(".").resolve(in.getFileName()), symlink(in))) {
            WorkbookException e = assertThrows(WorkbookException.class,
                    () -> writeUpdated(in, same, threeColumns(List.of())));
            assertTrue(e.getMessage().contains("输入文件"), e.getMessage());
        }
        assertArrayEquals(hash, sha256(in));
    }

    private Path symlink(Path target) throws IOException {
        Path link = dir.resolve("链接-" + target.getFileName());
        Files.deleteIfExists(link);
        return Files.createSymbolicLink(link, target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFailureLeavesNoOutput(String ext) throws Exception {
        Path in = input(ext);
        Path out = dir.resolve("结果." + ext);
        Object[][] bad = {{"完成率"}, {new Object()}};
        WorkbookException e = assertThrows(WorkbookException.class, () -> writeUpdated(in, out,
                new SheetUpdate(Fixtures.SHEET, TOP, LEFT, bad, 1, List.of())));
        assertTrue(e.getMessage().startsWith("无法写入文件 结果." + ext), e.getMessage());
        assertFalse(Files.exists(out));

        e = assertThrows(WorkbookException.class, () -> writeUpdated(in, out,
                new SheetUpdate("没有这张表", TOP, LEFT, new Object[][] {{"x"}}, 1, List.of())));
        assertTrue(e.getMessage().contains("没有这张表"), e.getMessage());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList(), "no temp files left behind");
        }
    }

    @Test
    void aFailureKeepsAnEarlierOutputAsItWas() throws Exception {
        Path in = input("xlsx");
        Path out = dir.resolve("结果.xlsx");
        writeUpdated(in, out, threeColumns(List.of()));
        byte[] hash = sha256(out);
        Object[][] bad = {{"完成率"}, {new Object()}};
        assertThrows(WorkbookException.class, () -> writeUpdated(in, out,
                new SheetUpdate(Fixtures.SHEET, TOP, LEFT, bad, 1, List.of())));
        assertArrayEquals(hash, sha256(out));
    }

    @Test
    void theOutputKeepsTheInputFormat() throws Exception {
        Path xls = input("xls");
        WorkbookException e = assertThrows(WorkbookException.class,
                () -> writeUpdated(xls, dir.resolve("结果.xlsx"), threeColumns(List.of())));
        assertTrue(e.getMessage().contains(".xls"), e.getMessage());
        Path xlsx = input("xlsx");
        assertThrows(WorkbookException.class,
                () -> writeUpdated(xlsx, dir.resolve("结果.xls"), threeColumns(List.of())));
    }

    @Test
    void unreadableInputIsReportedByName() throws IOException {
        Path in = dir.resolve("假的.xlsx");
        Files.writeString(in, "not a workbook");
        WorkbookException e = assertThrows(WorkbookException.class,
                () -> writeUpdated(in, dir.resolve("结果.xlsx"), threeColumns(List.of())));
        assertTrue(e.getMessage().contains("假的.xlsx"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("结果.xlsx")));
    }

    @Test
    void manyMarkedRowsAddOnlyAFewStyles() throws Exception {
        Path in = dir.resolve("大.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Fixtures.SHEET);
            CellStyle[] office = new CellStyle[4];
            for (int i = 0; i < office.length; i++) {
                office[i] = wb.createCellStyle();
                office[i].setBorderBottom(BorderStyle.values()[i + 1]);
            }
            for (int r = 0; r < 3000; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue("任务" + r);
                    cell.setCellStyle(office[(r + c) % office.length]);
                }
            }
            try (OutputStream os = Files.newOutputStream(in)) {
                wb.write(os);
            }
        }
        int stylesBefore;
        try (Workbook wb = open(in)) {
            stylesBefore = wb.getNumCellStyles();
        }
        List<RowMark> marks = new java.util.ArrayList<>();
        for (int r = 1; r < 3000; r++) {
            marks.add(new RowMark(Highlight.values()[r % 3], r, r, 0, 7));
        }
        Path out = dir.resolve("结果.xlsx");
        Object[][] values = {{"完成率", "提示"}};
        writeUpdated(in, out, new SheetUpdate(Fixtures.SHEET, 0, 6, values, 2, marks));
        try (Workbook wb = open(out)) {
            int added = wb.getNumCellStyles() - stylesBefore;
            assertTrue(added <= (4 + 1) * 3 + 2, "styles added: " + added);
        }
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    /** What compute does: open once, write the updated copy. */
    private static void writeUpdated(Path input, Path output, SheetUpdate update) throws WorkbookException {
        try (EditableWorkbook workbook = EditableWorkbook.open(input)) {
            workbook.writeUpdated(output, update);
        }
    }
}
