package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * What the POI door adds to the {@link SheetUpdate} contract ({@link PoiSheetUpdateTest}): a mark
 * changes a cell's fill and nothing else of its style, values outside the tool's columns survive
 * the round trip with their types, and thousands of marks add a handful of styles.
 */
class WorkbookUpdaterTest {

    private static final int TOP = Fixtures.TOP;
    private static final int LEFT = Fixtures.LEFT;

    @TempDir
    Path dir;

    private Path input(String ext) throws IOException {
        return ext.equals("xls") ? Fixtures.xls(dir) : Fixtures.xlsx(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void marksFillTheRowsAndKeepEverythingElseOfTheStyle(String ext) throws Exception {
        Path in = input(ext);
        Path out = dir.resolve("结果." + ext);
        List<RowMark> marks = List.of(
                new RowMark(Highlight.UNFINISHED, 3, 3, 0, LEFT + 2),
                new RowMark(Highlight.NOTABLE, 5, 6, 0, 7));
        writeComputed(in, out, Fixtures.threeColumns(marks));

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
        writeComputed(in, out, Fixtures.threeColumns(List.of(
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
        writeComputed(in, out, new SheetUpdate(Fixtures.SHEET, new CellRange(0, 6, 0, 7), 0, 6, List.of("完成率", "提示"),
                HeaderLook.TOOL_HEADER, List.of(), List.of(), marks));
        try (Workbook wb = open(out)) {
            int added = wb.getNumCellStyles() - stylesBefore;
            assertTrue(added <= (4 + 1) * 3 + 2, "styles added: " + added);
        }
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /** What compute does: open once, write the updated copy. */
    private static void writeComputed(Path input, Path output, SheetUpdate update) throws java.io.IOException {
        try (PoiWorkbook workbook = PoiWorkbook.edit(input)) {
            workbook.writeComputed(update, output);
        }
    }
}
