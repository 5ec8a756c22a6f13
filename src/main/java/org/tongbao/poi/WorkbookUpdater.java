package org.tongbao.poi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.tongbao.io.Failures;
import org.tongbao.table.CellRange;
import org.tongbao.update.CellValue;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetUpdate;

/**
 * Applies a {@link SheetUpdate} to a workbook in memory, and the output checks {@link PoiWorkbook}
 * writes the copy with. Cells outside the update keep their values; inside a marked rectangle
 * only the fill changes, every other part of each cell's style stays.
 */
public final class WorkbookUpdater {

    private static final Set<String> EXCEL_EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls", "xlt");

    private WorkbookUpdater() {
    }

    static WorkbookException cannotWrite(Path output, String why) {
        return new WorkbookException("无法写入文件 " + WorkbookFiles.name(output) + "：" + why);
    }

    static WorkbookException cannotWrite(Path output, String why, Throwable cause) {
        return new WorkbookException("无法写入文件 " + WorkbookFiles.name(output) + "：" + why, cause);
    }

    /** The absolute output path, once it is known not to be the input nor a folder. */
    static Path checkOutput(Path input, Path output, WorkbookFiles.Kind kind) throws WorkbookException {
        Path target = output.toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            throw cannotWrite(output, "不是文件路径");
        }
        try {
            if (Files.exists(target) && Files.isSameFile(input, target)) {
                throw cannotWrite(output, "输出文件不能是输入文件本身，请另取文件名");
            }
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw cannotWrite(output, "无法确认输出文件（" + Failures.oneLine(e) + "）", e);
        }
        if (Files.isDirectory(target)) {
            throw cannotWrite(output, "这是一个文件夹");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw cannotWrite(output, "所在文件夹不存在");
        }
        String in = WorkbookFiles.extension(input);
        String out = WorkbookFiles.extension(target);
        if (EXCEL_EXTENSIONS.contains(out)) {
            boolean outXls = out.equals("xls") || out.equals("xlt");
            String expected = null;
            if (kind == WorkbookFiles.Kind.OLE2 && !outXls) {
                expected = "xls";
            } else if (kind == WorkbookFiles.Kind.OOXML) {
                boolean inExcel = EXCEL_EXTENSIONS.contains(in) && !in.equals("xls") && !in.equals("xlt");
                if (outXls) {
                    expected = inExcel ? in : "xlsx";
                } else if (inExcel && !in.equals(out)) {
                    expected = in; // .xlsm, .xltx … differ in content type, not only in name
                }
            }
            if (expected != null) {
                throw cannotWrite(output, "扩展名应为 ." + expected + "，与输入文件的格式一致");
            }
        }
        return target;
    }

    static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // nothing more to do: the file is a leftover temp file, never the output
            }
        }
    }

    // ---- the update itself -----------------------------------------------------------------

    /** Applies the update to the workbook in memory, step by step as {@link SheetUpdate} says. */
    /** Adds the rows as {@link SheetRows} says: the sheet made at the end when missing, text cells from column A. */
    static void add(Workbook workbook, SheetRows rows, Path input) throws WorkbookException {
        Sheet sheet = workbook.getSheet(rows.sheetName());
        if (sheet == null) {
            sheet = workbook.createSheet(rows.sheetName());
            for (int c = 0; c < rows.widths().size(); c++) {
                sheet.setColumnWidth(c, rows.widths().get(c) * 256);
            }
        }
        int last = workbook.getSpreadsheetVersion().getLastRowIndex();
        if (rows.top() + rows.rows().size() - 1 > last) {
            throw WorkbookFiles.cannotRead(input, "工作表「" + rows.sheetName() + "」已写满，无法再添加行");
        }
        for (int r = 0; r < rows.rows().size(); r++) {
            Row row = sheet.getRow(rows.top() + r);
            if (row == null) {
                row = sheet.createRow(rows.top() + r);
            }
            List<String> cells = rows.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cell = row.createCell(c);
                }
                cell.setCellValue(cells.get(c));
            }
        }
    }

    static void apply(Workbook workbook, SheetUpdate update, Path input) throws WorkbookException {
        Sheet sheet = workbook.getSheet(update.sheetName());
        if (sheet == null) {
            throw WorkbookFiles.cannotRead(input, "没有名为“" + update.sheetName() + "”的工作表");
        }
        int top = update.top();
        int left = update.left();
        CellRange cleared = update.cleared();
        SpreadsheetVersion version = workbook.getSpreadsheetVersion();
        if (!fits(cleared.firstRow(), cleared.firstColumn(), cleared.lastRow(), cleared.lastColumn(), version)
                || !fits(top, left, top + update.height() - 1, left + update.width() - 1, version)) {
            throw new WorkbookException("无法写出计算结果：工作表「" + update.sheetName() + "」中计算列要从 "
                    + org.tongbao.table.CellAddress.of(Math.min(top, version.getLastRowIndex()),
                            Math.min(left, version.getLastColumnIndex())).a1()
                    + " 起写，超出了工作表的范围（最多 " + (version.getLastColumnIndex() + 1) + " 列、"
                    + (version.getLastRowIndex() + 1) + " 行）；请删去表格右侧用不到的列后再试");
        }
        for (RowMark mark : update.marks()) {
            if (!fits(mark.firstRow(), mark.firstColumn(), mark.lastRow(), mark.lastColumn(), version)) {
                throw WorkbookFiles.cannotRead(input, "要标记的行超出了工作表的范围");
            }
        }
        ToolStyles styles = new ToolStyles(workbook);

        // 1. the cleared area: values and the tool's looks go, the office's styling stays
        for (int r = cleared.firstRow(); r <= cleared.lastRow(); r++) {
            Row row = sheet.getRow(r);
            for (int c = cleared.firstColumn(); row != null && c <= cleared.lastColumn(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    cell.setBlank();
                    cell.setCellStyle(styles.cleared(cell.getCellStyle()));
                }
            }
        }

        // 2. the earlier row marks, wherever they are (a style is looked at once, however many cells share it)
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellStyle style = cell.getCellStyle();
                if (styles.isRowMark(style)) {
                    cell.setCellStyle(styles.cleared(style));
                }
            }
        }

        // 3. and 4. the header with its look, the values below it
        for (int i = 0; i < update.height(); i++) {
            for (int j = 0; j < update.width(); j++) {
                CellValue value = update.value(i, j);
                Cell cell = i == 0 || value != CellValue.EMPTY ? cell(sheet, top + i, left + j)
                        : existing(sheet, top + i, left + j);
                if (cell != null) {
                    setValue(cell, value);
                }
                if (i == 0) {
                    cell.setCellStyle(styles.header(cell.getCellStyle(), update.headerLook()));
                }
            }
        }

        // 5. the widths
        for (int j = 0; j < update.columnWidths().size(); j++) {
            sheet.setColumnWidth(left + j, update.columnWidths().get(j) * 256);
        }

        // 6. the marks: one derived style per (style, highlight), cells made where missing
        for (RowMark mark : update.marks()) {
            for (int r = mark.firstRow(); r <= mark.lastRow(); r++) {
                for (int c = mark.firstColumn(); c <= mark.lastColumn(); c++) {
                    Cell cell = cell(sheet, r, c);
                    cell.setCellStyle(styles.highlighted(cell.getCellStyle(), mark.highlight()));
                }
            }
        }
    }

    private static boolean fits(int firstRow, int firstColumn, int lastRow, int lastColumn, SpreadsheetVersion v) {
        return firstRow >= 0 && firstColumn >= 0 && lastRow <= v.getLastRowIndex() && lastColumn <= v.getLastColumnIndex();
    }

    static void setValue(Cell cell, CellValue value) {
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank(); // setting a value on a formula cell would only change its cached result
        }
        if (value instanceof CellValue.Text t) {
            cell.setCellValue(t.text());
        } else if (value instanceof CellValue.Number n) {
            cell.setCellValue(n.value().doubleValue());
        } else {
            cell.setBlank();
        }
    }

    private static Cell existing(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
