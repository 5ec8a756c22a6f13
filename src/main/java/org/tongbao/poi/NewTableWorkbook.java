package org.tongbao.poi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongbao.io.AtomicFiles;
import org.tongbao.io.Failures;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.update.NewTable;
import org.tongbao.update.SheetRows;

/**
 * A {@link NewTable} written as .xlsx with POI: Excel's own data validations for the drop-downs,
 * a freeze pane under the header, the header row as print titles, A4 landscape, one page wide.
 */
public final class NewTableWorkbook {

    private NewTableWorkbook() {
    }

    /** Writes {@code table} to {@code output} (.xlsx), atomically. */
    public static void write(NewTable table, Path output) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            table(workbook, table);
            textSheet(workbook, table.settings());
            textSheet(workbook, table.directory());
            AtomicFiles.write(output, workbook::write);
        } catch (RuntimeException e) {
            throw new IOException("无法写入文件 " + output.getFileName() + "：" + Failures.oneLine(e), e);
        }
    }

    private static void table(XSSFWorkbook workbook, NewTable table) {
        Sheet sheet = workbook.createSheet(table.sheetName());
        List<NewTable.Column> columns = table.columns();
        int last = columns.size() - 1;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        for (int r = 0; r < table.titleRows().size(); r++) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(table.titleRows().get(r));
            boolean title = r == table.titleRows().size() - 1;
            CellStyle style = workbook.createCellStyle();
            style.setFont(title ? big : bold);
            if (title) {
                style.setAlignment(HorizontalAlignment.CENTER);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            cell.setCellStyle(style);
        }

        CellStyle header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        Row headerRow = sheet.createRow(table.headerRow());
        CellStyle[] styles = new CellStyle[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            NewTable.Column column = columns.get(c);
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, column.width() * 256);
            styles[c] = bordered(workbook);
            styles[c].setWrapText(column.width() >= 16);
            styles[c].setDataFormat(workbook.createDataFormat().getFormat(column.format()));
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = sheet.createRow(table.firstTaskRow() + i);
            List<Object> values = table.rows().get(i);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = c < values.size() ? values.get(c) : null;
                if (value instanceof Double d) {
                    cell.setCellValue(d);
                } else if (value instanceof String s && !s.isEmpty()) {
                    cell.setCellValue(s);
                }
                cell.setCellStyle(styles[c]);
            }
        }
        dropDowns(sheet, table);
        sheet.createFreezePane(0, table.firstTaskRow());
        sheet.setRepeatingRows(new CellRangeAddress(table.headerRow(), table.headerRow(), -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static void dropDowns(Sheet sheet, NewTable table) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < table.columns().size(); c++) {
            NewTable.Column column = table.columns().get(c);
            if (!column.hasDropDown()) {
                continue;
            }
            DataValidationConstraint constraint = column.directoryList()
                    ? helper.createFormulaListConstraint("'" + DepartmentDirectory.SHEET_NAME + "'!$A$2:$A$"
                            + table.directoryListEnd())
                    : helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(table.firstTaskRow(), table.lastEditableRow(), c, c));
            validation.setShowErrorBox(true);
            if (column.directoryList()) {
                // several leads in one cell (县财政局、县税务局) are allowed: a warning, not a refusal
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox("牵头单位", "此单位不在「" + DepartmentDirectory.SHEET_NAME + "」中");
            } else {
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(column.header(), "请从下拉列表中选择：" + String.join("、", column.choices()));
            }
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
    }

    private static void textSheet(XSSFWorkbook workbook, SheetRows rows) {
        Sheet sheet = workbook.createSheet(rows.sheetName());
        for (int r = 0; r < rows.rows().size(); r++) {
            Row row = sheet.createRow(rows.top() + r);
            List<String> cells = rows.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
        for (int c = 0; c < rows.widths().size(); c++) {
            sheet.setColumnWidth(c, rows.widths().get(c) * 256);
        }
    }
}
