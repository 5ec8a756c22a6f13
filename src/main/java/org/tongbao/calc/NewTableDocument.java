package org.tongbao.calc;

import java.util.List;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNamed;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XController;
import com.sun.star.frame.XModel;
import com.sun.star.lang.Locale;
import com.sun.star.sheet.TableValidationVisibility;
import com.sun.star.sheet.ValidationAlertStyle;
import com.sun.star.sheet.ValidationType;
import com.sun.star.sheet.XPrintAreas;
import com.sun.star.sheet.XSheetCondition;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XSpreadsheetView;
import com.sun.star.sheet.XViewFreezable;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.CellHoriJustify;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.uno.Any;
import com.sun.star.uno.Exception;
import com.sun.star.util.XMergeable;
import com.sun.star.util.XNumberFormats;
import com.sun.star.util.XNumberFormatsSupplier;

import org.tongbao.table.DepartmentDirectory;
import org.tongbao.update.NewTable;

/**
 * A {@link NewTable} as a new Calc document, through UNO: the cells in one setDataArray, the
 * drop-downs as cell validations (a list), the rows down to the header frozen, the header row as
 * print titles, A4 landscape one page wide. The toolbar's 新建完成情况表 and the command line's
 * office engine both make their document here. A hidden document's file keeps no frozen rows (LibreOffice
 * stores the views of visible frames only), so the command line's office engine writes everything else.
 */
public final class NewTableDocument {

    private static final float BOLD = com.sun.star.awt.FontWeight.BOLD;
    private static final Locale NEUTRAL = new Locale("en", "US", "");

    private NewTableDocument() {
    }

    /** A new untitled spreadsheet holding {@code table}; hidden when asked (tests, the command line). */
    public static XSpreadsheetDocument create(Object desktop, NewTable table, boolean hidden) throws Exception {
        PropertyValue[] arguments = hidden ? new PropertyValue[] {PropertyValues.of("Hidden", true)} : new PropertyValue[0];
        Object component = UnoCast.require(XComponentLoader.class, desktop)
                .loadComponentFromURL("private:factory/scalc", "_blank", 0, arguments);
        if (component == null) {
            throw new Exception("LibreOffice 未能新建电子表格 / LibreOffice could not make a spreadsheet");
        }
        XSpreadsheetDocument document = UnoCast.require(XSpreadsheetDocument.class, component);
        fill(document, table);
        return document;
    }

    /** Lays {@code table} out in a new, empty document (its first sheet becomes the table's). */
    static void fill(XSpreadsheetDocument document, NewTable table) throws Exception {
        XIndexAccess sheets = UnoCast.require(XIndexAccess.class, document.getSheets());
        XSpreadsheet sheet = UnoCast.require(XSpreadsheet.class, sheets.getByIndex(0));
        UnoCast.require(XNamed.class, sheet).setName(table.sheetName());
        for (String name : SheetCells.sheetNames(document)) {
            if (!name.equals(table.sheetName())) {
                document.getSheets().removeByName(name);
            }
        }
        List<NewTable.Column> columns = table.columns();
        int width = columns.size();
        Object[][] data = new Object[table.firstTaskRow() + table.rows().size()][width];
        for (int r = 0; r < table.titleRows().size(); r++) {
            data[r][0] = table.titleRows().get(r);
        }
        for (int c = 0; c < width; c++) {
            data[table.headerRow()][c] = columns.get(c).header();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = table.rows().get(i);
            for (int c = 0; c < width && c < row.size(); c++) {
                data[table.firstTaskRow() + i][c] = row.get(c);
            }
        }
        SheetCells.setValues(SheetCells.block(sheet, 0, 0, data.length, width), data);

        XCellRange title = SheetCells.block(sheet, table.headerRow() - 1, 0, 1, width);
        UnoCast.require(XMergeable.class, title).merge(true);
        XPropertySet titleLook = UnoCast.require(XPropertySet.class, title);
        titleLook.setPropertyValue("CharWeight", BOLD);
        titleLook.setPropertyValue("CharHeight", 16f);
        titleLook.setPropertyValue("HoriJustify", CellHoriJustify.CENTER);
        XPropertySet header = UnoCast.require(XPropertySet.class, SheetCells.block(sheet, table.headerRow(), 0, 1, width));
        header.setPropertyValue("CharWeight", BOLD);
        header.setPropertyValue("HoriJustify", CellHoriJustify.CENTER);
        header.setPropertyValue("IsTextWrapped", true);

        XNumberFormats formats = UnoCast.require(XNumberFormatsSupplier.class, document).getNumberFormats();
        XIndexAccess sheetColumns = UnoCast.require(XColumnRowRange.class, sheet).getColumns();
        int editable = table.lastEditableRow() - table.firstTaskRow() + 1;
        for (int c = 0; c < width; c++) {
            NewTable.Column column = columns.get(c);
            UnoCast.require(XPropertySet.class, sheetColumns.getByIndex(c))
                    .setPropertyValue("Width", column.width() * SheetCells.WIDTH_PER_CHARACTER);
            XPropertySet cells = UnoCast.require(XPropertySet.class,
                    SheetCells.block(sheet, table.firstTaskRow(), c, editable, 1));
            cells.setPropertyValue("NumberFormat", format(formats, column.format()));
            cells.setPropertyValue("IsTextWrapped", column.width() >= 16);
            if (column.hasDropDown()) {
                dropDown(cells, column, table);
            }
        }

        XPrintAreas print = UnoCast.require(XPrintAreas.class, sheet);
        print.setTitleRows(new CellRangeAddress((short) 0, 0, table.headerRow(), width - 1, table.headerRow()));
        print.setPrintTitleRows(true);
        landscape(document, sheet);

        SheetCells.add(document, table.settings());
        SheetCells.add(document, table.directory());
        freeze(document, sheet, table.firstTaskRow());
    }

    private static int format(XNumberFormats formats, String code) throws Exception {
        int key = formats.queryKey(code, NEUTRAL, false);
        return key >= 0 ? key : formats.addNew(code, NEUTRAL);
    }

    private static void dropDown(XPropertySet cells, NewTable.Column column, NewTable table) throws Exception {
        XPropertySet validation = UnoCast.require(XPropertySet.class, cells.getPropertyValue("Validation"));
        validation.setPropertyValue("Type", ValidationType.LIST);
        validation.setPropertyValue("ShowList", TableValidationVisibility.UNSORTED);
        validation.setPropertyValue("ShowErrorMessage", true);
        validation.setPropertyValue("IgnoreBlankCells", true);
        XSheetCondition condition = UnoCast.require(XSheetCondition.class, validation);
        if (column.directoryList()) {
            // several leads in one cell (县财政局、县税务局) are allowed: a warning, not a refusal
            condition.setFormula1("$'" + DepartmentDirectory.SHEET_NAME + "'.$A$2:$A$" + table.directoryListEnd());
            validation.setPropertyValue("ErrorAlertStyle", ValidationAlertStyle.WARNING);
            validation.setPropertyValue("ErrorTitle", "牵头单位");
            validation.setPropertyValue("ErrorMessage", "此单位不在「" + DepartmentDirectory.SHEET_NAME + "」中");
        } else {
            condition.setFormula1("\"" + String.join("\";\"", column.choices()) + "\"");
            validation.setPropertyValue("ErrorAlertStyle", ValidationAlertStyle.STOP);
            validation.setPropertyValue("ErrorTitle", column.header());
            validation.setPropertyValue("ErrorMessage", "请从下拉列表中选择：" + String.join("、", column.choices()));
        }
        cells.setPropertyValue("Validation", validation);
    }

    /** The table sheet's page style: A4 landscape, as wide as one page. */
    private static void landscape(XSpreadsheetDocument document, XSpreadsheet sheet) throws Exception {
        String styleName = (String) UnoCast.require(XPropertySet.class, sheet).getPropertyValue("PageStyle");
        XNameAccess pageStyles = UnoCast.require(XNameAccess.class, UnoCast.require(XStyleFamiliesSupplier.class, document)
                .getStyleFamilies().getByName("PageStyles"));
        XPropertySet style = UnoCast.require(XPropertySet.class, pageStyles.getByName(styleName));
        style.setPropertyValue("IsLandscape", true);
        style.setPropertyValue("Width", 29700);
        style.setPropertyValue("Height", 21000);
        style.setPropertyValue("ScaleToPagesX", (short) 1);
        style.setPropertyValue("ScaleToPagesY", (short) 0);
    }

    /**
     * Freezes the rows above the first task in the document's view, the table's sheet (the first) shown.
     * The view's freezeAtPosition works in screen pixels, which a hidden window lacks; the view's own
     * data (what Calc saves and restores of a view: per sheet cursor/split modes/split positions/active
     * pane/scroll positions) freezes by rows, so it stands in when the first does not take.
     */
    private static void freeze(XSpreadsheetDocument document, XSpreadsheet sheet, int rows) throws Exception {
        XController controller = UnoCast.require(XModel.class, document).getCurrentController();
        if (controller == null) {
            return;
        }
        UnoCast.cast(XSpreadsheetView.class, controller).ifPresent(v -> v.setActiveSheet(sheet));
        XViewFreezable view = UnoCast.require(XViewFreezable.class, controller);
        view.freezeAtPosition(0, rows);
        if (view.hasFrozenPanes() || !(plain(controller.getViewData()) instanceof String data)) {
            return;
        }
        String[] parts = data.split(";", -1);
        int first = parts.length - SheetCells.sheetNames(document).size();
        String separator = parts[first].contains("+") ? "+" : "/";
        // cursor under the header, no column split, rows fixed at the header, the lower pane active
        parts[first] = String.join(separator, "0", String.valueOf(rows), "0", "2", "0", String.valueOf(rows), "2",
                "0", "0", "0", String.valueOf(rows));
        controller.restoreViewData(String.join(";", parts));
    }

    private static Object plain(Object value) {
        return value instanceof Any any ? any.getObject() : value;
    }
}
