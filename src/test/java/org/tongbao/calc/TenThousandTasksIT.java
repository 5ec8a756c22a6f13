package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetCellRanges;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUniqueCellFormatRangesSupplier;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.bench.Benchmark;
import org.tongbao.check.Finding;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * The toolbar commands on a generated table of 10,000 tasks (the generator of {@link Benchmark}),
 * dispatched through the document's frame as on the sample (SampleWorkbookIT), with the engine's
 * own results on the same cells as the expectation.
 */
@ExtendWith(TestOffice.class)
class TenThousandTasksIT {

    private static final int TASKS = 10_000;
    private static final String SHEET = "完成情况表";

    @TempDir
    static Path shared;
    private static Path generated;

    private OpenTable table;
    private XSpreadsheetDocument document;

    @BeforeAll
    static void generate() throws Exception {
        generated = shared.resolve("tasks-" + TASKS + ".xlsx");
        Benchmark.generate(TASKS, generated);
    }

    @BeforeEach
    void open(TestOffice office, @TempDir Path folder) throws Exception {
        table = OpenTable.copyOf(office, generated, folder, SHEET);
        document = table.document();
    }

    @AfterEach
    void close() {
        table.close();
    }

    /** For each highlight style on the sheet, the cells that carry it, as "row:firstColumn-lastColumn" per row. */
    private Map<String, TreeSet<String>> styledRows() throws Exception {
        XIndexAccess formats = UnoCast.require(XUniqueCellFormatRangesSupplier.class, table.sheet())
                .getUniqueCellFormatRanges();
        Map<String, TreeSet<String>> styled = new TreeMap<>();
        for (int i = 0; i < formats.getCount(); i++) {
            Object ranges = formats.getByIndex(i);
            String style = String.valueOf(UnoCast.require(XPropertySet.class, ranges).getPropertyValue("CellStyle"));
            if (java.util.Arrays.stream(Highlight.values()).noneMatch(h -> h.styleName().equals(style))) {
                continue;
            }
            for (CellRangeAddress a : UnoCast.require(XSheetCellRanges.class, ranges).getRangeAddresses()) {
                for (int r = a.StartRow; r <= a.EndRow; r++) {
                    styled.computeIfAbsent(style, k -> new TreeSet<>()).add(r + ":" + a.StartColumn + "-" + a.EndColumn);
                }
            }
        }
        return styled;
    }

    @Test
    void theTableIsRecognisedWithAllItsTasksAndNoErrors() throws Exception {
        Assessment assessment = table.assessment();
        assertTrue(assessment.recognised(), assessment.findings().toString());
        assertEquals(TASKS, assessment.summary().total());
        assertFalse(assessment.hasErrors(), assessment.findings().stream().limit(5).toList().toString());
    }

    @Test
    void computeWritesTheEnginesFiguresDownToTheLastRowAsOneUndoStep(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        assertTrue(expected.top() + expected.height() > TASKS, "a row per task and more");
        ComputeChecks.computeWritesTheEnginesValuesAsOneUndoStep(office, document, expected, table::cells,
                r -> r % 97 == 0);
    }

    @Test
    void highlightStylesExactlyTheMarkedRowsAndOneUndoRemovesThem(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Compute").State);
        DispatchResultEvent result = Docs.dispatch(office, document, "Highlight");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));

        Map<String, TreeSet<String>> want = new TreeMap<>();
        for (RowMark mark : expected.marks()) {
            if (mark.highlight() == Highlight.FINDING) {
                continue;
            }
            for (int r = mark.firstRow(); r <= mark.lastRow(); r++) {
                want.computeIfAbsent(mark.highlight().styleName(), k -> new TreeSet<>())
                        .add(r + ":" + mark.firstColumn() + "-" + mark.lastColumn());
            }
        }
        assertEquals(TASKS / 40, expected.marks().stream().filter(m -> m.highlight() == Highlight.UNFINISHED).count(),
                "every 40th task is unfinished");
        Map<String, TreeSet<String>> styled = styledRows();
        assertEquals(want, styled, "the marked rows, and no others, carry the styles");
        assertTrue(styled.get(Highlight.UNFINISHED.styleName()).contains(
                        want.get(Highlight.UNFINISHED.styleName()).last()), "the last unfinished task");

        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Highlight").State);
        assertEquals(styled, styledRows(), "a second run");
        UnoUndo.undo(document);
        assertEquals(styled, styledRows(), "undo takes back the second run only");
        UnoUndo.undo(document);
        assertEquals(Map.of(), styledRows(), "one undo step removes the first run's styles");
    }

    @Test
    void validateListsEveryFindingAndOneUndoEmptiesTheSheet(TestOffice office) throws Exception {
        Assessment assessment = table.assessment();
        List<Finding> findings = assessment.findings();
        // made beforehand: undoing a sheet insertion in a hidden document crashes LibreOffice 7.4 (see Docs.load)
        document.getSheets().insertNewByName(Engine.FINDINGS_SHEET, (short) 1);

        DispatchResultEvent result = Docs.dispatch(office, document, "Validate");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        assertEquals(ValidateAction.summary(findings), result.Result);
        XSpreadsheet sheet = SheetCells.requireSheet(document, Engine.FINDINGS_SHEET);
        Grid listed = SheetCells.read(sheet, Engine.FINDINGS_SHEET);
        assertEquals(findings.size() + 1, listed.rowCount());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            assertEquals(f.severity().chinese(), listed.text(i + 1, 0));
            assertEquals(f.code().name(), listed.text(i + 1, 1));
            assertEquals(f.message(), listed.text(i + 1, 4));
            assertEquals(f.a1(), listed.text(i + 1, 3) == null ? "" : listed.text(i + 1, 3));
        }

        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Validate").State);
        Grid again = SheetCells.read(sheet, Engine.FINDINGS_SHEET);
        assertEquals(listed.rowCount(), again.rowCount(), "a second run");
        for (int r = 0; r < listed.rowCount(); r++) {
            for (int c = 0; c < FindingsSheet.HEADER.length; c++) {
                assertEquals(listed.text(r, c), again.text(r, c), "a second run, row " + r);
            }
        }
        Docs.undo(office, document);
        assertEquals(listed.rowCount(), SheetCells.read(sheet, Engine.FINDINGS_SHEET).rowCount());
        Docs.undo(office, document);
        assertEquals(0, SheetCells.read(sheet, Engine.FINDINGS_SHEET).columnCount(), "one undo step empties the sheet");
    }

    /**
     * The notice of the 10,000-task table: the body as the command line words it, and every task in
     * the attachment, which Writer gets as consecutive tables of {@link OdtNoticeWriter#PIECE_ROWS}
     * rows (OdtNoticeWriter: one table this long takes Writer 7.4 over 11 minutes to lay out).
     */
    @Test
    void noticeCarriesEveryTaskInItsAttachmentTables(TestOffice office) throws Exception {
        NoticeDocument expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).notice(table.assessment());
        DispatchResultEvent result = Docs.dispatch(office, document, "Notice");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        XTextDocument notice = UnoCast.require(XTextDocument.class, result.Result);
        table.keep(notice);

        Docs.NoticeBody body = Docs.noticeBody(notice);
        assertEquals(expected.plainText(), body.text());
        assertEquals("附件", body.attachmentLabel());
        AttachmentTable attachment = expected.attachment();
        List<List<String>> rows = attachment.rows();
        int columns = attachment.header().size();
        int pieces = (rows.size() + OdtNoticeWriter.PIECE_ROWS - 1) / OdtNoticeWriter.PIECE_ROWS;
        com.sun.star.container.XNameAccess tables = UnoCast.require(XTextTablesSupplier.class, notice).getTextTables();
        assertEquals(pieces, tables.getElementNames().length);
        assertEquals(TASKS / 50, rows.stream().filter(attachment::spans).count(), "a category row every 50 tasks");
        for (int p = 0; p < pieces; p++) {
            String name = OdtNoticeWriter.TABLE_NAME + (p == 0 ? "" : "-" + (p + 1));
            XTextTable piece = UnoCast.require(XTextTable.class, tables.getByName(name));
            int first = p * OdtNoticeWriter.PIECE_ROWS;
            int end = Math.min(rows.size(), first + OdtNoticeWriter.PIECE_ROWS);
            int top = p == 0 ? 1 : 0; // the header row, in the first piece only
            assertEquals(end - first + top, piece.getRows().getCount(), name);
            XCellRange cells = UnoCast.require(XCellRange.class, piece);
            if (p == 0) {
                assertArrayEquals(attachment.header().toArray(), rows(cells, 0, 0, columns)[0]);
            }
            // the task rows between two category rows in one read each (a range across a merged row
            // is refused), each category row one cell across the table
            int from = first;
            for (int r = first; r <= end; r++) {
                boolean category = r < end && attachment.spans(rows.get(r));
                if (r < end && !category) {
                    continue;
                }
                if (r > from) {
                    Object[][] data = rows(cells, from - first + top, r - 1 - first + top, columns);
                    for (int t = from; t < r; t++) {
                        List<String> row = rows.get(t);
                        for (int c = 0; c < columns; c++) {
                            String want = c < row.size() && row.get(c) != null ? row.get(c) : "";
                            assertEquals(want, String.valueOf(data[t - from][c]), name + ", attachment row " + (t + 1));
                        }
                    }
                }
                if (category) {
                    String cell = "A" + (r - first + top + 1);
                    assertEquals(rows.get(r).get(0), UnoCast.require(XText.class, piece.getCellByName(cell)).getString(),
                            name + " " + cell);
                    assertEquals(null, piece.getCellByName("B" + (r - first + top + 1)), "category row spans");
                }
                from = r + 1;
            }
        }
    }

    /** Rows {@code first} to {@code last} (0 the header) of a Writer table, as text. */
    private static Object[][] rows(XCellRange cells, int first, int last, int columns) throws Exception {
        return UnoCast.require(XCellRangeData.class, cells.getCellRangeByPosition(0, first, columns - 1, last))
                .getDataArray();
    }
}
