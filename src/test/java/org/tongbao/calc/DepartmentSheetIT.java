package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.table.XTableCharts;
import com.sun.star.table.XTableChartsSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Engine;
import org.tongbao.table.Grid;
import org.tongbao.update.DepartmentTable;
import org.tongbao.update.SheetTable;

/** 计算 in Calc writes the 部门统计 league table with a chart of it: refreshed, never duplicated, its values one undo step. */
@ExtendWith(TestOffice.class)
class DepartmentSheetIT {

    @Test
    void computeWritesTheLeagueTableAndItsChart(TestOffice office, @TempDir Path folder) throws Exception {
        for (String[] table : List.of(new String[] {System.getProperty("tongbao.sampleDir", "sample-workbooks")
                + "/yunyang-2022.xlsx", "完成情况表"}, new String[] {"src/test/resources/corpus/xian-fengdu-2023.xlsx",
                "完成情况表"}, new String[] {"src/test/resources/corpus/qu-yubei-2023.xlsx", "目标任务"},
                new String[] {"src/test/resources/corpus/xian-fengjie-2024-h1.xlsx", "上半年"})) {
            try (OpenTable open = OpenTable.copyOf(office, Path.of(table[0]), folder, table[1])) {
                SheetTable expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).departmentTable(open.assessment());
                for (int run = 1; run <= 2; run++) {
                    assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, open.document(), "Compute").State);
                    assertEquals(1, SheetCells.sheetNames(open.document()).stream()
                            .filter(DepartmentTable.SHEET_NAME::equals).count(), "run " + run);
                    Grid written = sheet(open);
                    assertEquals(expected.header().size(), written.columnCount());
                    assertEquals(expected.rows().size() + 1, written.rowCount());
                    for (int r = 0; r < expected.rows().size(); r++) {
                        for (int c = 0; c < expected.width(); c++) {
                            Object want = expected.rows().get(r).get(c).plain();
                            Object got = written.value(r + 1, c);
                            if (want instanceof Number n) {
                                assertEquals(n.doubleValue(), (Double) got, 1e-9, table[0] + " row " + (r + 2));
                            } else {
                                assertEquals(want, got, table[0] + " row " + (r + 2));
                            }
                        }
                    }
                    XTableCharts charts = UnoCast.require(XTableChartsSupplier.class,
                            SheetCells.requireSheet(open.document(), DepartmentTable.SHEET_NAME)).getCharts();
                    assertEquals(List.of(expected.chart().name()), List.of(charts.getElementNames()), "one chart");
                }
                // the sheet and the chart are made outside the undo stack; their values are undone with 计算
                UnoUndo.undo(open.document());
                UnoUndo.undo(open.document());
                assertTrue(sheet(open).rowCount() <= 1 && sheet(open).columnCount() <= 1, "values gone after two undos");
            }
        }
    }

    private static Grid sheet(OpenTable open) throws Exception {
        return SheetCells.read(SheetCells.requireSheet(open.document(), DepartmentTable.SHEET_NAME),
                DepartmentTable.SHEET_NAME);
    }
}
