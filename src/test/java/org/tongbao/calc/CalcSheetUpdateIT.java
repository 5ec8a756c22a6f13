package org.tongbao.calc;

import com.sun.star.beans.XPropertySet;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellContentType;
import com.sun.star.table.XCell;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.text.XText;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;
import org.tongbao.update.SheetUpdate;
import org.tongbao.update.SheetUpdateContract;

/**
 * The {@link SheetUpdate} contract as the Calc door honours it, in a real office, through the
 * calls 计算 and 标注 make ({@link SheetCells#write}, {@link CellStyles#mark}).
 */
@ExtendWith(TestOffice.class)
class CalcSheetUpdateIT extends SheetUpdateContract {

    private XSpreadsheetDocument document;
    private XSpreadsheet sheet;

    @BeforeEach
    void newDocument(TestOffice office) throws Exception {
        document = Docs.newCalc(office);
    }

    @AfterEach
    void close() {
        Docs.close(document);
    }

    @Override
    protected void create(Object[][] cells) throws Exception {
        String first = SheetCells.sheetNames(document).get(0);
        document.getSheets().insertNewByName(SHEET, (short) 0);
        document.getSheets().removeByName(first);
        sheet = SheetCells.requireSheet(document, SHEET);
        SheetCells.setValues(SheetCells.block(sheet, 0, 0, cells.length, cells[0].length), cells);
    }

    @Override
    protected void apply(SheetUpdate update) throws Exception {
        SheetCells.write(document, update);
        CellStyles.mark(document, update.sheetName(), update.marks());
    }

    private XCell cell(int row, int column) throws Exception {
        return sheet.getCellByPosition(column, row);
    }

    private String style(int row, int column) throws Exception {
        return String.valueOf(UnoCast.require(XPropertySet.class, cell(row, column)).getPropertyValue("CellStyle"));
    }

    @Override
    protected Object value(int row, int column) throws Exception {
        XCell cell = cell(row, column);
        CellContentType type = cell.getType();
        if (type == CellContentType.EMPTY) {
            return null;
        }
        return type == CellContentType.VALUE ? (Object) cell.getValue() : UnoCast.require(XText.class, cell).getString();
    }

    @Override
    protected boolean hasHeaderLook(int row, int column, HeaderLook look) throws Exception {
        return style(row, column).equals(look.styleName());
    }

    @Override
    protected Highlight mark(int row, int column) throws Exception {
        String style = style(row, column);
        for (Highlight h : Highlight.values()) {
            if (h.styleName().equals(style)) {
                return h;
            }
        }
        return null;
    }

    @Override
    protected int widthInCharacters(int column) throws Exception {
        Object columnObject = UnoCast.require(XColumnRowRange.class, sheet).getColumns().getByIndex(column);
        int width = (Integer) UnoCast.require(XPropertySet.class, columnObject).getPropertyValue("Width");
        return Math.round(width / (float) SheetCells.WIDTH_PER_CHARACTER);
    }
}
