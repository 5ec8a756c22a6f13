package org.tongbao.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.star.beans.XPropertySet;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.uno.Exception;

import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.table.CellAddress;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;

/**
 * The 校验结果 sheet: one row per finding (级别, 代码, 工作表, 单元格, 说明), each cell address a
 * HYPERLINK that jumps to the cell. Rewritten whole on every run.
 */
final class FindingsSheet {

    static final String[] HEADER = {"级别", "代码", "工作表", "单元格", "说明"};

    private FindingsSheet() {
    }

    /** Writes the findings sheet (created at the end of the workbook if missing); returns it. */
    static XSpreadsheet write(XSpreadsheetDocument document, List<Finding> findings) throws Exception {
        String name = CalcSession.FINDINGS_SHEET;
        Optional<XSpreadsheet> existing = SheetCells.sheet(document, name);
        XSpreadsheet sheet;
        if (existing.isPresent()) {
            sheet = SheetCells.writable(existing.get(), name);
            var used = SheetCells.usedArea(sheet);
            SheetCells.clear(SheetCells.block(sheet, 0, 0, used.EndRow + 1, used.EndColumn + 1));
        } else {
            sheet = SheetCells.addSheet(document, name);
        }
        Object[][] values = new Object[findings.size() + 1][];
        String[][] links = new String[findings.size() + 1][1];
        values[0] = HEADER.clone();
        links[0][0] = HEADER[3];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            values[i + 1] = new Object[] {f.severity().chinese(), f.code().name(), f.sheet(), "", f.message()};
            links[i + 1][0] = link(f.sheet(), f.cell());
        }
        SheetCells.put(document, SheetCells.block(sheet, 0, 0, values.length, HEADER.length), values);
        SheetCells.putFormulas(document, SheetCells.block(sheet, 0, 3, links.length, 1), links);
        XPropertySet columns = UnoCast.require(XPropertySet.class,
                UnoCast.require(XColumnRowRange.class, SheetCells.block(sheet, 0, 0, 1, HEADER.length)).getColumns());
        columns.setPropertyValue("OptimalWidth", true);
        return sheet;
    }

    /** {@code =HYPERLINK("#完成情况表.C12";"C12")}; empty when the finding has no cell. */
    static String link(String sheet, CellAddress cell) {
        if (cell == null) {
            return "";
        }
        String target = "#" + sheetReference(sheet) + "." + cell.a1();
        return "=HYPERLINK(\"" + target.replace("\"", "\"\"") + "\";\"" + cell.a1() + "\")";
    }

    /** A sheet name as Calc writes it in a reference: quoted when it holds anything but letters, digits and _. */
    static String sheetReference(String sheet) {
        if (sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return sheet;
        }
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** The 通报-校验问题 marks for error findings on {@code sheet}. */
    static List<RowMark> errorMarks(List<Finding> findings, String sheet) {
        List<RowMark> marks = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && sheet.equals(f.sheet()) && f.cell() != null) {
                CellAddress at = f.cell();
                marks.add(new RowMark(Highlight.FINDING, at.row(), at.row(), at.column(), at.column()));
            }
        }
        return marks;
    }
}
