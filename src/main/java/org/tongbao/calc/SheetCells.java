package org.tongbao.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.sheet.CellFlags;
import com.sun.star.sheet.FormulaResult;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XCellRangeFormula;
import com.sun.star.sheet.XCellRangesQuery;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetCellRange;
import com.sun.star.sheet.XSheetCellRanges;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellAddress;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCell;
import com.sun.star.table.XCellRange;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.text.XText;
import com.sun.star.uno.Exception;
import com.sun.star.util.XProtectable;

import org.tongbao.table.CellError;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetUpdate;

/**
 * Sheets in and out as whole ranges: one getDataArray to read a sheet into a {@link Grid}, one
 * setDataArray to write a block. Never a loop over cells through UNO (see PRODUCT §5 for why).
 * Merged areas are not read: the core treats a blank 序号/目标任务 under a task row as its continuation.
 */
public final class SheetCells {

    /** What Calc's clearContents takes away when the tool rewrites its own cells. */
    static final int CONTENTS = CellFlags.VALUE | CellFlags.DATETIME | CellFlags.STRING | CellFlags.FORMULA;

    private SheetCells() {
    }

    public static List<String> sheetNames(XSpreadsheetDocument document) throws Exception {
        XIndexAccess sheets = UnoCast.require(XIndexAccess.class, document.getSheets());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getCount(); i++) {
            names.add(UnoCast.require(XNamed.class, sheets.getByIndex(i)).getName());
        }
        return names;
    }

    public static Optional<XSpreadsheet> sheet(XSpreadsheetDocument document, String name) throws Exception {
        if (name == null || !document.getSheets().hasByName(name)) {
            return Optional.empty();
        }
        return UnoCast.cast(XSpreadsheet.class, document.getSheets().getByName(name));
    }

    /**
     * A new sheet at the end of the workbook, the tool's own (校验结果, 通报设置, 部门统计 …). Its insertion is
     * no undo step: undoing a sheet insertion kills LibreOffice 7.4 in a document without a view (a hidden
     * one, as the office engine and macros drive them); what is written into it afterwards is undoable.
     */
    public static XSpreadsheet addSheet(XSpreadsheetDocument document, String name) throws Exception {
        UnoUndo.unrecorded(document, () -> {
            document.getSheets().insertNewByName(name, (short) sheetNames(document).size());
            return null;
        });
        return requireSheet(document, name);
    }

    public static XSpreadsheet requireSheet(XSpreadsheetDocument document, String name) throws Exception {
        return sheet(document, name).orElseThrow(() -> new IllegalArgumentException("工作表「" + name + "」不存在"));
    }

    /** Whether {@code sheet} is protected against editing (Tools ▸ Protect Sheet). */
    public static boolean isProtected(XSpreadsheet sheet) {
        return UnoCast.cast(XProtectable.class, sheet).map(XProtectable::isProtected).orElse(false);
    }

    /** The sheet the tool is about to write into, refused with a clear message when it is protected. */
    public static XSpreadsheet writableSheet(XSpreadsheetDocument document, String name) throws Exception {
        return writable(requireSheet(document, name), name);
    }

    /**
     * {@code sheet}, unless it is protected against editing: the office would refuse the tool's first
     * styled cell with a message naming only its own source file.
     */
    public static XSpreadsheet writable(XSpreadsheet sheet, String name) {
        if (isProtected(sheet)) {
            throw new IllegalStateException("工作表「" + name + "」受保护，无法写入；请先在「工具 ▸ 保护工作表」中取消保护再运行。\n"
                    + "Sheet " + name + " is protected against editing: unprotect it (Tools ▸ Protect Sheet) and run again.");
        }
        return sheet;
    }

    /** From A1 to the end of the used area (A1 alone on an empty sheet), so grid and sheet share coordinates. */
    public static CellRangeAddress usedArea(XSpreadsheet sheet) {
        XSheetCellCursor cursor = sheet.createCursorByRange(
                UnoCast.require(XSheetCellRange.class, sheet.getCellRangeByName("A1")));
        UnoCast.require(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(true);
        return UnoCast.require(XCellRangeAddressable.class, cursor).getRangeAddress();
    }

    /** The sheet's used area as a grid: one getDataArray, plus one query for the (rare) error cells. */
    public static Grid read(XSpreadsheet sheet, String name) throws Exception {
        CellRangeAddress used = usedArea(sheet);
        XCellRange range = sheet.getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow);
        Object[][] data = UnoCast.require(XCellRangeData.class, range).getDataArray();
        for (Object[] row : data) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] instanceof String || row[c] instanceof Double ? row[c] : null;
            }
        }
        Grid grid = Grid.of(name, data);
        XSheetCellRanges errors = UnoCast.require(XCellRangesQuery.class, range).queryFormulaCells(FormulaResult.ERROR);
        XEnumeration cells = errors.getCells().createEnumeration();
        while (cells.hasMoreElements()) {
            XCell cell = UnoCast.require(XCell.class, cells.nextElement());
            CellAddress at = UnoCast.require(com.sun.star.sheet.XCellAddressable.class, cell).getCellAddress();
            grid.set(at.Row, at.Column, new CellError(UnoCast.require(XText.class, cell).getString()));
        }
        return grid;
    }

    /** Every sheet except those named in {@code skip}, in sheet order. */
    public static List<Grid> readAll(XSpreadsheetDocument document, List<String> skip) throws Exception {
        List<Grid> grids = new ArrayList<>();
        for (String name : sheetNames(document)) {
            if (!skip.contains(name)) {
                grids.add(read(requireSheet(document, name), name));
            }
        }
        return grids;
    }

    /** The rectangle {@code rows × columns} at {@code top,left}. */
    public static XCellRange block(XSpreadsheet sheet, int top, int left, int rows, int columns) throws Exception {
        return sheet.getCellRangeByPosition(left, top, left + columns - 1, top + rows - 1);
    }

    /** A column {@code n} characters wide is {@code n} × this, in 1/100 mm (about a digit of the default font). */
    static final int WIDTH_PER_CHARACTER = 200;

    /**
     * Writes the update's cells as {@link SheetUpdate} says, all but the row marks ({@link
     * CellStyles#mark}): the cleared area emptied of values and the tool's looks, the block in one
     * setDataArray, the header look, the widths; the rows' heights left as they are ({@link RowHeights}).
     */
    public static void write(XSpreadsheetDocument document, SheetUpdate update) throws Exception {
        XSpreadsheet sheet = writableSheet(document, update.sheetName());
        CellRange cleared = update.cleared();
        RowHeights.keptWhile(document, () -> {
            XCellRange area = sheet.getCellRangeByPosition(cleared.firstColumn(), cleared.firstRow(),
                    cleared.lastColumn(), cleared.lastRow());
            clear(area);
            CellStyles.clearLooks(document, area);
            if (update.width() > 0) {
                put(document, block(sheet, update.top(), update.left(), update.height(), update.width()),
                        dataArray(update));
                CellStyles.look(document, block(sheet, update.top(), update.left(), 1, update.width()),
                        update.headerLook());
            }
            XIndexAccess columns = UnoCast.require(XColumnRowRange.class, sheet).getColumns();
            for (int i = 0; i < update.columnWidths().size(); i++) {
                UnoCast.require(XPropertySet.class, columns.getByIndex(update.left() + i))
                        .setPropertyValue("Width", update.columnWidths().get(i) * WIDTH_PER_CHARACTER);
            }
            return null;
        });
    }

    /**
     * Adds the rows as {@link SheetRows} says: the sheet inserted at the end when it is missing (its
     * columns as wide as the rows ask), the text in one setDataArray from column A.
     */
    public static void add(XSpreadsheetDocument document, SheetRows rows) throws Exception {
        if (sheet(document, rows.sheetName()).isEmpty()) {
            addSheet(document, rows.sheetName());
            XIndexAccess columns = UnoCast.require(XColumnRowRange.class, writableSheet(document, rows.sheetName()))
                    .getColumns();
            for (int c = 0; c < rows.widths().size(); c++) {
                UnoCast.require(XPropertySet.class, columns.getByIndex(c))
                        .setPropertyValue("Width", rows.widths().get(c) * WIDTH_PER_CHARACTER);
            }
        }
        if (rows.rows().isEmpty()) {
            return;
        }
        Object[][] data = new Object[rows.rows().size()][rows.width()];
        for (int r = 0; r < data.length; r++) {
            List<String> cells = rows.rows().get(r);
            for (int c = 0; c < data[r].length; c++) {
                data[r][c] = c < cells.size() ? cells.get(c) : null;
            }
        }
        put(document, block(writableSheet(document, rows.sheetName()), rows.top(), 0, data.length, rows.width()), data);
    }

    /** The update's block, header row first, as setDataArray takes it. */
    static Object[][] dataArray(SheetUpdate update) {
        Object[][] data = new Object[update.height()][update.width()];
        for (int r = 0; r < data.length; r++) {
            for (int c = 0; c < data[r].length; c++) {
                data[r][c] = update.value(r, c).plain();
            }
        }
        return data;
    }

    /** {@link #setValues} that one Edit ▸ Undo takes back completely, also where cells were empty. */
    public static void put(XSpreadsheetDocument document, XCellRange range, Object[][] values) {
        CellRangeAddress[] empty = EmptyCellsUndo.before(range);
        setValues(range, values);
        EmptyCellsUndo.register(document, empty, () -> setValues(range, values));
    }

    /** {@link #setFormulas} that one Edit ▸ Undo takes back completely, also where cells were empty. */
    public static void putFormulas(XSpreadsheetDocument document, XCellRange range, String[][] formulas) {
        CellRangeAddress[] empty = EmptyCellsUndo.before(range);
        setFormulas(range, formulas);
        EmptyCellsUndo.register(document, empty, () -> setFormulas(range, formulas));
    }

    public static void clear(XCellRange range) {
        UnoCast.require(XSheetOperation.class, range).clearContents(CONTENTS);
    }

    /**
     * One setDataArray; null becomes an empty cell (UNO takes no null in the array). Its undo leaves
     * formerly empty cells filled (LibreOffice 7.4): inside an action use {@link #put}.
     */
    public static void setValues(XCellRange range, Object[][] values) {
        Object[][] data = new Object[values.length][];
        for (int r = 0; r < values.length; r++) {
            data[r] = new Object[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                Object v = values[r][c];
                data[r][c] = v == null ? "" : v instanceof Number n ? (Object) n.doubleValue() : v.toString();
            }
        }
        UnoCast.require(XCellRangeData.class, range).setDataArray(data);
    }

    /** One setFormulaArray (API grammar: English function names, ';' between arguments). */
    public static void setFormulas(XCellRange range, String[][] formulas) {
        UnoCast.require(XCellRangeFormula.class, range).setFormulaArray(formulas);
    }
}
