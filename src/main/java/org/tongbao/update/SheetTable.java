package org.tongbao.update;

import java.util.List;

/**
 * A sheet the tool owns and writes whole (部门统计): created at the end of the workbook when missing,
 * emptied and rewritten when there, never duplicated. {@code header} is row 1 (in the tool's header
 * look), {@code rows} follow; {@code widths} are the columns' widths in characters. {@code chart},
 * when not null, is drawn beside the table from its rows and follows them when the sheet is rewritten.
 */
public record SheetTable(String sheetName, List<String> header, List<List<CellValue>> rows, List<Integer> widths,
                         Chart chart) {

    /**
     * A bar chart of one column of the table against another: {@code categoryColumn} names the bars
     * (牵头单位), {@code valueColumn} (right beside it) gives their lengths (完成率), over every row.
     */
    public record Chart(String name, String title, int categoryColumn, int valueColumn) {
    }

    public SheetTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
    }

    public int width() {
        return header.size();
    }
}
