package org.tongbao.calc;

import java.util.List;
import java.util.Map;

import com.sun.star.container.XNamed;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XSpreadsheetView;
import com.sun.star.uno.Exception;
import com.sun.star.uno.XComponentContext;

import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.table.Grid;

/**
 * What an action works on: the office, the document's frame, the Calc document, the engine, and the
 * dispatch's arguments by name (what a macro or a test passes instead of a dialog, e.g. PreviousFile).
 */
record CalcSession(XComponentContext context, XFrame frame, XSpreadsheetDocument document, Engine engine,
                   Map<String, Object> arguments) {

    /** The sheet Validate writes its findings to; never read as a table. */
    static final String FINDINGS_SHEET = Engine.FINDINGS_SHEET;

    /** The session for the document shown in {@code frame}, or an explanation of why there is none. */
    static CalcSession of(XComponentContext context, XFrame frame) throws Exception {
        return of(context, frame, Map.of());
    }

    static CalcSession of(XComponentContext context, XFrame frame, Map<String, Object> arguments) throws Exception {
        XController controller = frame == null ? null : frame.getController();
        XSpreadsheetDocument document = controller == null ? null
                : UnoCast.cast(XSpreadsheetDocument.class, controller.getModel()).orElse(null);
        if (document == null) {
            throw new IllegalStateException("请在 Calc 电子表格中使用本功能。 / Use this command in a Calc spreadsheet.");
        }
        return new CalcSession(context, frame, document,
                new Engine(RuleScriptFolder.rules(context), java.time.LocalDate.now()), Map.copyOf(arguments));
    }

    /** The sheet staff are looking at: where the engine looks for the table first. */
    String activeSheet() {
        return UnoCast.cast(XSpreadsheetView.class, frame.getController())
                .map(view -> UnoCast.require(XNamed.class, view.getActiveSheet()).getName()).orElse(null);
    }

    List<Grid> sheets() throws Exception {
        return SheetCells.readAll(document, List.of(FINDINGS_SHEET));
    }

    Assessment assess(List<Grid> sheets) {
        String preferred = activeSheet();
        return engine.assess(sheets, FINDINGS_SHEET.equals(preferred) ? null : preferred);
    }

    /**
     * The assessment of a recognised table, or an {@link IllegalStateException} whose message is
     * the engine's first error (which sheet and cell, what is wrong) for the user.
     */
    Assessment assessTable(List<Grid> sheets) {
        Assessment assessment = assess(sheets);
        if (!assessment.recognised()) {
            String why = assessment.findings().stream().map(f -> f.describe()).findFirst().orElse("");
            throw new IllegalStateException("没有找到目标任务完成情况表。" + why + "\nNo completion table was found.");
        }
        return assessment;
    }
}
