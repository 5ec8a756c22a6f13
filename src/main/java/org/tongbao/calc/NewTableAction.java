package org.tongbao.calc;

import java.util.List;

import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.uno.Exception;

import org.tongbao.Assessment;
import org.tongbao.table.Grid;
import org.tongbao.update.NewTable;

/**
 * 新建完成情况表: next year's table in a new Calc document, carrying this workbook's tasks, targets,
 * 通报设置 and 部门名录 when it holds a table (else the empty template, with this workbook's settings
 * and directory if it has them). The open workbook is not changed.
 */
final class NewTableAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        progress.step(0.1, "读取表格 / reading the sheets");
        List<Grid> sheets = session.sheets();
        Assessment earlier = session.assess(sheets);
        NewTable table = session.engine().newTable(earlier.recognised() ? earlier : null, sheets, null, null);
        progress.step(0.4, "新建表格 / making the new table");
        Object desktop = session.context().getServiceManager()
                .createInstanceWithContext("com.sun.star.frame.Desktop", session.context());
        XSpreadsheetDocument document = NewTableDocument.create(desktop, table, Dialogs.suppressed(session.frame()));
        long tasks = table.rows().stream().filter(r -> r.get(1) != null).count();
        String title = table.titleRows().get(table.titleRows().size() - 1);
        return ActionResult.done("已新建「" + title + "」" + (earlier.recognised() ? "，沿用本表" + tasks + "项任务" : "")
                + "。\nMade the new table " + title + ".").withValue(document);
    }
}
