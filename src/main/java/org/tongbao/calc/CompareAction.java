package org.tongbao.calc;

import java.util.List;
import java.util.Optional;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.MacroExecMode;
import com.sun.star.document.UpdateDocMode;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.ui.dialogs.ExecutableDialogResults;
import com.sun.star.ui.dialogs.TemplateDescription;
import com.sun.star.ui.dialogs.XFilePicker3;
import com.sun.star.uno.Exception;
import com.sun.star.util.XCloseable;

import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.rules.Comparison;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetRows;

/**
 * 对比上期: asks for the previous workbook (the dispatch argument {@code PreviousFile}, a file URL,
 * stands in for the file picker), reads it hidden and read-only, and writes what changed since it
 * to the sheet 对比上期, rewritten whole on every run.
 */
final class CompareAction implements CalcAction {

    /** The dispatch argument naming the previous workbook, for macros and tests. */
    static final String PREVIOUS_FILE = "PreviousFile";

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        Optional<String> chosen = previousFile(session);
        if (chosen.isEmpty()) {
            return ActionResult.done("未选择上期的工作簿，没有对比。\nNo previous workbook chosen: nothing compared.");
        }
        String url = chosen.get();
        String own = UnoCast.cast(XModel.class, session.document()).map(XModel::getURL).orElse("");
        if (url.equals(own)) {
            return ActionResult.failed("上期的工作簿不能是当前这个文档本身，请选择上期的表格。\n"
                    + "The previous workbook cannot be this document: choose the previous table.");
        }
        progress.step(0.1, "读取上期表格 / reading the previous table");
        List<Grid> previousSheets = read(session, url);
        Assessment previous = session.engine().assess(previousSheets, session.activeSheet());
        if (!previous.recognised()) {
            String why = previous.findings().stream().map(f -> f.describe()).findFirst().orElse("");
            return ActionResult.failed("上期的工作簿中没有找到目标任务完成情况表。" + why
                    + "\nNo completion table was found in the previous workbook.");
        }
        progress.step(0.4, "读取本期表格 / reading this table");
        Assessment now = session.assessTable(session.sheets());
        Comparison changes = session.engine().compare(previous, now);
        progress.step(0.7, "写入对比结果 / writing the comparison");
        SheetRows rows = session.engine().comparisonSheet(changes);
        Optional<XSpreadsheet> existing = SheetCells.sheet(session.document(), rows.sheetName());
        if (existing.isPresent()) {
            CellRangeAddress used = SheetCells.usedArea(SheetCells.writable(existing.get(), rows.sheetName()));
            SheetCells.clear(SheetCells.block(existing.get(), 0, 0, used.EndRow + 1, used.EndColumn + 1));
        }
        SheetCells.add(session.document(), rows);
        return ActionResult.announced(summary(changes));
    }

    static String summary(Comparison c) {
        int[] n = new int[Comparison.Kind.values().length];
        c.changes().forEach(change -> n[change.kind().ordinal()]++);
        StringBuilder zh = new StringBuilder("已写入工作表「" + Engine.COMPARISON_SHEET + "」：");
        StringBuilder en = new StringBuilder("Wrote the sheet " + Engine.COMPARISON_SHEET + ": ");
        String[] english = {"newly completed", "newly behind", "no longer behind", "still behind", "added", "removed"};
        for (Comparison.Kind kind : Comparison.Kind.values()) {
            String sep = kind.ordinal() == 0 ? "" : kind == Comparison.Kind.ADDED ? "；" : "，";
            zh.append(sep).append(kind.word()).append(n[kind.ordinal()]).append("项");
            en.append(kind.ordinal() == 0 ? "" : ", ").append(n[kind.ordinal()]).append(' ')
                    .append(english[kind.ordinal()]);
        }
        return zh.append("。\n").append(en).append('.').toString();
    }

    /** The dispatch's PreviousFile, else what the user picks; empty when they cancel. */
    private static Optional<String> previousFile(CalcSession session) throws Exception {
        Object given = session.arguments().get(PREVIOUS_FILE);
        if (given instanceof String url && !url.isBlank()) {
            return Optional.of(url);
        }
        if (Dialogs.suppressed(session.frame())) {
            throw new IllegalStateException("请给出上期的工作簿（无界面运行时用参数 " + PREVIOUS_FILE + "）。\n"
                    + "Give the previous workbook (the argument " + PREVIOUS_FILE + " when running without a window).");
        }
        XFilePicker3 picker = UnoCast.require(XFilePicker3.class, session.context().getServiceManager()
                .createInstanceWithArgumentsAndContext("com.sun.star.ui.dialogs.FilePicker",
                        new Object[] {TemplateDescription.FILEOPEN_SIMPLE}, session.context()));
        picker.setTitle("选择上期的完成情况表 / Choose the previous completion table");
        picker.appendFilter("电子表格 / Spreadsheets", "*.xlsx;*.xls;*.ods");
        picker.appendFilter("所有文件 / All files", "*.*");
        picker.setCurrentFilter("电子表格 / Spreadsheets");
        if (picker.execute() != ExecutableDialogResults.OK) {
            return Optional.empty();
        }
        String[] files = picker.getSelectedFiles();
        return files.length == 0 ? Optional.empty() : Optional.of(files[0]);
    }

    /** Every sheet of the workbook at {@code url}, opened hidden and read-only and closed again. */
    private static List<Grid> read(CalcSession session, String url) throws Exception {
        XComponentLoader loader = UnoCast.require(XComponentLoader.class, session.context().getServiceManager()
                .createInstanceWithContext("com.sun.star.frame.Desktop", session.context()));
        Object component;
        try {
            component = loader.loadComponentFromURL(url, "_blank", 0, new PropertyValue[] {
                PropertyValues.of("ReadOnly", true),
                PropertyValues.of("Hidden", true),
                PropertyValues.of("MacroExecutionMode", MacroExecMode.NEVER_EXECUTE),
                PropertyValues.of("UpdateDocMode", UpdateDocMode.NO_UPDATE)});
        } catch (com.sun.star.lang.IllegalArgumentException | com.sun.star.io.IOException e) {
            component = null;
        }
        if (component == null) {
            throw new IllegalStateException("无法打开上期的工作簿：" + url + "\nCannot open the previous workbook.");
        }
        try {
            XSpreadsheetDocument document = UnoCast.cast(XSpreadsheetDocument.class, component)
                    .orElseThrow(() -> new IllegalStateException("上期的文件不是电子表格：" + url
                            + "\nThe previous file is not a spreadsheet."));
            return SheetCells.readAll(document, List.of(Engine.FINDINGS_SHEET, Engine.COMPARISON_SHEET));
        } finally {
            Object opened = component;
            UnoCast.cast(XCloseable.class, opened).ifPresent(c -> {
                try {
                    c.close(true);
                } catch (com.sun.star.util.CloseVetoException e) {
                    // the office keeps it a while longer; it is hidden and read-only, so nothing is lost
                }
            });
        }
    }
}
