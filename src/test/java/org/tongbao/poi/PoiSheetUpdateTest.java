package org.tongbao.poi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;
import org.tongbao.update.SheetUpdate;
import org.tongbao.update.SheetUpdateContract;

/** The {@link SheetUpdate} contract as the POI door honours it, in .xlsx and in .xls, each update saved and read back. */
class PoiSheetUpdateTest {

    @Nested
    class Xlsx extends OnPoi {
        Xlsx() {
            super(XSSFWorkbook::new);
        }
    }

    @Nested
    class Xls extends OnPoi {
        Xls() {
            super(HSSFWorkbook::new);
        }
    }

    abstract static class OnPoi extends SheetUpdateContract {

        private final Supplier<Workbook> fresh;
        private Workbook workbook;

        OnPoi(Supplier<Workbook> fresh) {
            this.fresh = fresh;
        }

        @AfterEach
        void close() throws Exception {
            workbook.close();
        }

        @Override
        protected void create(Object[][] cells) {
            workbook = fresh.get();
            Sheet sheet = workbook.createSheet(SHEET);
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (cells[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    }
                }
            }
        }

        @Override
        protected void apply(SheetUpdate update) throws Exception {
            WorkbookUpdater.apply(workbook, update, Path.of("表"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.close();
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()));
        }

        private Cell cell(int row, int column) {
            Row r = workbook.getSheet(SHEET).getRow(row);
            return r == null ? null : r.getCell(column);
        }

        private CellStyle style(int row, int column) {
            Cell cell = cell(row, column);
            return cell == null ? workbook.getCellStyleAt(0) : cell.getCellStyle();
        }

        @Override
        protected Object value(int row, int column) {
            Cell cell = cell(row, column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
        }

        @Override
        protected boolean hasHeaderLook(int row, int column, HeaderLook look) {
            CellStyle style = style(row, column);
            return new ToolStyles(workbook).fillOf(style) == look.rgb()
                    && workbook.getFontAt(style.getFontIndex()).getBold();
        }

        @Override
        protected Highlight mark(int row, int column) {
            int rgb = new ToolStyles(workbook).fillOf(style(row, column));
            for (Highlight h : Highlight.values()) {
                if (h.rgb() == rgb) {
                    return h;
                }
            }
            return null;
        }

        @Override
        protected int widthInCharacters(int column) {
            return Math.round(workbook.getSheet(SHEET).getColumnWidth(column) / 256f);
        }
    }
}
