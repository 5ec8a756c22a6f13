package org.tongbao.update;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tongbao.figures.NumberStyle;
import org.tongbao.rules.DepartmentStanding;

/**
 * The league table of the lead departments (部门统计) as compute writes it: one row a department, best
 * first, with a bar chart of their completion rates. A periodic table adds 达到序时进度 and 滞后.
 */
public final class DepartmentTable {

    public static final String SHEET_NAME = "部门统计";

    private DepartmentTable() {
    }

    public static SheetTable of(List<DepartmentStanding> standings, boolean periodic, NumberStyle style) {
        List<String> header = DepartmentStanding.header(periodic);
        List<List<CellValue>> rows = new ArrayList<>();
        for (DepartmentStanding d : standings) {
            List<CellValue> row = new ArrayList<>();
            for (Object value : d.row(periodic)) {
                row.add(value instanceof String text ? CellValue.text(text)
                        : value instanceof BigDecimal rate ? CellValue.number(rate.setScale(style.shareDecimals(),
                        style.rounding())) : whole((Integer) value));
            }
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>(List.of(6, 28, 10, 10, 8, 8, 8));
        if (periodic) {
            widths.addAll(List.of(12, 8));
        }
        return new SheetTable(SHEET_NAME, header, rows, widths,
                new SheetTable.Chart("通报部门完成率", "各牵头单位目标任务完成率（%）", 1, 2));
    }

    private static CellValue whole(int n) {
        return CellValue.number(BigDecimal.valueOf(n));
    }
}
