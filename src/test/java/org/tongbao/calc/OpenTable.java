package org.tongbao.calc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.sun.star.beans.XPropertySet;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;

import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.office.OfficeProcess;

/**
 * A copy of a workbook opened hidden in the test office, with the reads the Calc ITs make of its
 * table's sheet. Documents a test opens besides it (a notice) are closed with it.
 */
final class OpenTable implements AutoCloseable {

    private final XSpreadsheetDocument document;
    private final String sheetName;
    private final List<Object> opened = new ArrayList<>();

    private OpenTable(XSpreadsheetDocument document, String sheetName) {
        this.document = document;
        this.sheetName = sheetName;
        opened.add(document);
    }

    /** Opens a copy of {@code workbook} made in {@code folder}, so the original never changes. */
    static OpenTable copyOf(TestOffice office, Path workbook, Path folder, String sheetName) throws Exception {
        Path copy = Files.copy(workbook, folder.resolve(workbook.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new OpenTable(Docs.openCalc(office, copy), sheetName);
    }

    /** As {@link #copyOf}, in a window of an office on a display. */
    static OpenTable visibleCopyOf(TestOffice office, Path workbook, Path folder, String sheetName) throws Exception {
        Path copy = Files.copy(workbook, folder.resolve(workbook.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new OpenTable(UnoCast.require(XSpreadsheetDocument.class,
                Docs.loadVisible(office, OfficeProcess.fileUrl(copy))), sheetName);
    }

    XSpreadsheetDocument document() {
        return document;
    }

    /** Closes {@code other} (a document, or another OpenTable) together with the table. */
    <T> T keep(T other) {
        opened.add(other);
        return other;
    }

    /** The engine's assessment of the sheets as Calc holds them now. */
    Assessment assessment() throws Exception {
        return org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SheetCells.readAll(document, List.of(Engine.FINDINGS_SHEET)), sheetName);
    }

    XSpreadsheet sheet() throws Exception {
        return SheetCells.requireSheet(document, sheetName);
    }

    /** The sheet's values from A1 over {@code rows} × {@code columns}. */
    Object[][] cells(int rows, int columns) throws Exception {
        return UnoCast.require(XCellRangeData.class, SheetCells.block(sheet(), 0, 0, rows, columns)).getDataArray();
    }

    String style(int row, int column) throws Exception {
        return String.valueOf(UnoCast.require(XPropertySet.class, sheet().getCellByPosition(column, row))
                .getPropertyValue("CellStyle"));
    }

    @Override
    public void close() {
        for (Object document : opened) {
            if (document instanceof OpenTable other) {
                other.close();
            } else {
                Docs.close(document);
            }
        }
    }
}
