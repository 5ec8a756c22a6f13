package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTablesSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeLayout;
import org.tongbao.notice.ParagraphRole;
import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * The toolbar commands on the sample workbook (sample-workbooks/yunyang-2022.xlsx), dispatched
 * through the document's frame to the installed extension, with the expectations computed by the
 * engine in the test from the same cells.
 */
@ExtendWith(TestOffice.class)
class SampleWorkbookIT {

    private static final String SHEET = "完成情况表";

    private OpenTable table;
    private XSpreadsheetDocument document;

    @BeforeEach
    void open(TestOffice office, @TempDir Path folder) throws Exception {
        Path sample = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx");
        table = OpenTable.copyOf(office, sample, folder, SHEET);
        document = table.document();
    }

    @AfterEach
    void close() {
        table.close();
    }

    @Test
    void theSampleIsRecognisedThroughCalcAsTheReferenceCountsIt() throws Exception {
        Assessment assessment = table.assessment();
        assertTrue(assessment.recognised(), assessment.findings().toString());
        assertEquals(175, assessment.summary().total());
        assertEquals(13, assessment.summary().notable());
        assertFalse(assessment.hasErrors(), assessment.findings().toString());
    }

    @Test
    void computeWritesTheEnginesColumnsAsOneUndoStepAndASecondRunChangesNothing(TestOffice office) throws Exception {
        ComputeChecks.computeWritesTheEnginesValuesAsOneUndoStep(office, document,
                org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment()), table::cells, r -> true);
    }

    @Test
    void highlightStylesTheNotableAndUnfinishedRowsAndUndoRemovesThem(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Compute").State);
        DispatchResultEvent result = Docs.dispatch(office, document, "Highlight");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        assertEquals(13, expected.marks().stream().filter(m -> m.highlight() == Highlight.NOTABLE).count());
        for (RowMark mark : expected.marks()) {
            assertEquals(mark.highlight().styleName(), table.style(mark.firstRow(), mark.firstColumn()));
            assertEquals(mark.highlight().styleName(), table.style(mark.lastRow(), mark.lastColumn()));
        }
        assertEquals("Default", table.style(expected.top(), 0), "the header row is not marked");
        RowMark first = expected.marks().get(0);

        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "Highlight").State);
        assertEquals(first.highlight().styleName(), table.style(first.firstRow(), first.firstColumn()), "a second run");

        assertEquals(DispatchResultState.SUCCESS, Docs.dispatch(office, document, "ClearHighlights").State);
        for (RowMark mark : expected.marks()) {
            assertEquals("Default", table.style(mark.firstRow(), mark.firstColumn()));
        }
        UnoUndo.undo(document);
        assertEquals(first.highlight().styleName(), table.style(first.firstRow(), first.firstColumn()));
        UnoUndo.undo(document);
        UnoUndo.undo(document);
        assertEquals("Default", table.style(first.firstRow(), first.firstColumn()), "undo removes the highlight");
    }

    private int[] rowHeights(int rows) throws Exception {
        com.sun.star.container.XIndexAccess all = UnoCast.require(com.sun.star.container.XIndexAccess.class,
                UnoCast.require(com.sun.star.table.XColumnRowRange.class, table.sheet()).getRows());
        int[] heights = new int[rows];
        for (int r = 0; r < rows; r++) {
            heights[r] = (Integer) UnoCast.require(XPropertySet.class, all.getByIndex(r)).getPropertyValue("Height");
        }
        return heights;
    }

    @Test
    void computeAndHighlightLeaveRowHeightsAsTheyWereAndCalcAdjustingThemAgain(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        int rows = expected.top() + expected.height();
        int[] before = rowHeights(rows);
        for (String command : List.of("Compute", "Highlight", "Validate", "ClearHighlights")) {
            DispatchResultEvent result = Docs.dispatch(office, document, command);
            assertEquals(DispatchResultState.SUCCESS, result.State, command + ": " + result.Result);
            assertEquals(true, UnoCast.require(XPropertySet.class, document).getPropertyValue("IsAdjustHeightEnabled"),
                    command + " gives Calc its row-height adjusting back");
        }
        assertArrayEquals(before, rowHeights(rows));
    }

    @Test
    void validatePassesTheSample(TestOffice office) throws Exception {
        DispatchResultEvent result = Docs.dispatch(office, document, "Validate");
        assertEquals(DispatchResultState.SUCCESS, result.State);
        assertTrue(String.valueOf(result.Result).startsWith("校验通过"), String.valueOf(result.Result));
        Grid findings = SheetCells.read(SheetCells.requireSheet(document, Engine.FINDINGS_SHEET), Engine.FINDINGS_SHEET);
        assertEquals(1, findings.rowCount(), "the header alone");
    }

    @Test
    void validateListsAndMarksAnErrorAndOneUndoTakesItAllBack(TestOffice office, @TempDir Path folder)
            throws Exception {
        // broken/README.md: text-in-number.xlsx, NOT_A_NUMBER, error, I27
        Path broken = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "broken",
                "text-in-number.xlsx");
        OpenTable brokenTable = table.keep(OpenTable.copyOf(office, broken, folder, SHEET));
        XSpreadsheetDocument workbook = brokenTable.document();
        // The sheet is made beforehand, outside the action: undoing a sheet insertion in a hidden
        // document crashes LibreOffice 7.4 (see Docs.load); undoing the findings and marks does not.
        workbook.getSheets().insertNewByName(Engine.FINDINGS_SHEET, (short) 1);

        DispatchResultEvent result = Docs.dispatch(office, workbook, "Validate");
        assertEquals(DispatchResultState.SUCCESS, result.State);
        Assessment assessment = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SheetCells.readAll(workbook, List.of(Engine.FINDINGS_SHEET)), SHEET);
        assertTrue(String.valueOf(result.Result).contains("错误 " + assessment.count(Severity.ERROR) + " 个"),
                String.valueOf(result.Result));
        XSpreadsheet sheet = SheetCells.requireSheet(workbook, Engine.FINDINGS_SHEET);
        Grid findings = SheetCells.read(sheet, Engine.FINDINGS_SHEET);
        int row = -1;
        for (int r = 1; r < findings.rowCount(); r++) {
            if ("NOT_A_NUMBER".equals(findings.text(r, 1))) {
                row = r;
            }
        }
        assertTrue(row > 0, "NOT_A_NUMBER listed");
        assertEquals(assessment.findings().size() + 1, findings.rowCount());
        assertEquals("错误", findings.text(row, 0));
        assertEquals(SHEET, findings.text(row, 2));
        assertEquals("I27", findings.text(row, 3));
        assertEquals("=HYPERLINK(\"#完成情况表.I27\";\"I27\")", sheet.getCellByPosition(3, row).getFormula());
        assertEquals(Highlight.FINDING.styleName(), brokenTable.style(26, 8));

        Docs.undo(office, workbook);
        assertEquals(0, SheetCells.read(sheet, Engine.FINDINGS_SHEET).columnCount(), "one undo step empties the sheet");
        assertEquals("Default", brokenTable.style(26, 8), "and removes the mark");
    }

    @Test
    void noticeFillsAWriterDocumentWithTheEnginesText(TestOffice office) throws Exception {
        Assessment assessment = table.assessment();
        NoticeDocument model = org.tongbao.Engines.shipped(java.time.LocalDate.now()).notice(assessment);
        String expected = model.plainText();
        DispatchResultEvent result = Docs.dispatch(office, document, "Notice");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        XTextDocument notice = UnoCast.require(XTextDocument.class, result.Result);
        table.keep(notice);

        Docs.NoticeBody body = Docs.noticeBody(notice);
        assertEquals(expected, body.text());
        assertEquals("附件", body.attachmentLabel());
        assertEquals(1, UnoCast.require(XTextTablesSupplier.class, notice).getTextTables().getElementNames().length);
        // each paragraph in the named style of its role (a run-on （一）… is body text with its lead in 楷体)
        List<String> styles = new ArrayList<>();
        XEnumeration paragraphs = UnoCast.require(XEnumerationAccess.class, notice.getText()).createEnumeration();
        for (int i = 0; i < model.paragraphs().size(); i++) {
            styles.add(String.valueOf(UnoCast.require(XPropertySet.class, paragraphs.nextElement())
                    .getPropertyValue("ParaStyleName")));
        }
        assertEquals(model.paragraphs().stream().map(p -> NoticeLayout.look(p.lead().isEmpty() ? p.role()
                : ParagraphRole.BODY).style()).toList(), styles);
        assertTrue(Docs.isNew(notice), "an untitled document, not the temporary .odt");
        XPropertySet page = UnoCast.require(XPropertySet.class, UnoCast.require(
                com.sun.star.container.XNameAccess.class, UnoCast.require(com.sun.star.style.XStyleFamiliesSupplier.class,
                        notice).getStyleFamilies().getByName("PageStyles")).getByName("Standard"));
        // Writer keeps lengths in twips: 37 mm comes back as 3701 hundredths of a millimetre
        assertEquals(3700, (Integer) page.getPropertyValue("TopMargin"), 2);
        assertEquals(2800, (Integer) page.getPropertyValue("LeftMargin"), 2);
        assertTrue(body.rest().hasMoreElements());
        XTextRange title = UnoCast.require(XTextRange.class, body.rest().nextElement());
        assertEquals(org.tongbao.Engines.shipped(java.time.LocalDate.now()).notice(assessment).attachment().title(), title.getString());
    }
}
