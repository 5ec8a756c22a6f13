package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

import org.tongbao.table.CellAddress;
import org.tongbao.table.CellError;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Grid;

/** No cell of the table holds a formula error (#DIV/0!, #VALUE!, #REF!, …). */
final class FormulaErrorCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        CompletionTable table = context.table();
        Grid grid = table.grid();
        int toolEnd = table.toolCount() > 0 ? table.toolLeft() + table.toolCount() : -1;
        for (int r = table.headerBottom() + 1; r <= table.lastRow(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (c >= table.toolLeft() && c < toolEnd) {
                    continue;
                }
                if (grid.value(r, c) instanceof CellError e) {
                    found.add(context.finding(FindingCode.FORMULA_ERROR, CellAddress.of(r, c),
                            "公式出错（" + e.code() + "），请检查该单元格的公式或引用"));
                }
            }
        }
        return found;
    }
}
