package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetAnnotation;
import com.sun.star.sheet.XSheetAnnotations;
import com.sun.star.sheet.XSheetAnnotationsSupplier;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetCellRange;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellAddress;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XColumnRowRange;
import com.sun.star.text.XSimpleText;
import com.sun.star.util.XMergeable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Engine;
import org.tongbao.office.OfficeProcess;

/**
 * The office's work survives the tool and a save: a table opened in Calc, a clerk's comment added,
 * 计算 and 标注 run, the document saved as .xlsx and as .ods and opened again — every cell the office
 * typed (left of the tool's columns), every merged range, comment and column width there, and every
 * other sheet, as they were before the tool ran.
 */
@ExtendWith(TestOffice.class)
class RoundTripIT {

    private static final Map<String, String> FILTERS = Map.of("xlsx", "Calc MS Excel 2007 XML", "ods", "calc8");

    @Test
    void theSampleSurvivesComputeHighlightAndASaveAsXlsxAndOds(TestOffice office, @TempDir Path folder) throws Exception {
        roundTrip(office, folder, Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx"),
                "完成情况表");
    }

    @Test
    void aPeriodicTableSurvivesThemToo(TestOffice office, @TempDir Path folder) throws Exception {
        roundTrip(office, folder, Path.of("src/test/resources/corpus/xian-fengjie-2024-h1.xlsx"), "上半年");
    }

    private static void roundTrip(TestOffice office, Path folder, Path workbook, String sheet) throws Exception {
        try (OpenTable table = OpenTable.copyOf(office, workbook, folder, sheet)) {
            XSpreadsheetDocument document = table.document();
            int toolColumns = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment()).left();
            XSheetAnnotations notes = UnoCast.require(XSheetAnnotationsSupplier.class, table.sheet()).getAnnotations();
            notes.insertNew(new CellAddress((short) 0, 1, 4), "请牵头单位核实（督查办）");
            Map<String, Snapshot> before = snapshots(document, sheet, toolColumns);
            assertEquals("请牵头单位核实（督查办）", before.get(sheet).comments().get("4,1"), "the clerk's comment, read back");

            assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Compute").State);
            assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Highlight").State);
            assertSame(before, snapshots(document, sheet, toolColumns), "in Calc after 计算 and 标注");

            for (String extension : List.of("xlsx", "ods")) {
                Path saved = folder.resolve("saved." + extension);
                UnoCast.require(XStorable.class, document).storeToURL(OfficeProcess.fileUrl(saved), new PropertyValue[] {
                    PropertyValues.of("FilterName", FILTERS.get(extension)), PropertyValues.of("Overwrite", true)});
                XSpreadsheetDocument reopened = table.keep(Docs.openCalc(office, saved));
                assertSame(before, snapshots(reopened, sheet, toolColumns), "saved as ." + extension + " and opened again");
            }
        }
    }

    /** Every sheet of {@code before} in {@code after}, the same; column widths within the file format's rounding. */
    private static void assertSame(Map<String, Snapshot> before, Map<String, Snapshot> after, String when) {
        for (Map.Entry<String, Snapshot> entry : before.entrySet()) {
            Snapshot was = entry.getValue();
            Snapshot is = after.get(entry.getKey());
            String where = when + ", sheet " + entry.getKey();
            assertTrue(is != null, where + ": the sheet is there");
            assertEquals(was.cells().length, is.cells().length, where + ": rows");
            for (int r = 0; r < was.cells().length; r++) {
                assertEquals(Arrays.asList(was.cells()[r]), Arrays.asList(is.cells()[r]), where + ": row " + (r + 1));
            }
            assertEquals(was.merged(), is.merged(), where + ": merged ranges");
            assertEquals(was.comments(), is.comments(), where + ": comments");
            for (int c = 0; c < was.widths().length; c++) {
                // .xlsx keeps widths in character units: a round trip may move them by a fraction of a millimetre
                assertTrue(Math.abs(was.widths()[c] - is.widths()[c]) <= 30, where + ": width of column " + (c + 1)
                        + " was " + was.widths()[c] + ", is " + is.widths()[c]);
            }
        }
    }

    /** What the office holds on one sheet: typed values, merged ranges, comments and column widths. */
    private record Snapshot(Object[][] cells, List<String> merged, Map<String, String> comments, int[] widths) {
    }

    /** Each sheet as it is now; on the table's sheet only the columns left of the tool's. */
    private static Map<String, Snapshot> snapshots(XSpreadsheetDocument document, String tableSheet, int toolColumns)
            throws Exception {
        Map<String, Snapshot> all = new LinkedHashMap<>();
        for (String name : SheetCells.sheetNames(document)) {
            XSpreadsheet sheet = SheetCells.requireSheet(document, name);
            CellRangeAddress used = SheetCells.usedArea(sheet);
            int rows = used.EndRow + 1;
            int columns = name.equals(tableSheet) ? toolColumns : used.EndColumn + 1;
            Object[][] cells = UnoCast.require(XCellRangeData.class, SheetCells.block(sheet, 0, 0, rows, columns))
                    .getDataArray();
            List<String> merged = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Object cell = sheet.getCellByPosition(c, r);
                    if (UnoCast.require(XMergeable.class, cell).getIsMerged()) {
                        XSheetCellCursor cursor = sheet.createCursorByRange(UnoCast.require(XSheetCellRange.class, cell));
                        cursor.collapseToMergedArea();
                        CellRangeAddress area = UnoCast.require(XCellRangeAddressable.class, cursor).getRangeAddress();
                        merged.add(area.StartRow + "," + area.StartColumn + ":" + area.EndRow + "," + area.EndColumn);
                    }
                }
            }
            Map<String, String> comments = new LinkedHashMap<>();
            XIndexAccess notes = UnoCast.require(XIndexAccess.class,
                    UnoCast.require(XSheetAnnotationsSupplier.class, sheet).getAnnotations());
            for (int i = 0; i < notes.getCount(); i++) {
                XSheetAnnotation note = UnoCast.require(XSheetAnnotation.class, notes.getByIndex(i));
                CellAddress at = note.getPosition();
                comments.put(at.Row + "," + at.Column, UnoCast.require(XSimpleText.class, note).getString());
            }
            XIndexAccess columnAccess = UnoCast.require(XIndexAccess.class,
                    UnoCast.require(XColumnRowRange.class, sheet).getColumns());
            int[] widths = new int[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = (Integer) UnoCast.require(XPropertySet.class, columnAccess.getByIndex(c)).getPropertyValue("Width");
            }
            all.put(name, new Snapshot(cells, merged, comments, widths));
        }
        return all;
    }
}
