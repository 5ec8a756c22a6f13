package org.tongbao.calc;

import com.sun.star.uno.Exception;

import org.tongbao.update.SheetRows;

/**
 * 通报设置: the 通报设置 sheet where the office words its notice — added with every key, its default
 * and a note when the workbook has none, or the keys it lacks added below its rows.
 */
final class SettingsAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        SheetRows rows = session.engine().settingsSheet(session.sheets());
        if (rows.rows().isEmpty()) {
            return ActionResult.announced("工作表「" + rows.sheetName() + "」已有全部设置项。\n"
                    + "The sheet " + rows.sheetName() + " already lists every setting.");
        }
        SheetCells.add(session.document(), rows);
        int keys = rows.newSheet() ? rows.rows().size() - 1 : rows.rows().size();
        return ActionResult.announced((rows.newSheet() ? "已添加工作表「" + rows.sheetName() + "」，共" + keys + "项设置"
                : "已在工作表「" + rows.sheetName() + "」末尾补上" + keys + "项设置")
                + "：在“内容”列填写本单位的写法，生成通报时即按此执行。\n"
                + (rows.newSheet() ? "Added the sheet " + rows.sheetName() + " with " + keys + " settings"
                : "Added " + keys + " settings to the sheet " + rows.sheetName())
                + ": fill in the 内容 column to word the notice your office's way.");
    }
}
