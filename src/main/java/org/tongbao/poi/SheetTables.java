package org.tongbao.poi;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tongbao.update.CellValue;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.SheetTable;

/**
 * A sheet the tool owns (部门统计), written whole as {@link SheetTable} says: an earlier one (its chart
 * included) is replaced in its place, never duplicated. The chart is a real bar chart of the .xlsx;
 * an .xls gets the table alone, since POI cannot make charts in that format.
 */
final class SheetTables {

    /** Where the chart stands: right of the table, this many columns wide and rows high at the least. */
    private static final int CHART_COLUMNS = 10;
    private static final int CHART_MIN_ROWS = 16;

    private SheetTables() {
    }

    static void write(Workbook workbook, SheetTable table) {
        // made under a name of its own first: a new sheet in the old one's place would take over its
        // drawing (POI reuses the removed sheet's part), and the chart would be there twice
        String making = table.sheetName() + "（新）";
        Sheet sheet = workbook.createSheet(making);
        fill(sheet, table, new ToolStyles(workbook));
        int at = workbook.getSheetIndex(table.sheetName());
        if (at >= 0) {
            workbook.removeSheetAt(at);
        }
        workbook.setSheetName(workbook.getSheetIndex(making), table.sheetName());
        if (at >= 0) {
            workbook.setSheetOrder(table.sheetName(), at);
        }
    }

    private static void fill(Sheet sheet, SheetTable table, ToolStyles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.width(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.header().get(c));
            CellStyle plain = cell.getCellStyle();
            cell.setCellStyle(styles.header(plain, HeaderLook.TOOL_HEADER));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<CellValue> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                WorkbookUpdater.setValue(row.createCell(c), values.get(c));
            }
        }
        for (int c = 0; c < table.widths().size(); c++) {
            sheet.setColumnWidth(c, table.widths().get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (table.chart() != null && !table.rows().isEmpty() && sheet instanceof XSSFSheet xssf) {
            chart(xssf, table);
        }
    }

    private static void chart(XSSFSheet sheet, SheetTable table) {
        SheetTable.Chart spec = table.chart();
        int last = table.rows().size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = table.width() + 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + CHART_COLUMNS,
                1 + Math.max(CHART_MIN_ROWS, last));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, last, spec.categoryColumn(), spec.categoryColumn()));
        XDDFNumericalDataSource<Double> rates = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, last, spec.valueColumn(), spec.valueColumn()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(names, rates);
        series.setTitle(table.header().get(spec.valueColumn()), null);
        // an explicit fill: without one LibreOffice draws the bars of an XDDF chart invisible
        XDDFShapeProperties bars = new XDDFShapeProperties();
        bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x44, (byte) 0x72,
                (byte) 0xC4})));
        series.setShapeProperties(bars);
        chart.plot(data);
    }
}
