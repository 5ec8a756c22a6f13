package org.tongbao.poi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * Applies the tool's columns and row highlights to a workbook in memory, and the output checks
 * and atomic file moves {@link EditableWorkbook} writes the copy with. Cells outside the tool's
 * columns keep their values; inside a marked rectangle only the fill changes, every other part
 * of each cell's style stays.
 */
public final class WorkbookUpdater {

    /** Width of the tool's columns, in characters (a Chinese character counts two). */
    static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 40;
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
        } catch (IOException e) {
            throw cannotWrite(output, "无法确认输出文件（" + WorkbookFiles.oneLine(e) + "）", e);
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

    static void apply(Workbook workbook, SheetUpdate update, Path input) throws WorkbookException {
        Sheet sheet = workbook.getSheet(update.sheetName());
        if (sheet == null) {
            throw WorkbookFiles.cannotRead(input, "没有名为“" + update.sheetName() + "”的工作表");
        }
        Object[][] values = update.values() == null ? new Object[0][] : update.values();
        int width = 0;
        for (Object[] row : values) {
            width = Math.max(width, row == null ? 0 : row.length);
        }
        int top = update.top();
        int left = update.left();
        int clear = Math.max(0, update.clearColumns());
        SpreadsheetVersion version = workbook.getSpreadsheetVersion();
        if (top < 0 || left < 0 || top + values.length - 1 > version.getLastRowIndex()
                || left + Math.max(width, clear) - 1 > version.getLastColumnIndex()) {
            throw WorkbookFiles.cannotRead(input, "要写入的列超出了工作表的范围（最多 "
                    + (version.getLastColumnIndex() + 1) + " 列、" + (version.getLastRowIndex() + 1) + " 行）");
        }
        for (RowMark mark : update.marks()) {
            if (mark.firstRow() < 0 || mark.firstColumn() < 0 || mark.lastRow() > version.getLastRowIndex()
                    || mark.lastColumn() > version.getLastColumnIndex()) {
                throw WorkbookFiles.cannotRead(input, "要标记的行超出了工作表的范围");
            }
        }
        ToolStyles styles = new ToolStyles(workbook);

        // 1. the tool's old columns: values and the tool's fills go, the office's styling stays
        if (clear > 0) {
            int last = sheet.getLastRowNum();
            for (int r = top; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = left; c < left + clear; c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        cell.setBlank();
                        cell.setCellStyle(styles.cleared(cell.getCellStyle()));
                    }
                }
            }
        }

        // 2. the new values
        for (int i = 0; i < values.length; i++) {
            Object[] rowValues = values[i];
            if (rowValues == null) {
                continue;
            }
            for (int j = 0; j < rowValues.length; j++) {
                Object value = rowValues[j];
                Cell cell = value == null ? existing(sheet, top + i, left + j) : cell(sheet, top + i, left + j);
                if (cell != null) {
                    setValue(cell, value);
                }
            }
        }

        // 3. the header row of the block
        if (values.length > 0) {
            for (int j = 0; j < width; j++) {
                Cell cell = cell(sheet, top, left + j);
                cell.setCellStyle(styles.header(cell.getCellStyle()));
            }
        }

        // 4. the marks: one derived style per (style, highlight), cells made where missing
        for (RowMark mark : update.marks()) {
            for (int r = mark.firstRow(); r <= mark.lastRow(); r++) {
                for (int c = mark.firstColumn(); c <= mark.lastColumn(); c++) {
                    Cell cell = cell(sheet, r, c);
                    cell.setCellStyle(styles.highlighted(cell.getCellStyle(), mark.highlight()));
                }
            }
        }

        // 5. widths for the new columns
        for (int j = 0; j < width; j++) {
            Object header = values.length > 0 && j < values[0].length ? values[0][j] : null;
            sheet.setColumnWidth(left + j, columnWidth(header) * 256);
        }
    }

    private static void setValue(Cell cell, Object value) {
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank(); // setting a value on a formula cell would only change its cached result
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof String s) {
            if (s.isEmpty()) {
                cell.setBlank();
            } else {
                cell.setCellValue(s);
            }
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            } else {
                cell.setCellErrorValue(FormulaError.NUM.getCode());
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException("不支持的单元格值类型 " + value.getClass().getSimpleName());
        }
    }

    /** Enough for the header text, at least {@link #MIN_WIDTH} characters, CJK counted double. */
    static int columnWidth(Object header) {
        int chars = 0;
        if (header instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                chars += s.charAt(i) < 0x2E80 ? 1 : 2;
            }
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));
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
