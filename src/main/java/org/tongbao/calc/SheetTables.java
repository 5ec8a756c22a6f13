package org.tongbao.calc;

import java.util.List;

import com.sun.star.awt.Rectangle;
import com.sun.star.beans.XPropertySet;
import com.sun.star.chart.XChartDocument;
import com.sun.star.container.XIndexAccess;
import com.sun.star.document.XEmbeddedObjectSupplier;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.table.XTableChart;
import com.sun.star.table.XTableCharts;
import com.sun.star.table.XTableChartsSupplier;
import com.sun.star.uno.Exception;

import org.tongbao.update.CellValue;
import org.tongbao.update.SheetTable;

/**
 * A sheet the tool owns (部门统计), written whole as {@link SheetTable} says, in one batch: the sheet
 * made at the end of the workbook when missing, emptied when there; header in the tool's header look;
 * the chart made once and pointed at the new rows on every run, so it follows the data. Making the
 * sheet and the chart is no undo step of its own ({@link UnoUndo#unrecorded}); the values are.
 */
public final class SheetTables {

    /** The chart's place right of the table, in 1/100 mm. */
    private static final int CHART_WIDTH = 16_000;
    private static final int CHART_HEIGHT = 9_000;

    private SheetTables() {
    }

    public static void write(XSpreadsheetDocument document, SheetTable table) throws Exception {
        if (SheetCells.sheet(document, table.sheetName()).isEmpty()) {
            SheetCells.addSheet(document, table.sheetName());
        }
        XSpreadsheet sheet = SheetCells.writableSheet(document, table.sheetName());
        var used = SheetCells.usedArea(sheet);
        SheetCells.clear(SheetCells.block(sheet, 0, 0, used.EndRow + 1, used.EndColumn + 1));
        Object[][] data = new Object[table.rows().size() + 1][table.width()];
        for (int c = 0; c < table.width(); c++) {
            data[0][c] = table.header().get(c);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<CellValue> row = table.rows().get(r);
            for (int c = 0; c < table.width(); c++) {
                data[r + 1][c] = c < row.size() ? row.get(c).plain() : null;
            }
        }
        SheetCells.put(document, SheetCells.block(sheet, 0, 0, data.length, table.width()), data);
        CellStyles.look(document, SheetCells.block(sheet, 0, 0, 1, table.width()),
                org.tongbao.update.HeaderLook.TOOL_HEADER);
        XIndexAccess columns = UnoCast.require(XColumnRowRange.class, sheet).getColumns();
        for (int c = 0; c < table.widths().size(); c++) {
            UnoCast.require(XPropertySet.class, columns.getByIndex(c))
                    .setPropertyValue("Width", table.widths().get(c) * SheetCells.WIDTH_PER_CHARACTER);
        }
        if (table.chart() != null && !table.rows().isEmpty()) {
            UnoUndo.unrecorded(document, () -> {
                chart(sheet, table);
                return null;
            });
        }
    }

    /** The bar chart of the value column against the category column beside it, made once, then re-pointed. */
    private static void chart(XSpreadsheet sheet, SheetTable table) throws Exception {
        SheetTable.Chart spec = table.chart();
        short index = UnoCast.require(XCellRangeAddressable.class, sheet).getRangeAddress().Sheet;
        CellRangeAddress[] ranges = {new CellRangeAddress(index, spec.categoryColumn(), 0, spec.valueColumn(),
                table.rows().size())};
        XTableCharts charts = UnoCast.require(XTableChartsSupplier.class, sheet).getCharts();
        if (charts.hasByName(spec.name())) {
            UnoCast.require(XTableChart.class, charts.getByName(spec.name())).setRanges(ranges);
            return;
        }
        int left = 0;
        for (int w : table.widths()) {
            left += w * SheetCells.WIDTH_PER_CHARACTER;
        }
        charts.addNewByName(spec.name(), new Rectangle(left + 500, 500, CHART_WIDTH, CHART_HEIGHT), ranges, true, true);
        XChartDocument chart = UnoCast.require(XChartDocument.class, UnoCast.require(XEmbeddedObjectSupplier.class,
                charts.getByName(spec.name())).getEmbeddedObject());
        UnoCast.require(XPropertySet.class, chart).setPropertyValue("HasMainTitle", true);
        UnoCast.require(XPropertySet.class, chart.getTitle()).setPropertyValue("String", spec.title());
    }
}
