package org.tongbao.calc;

import com.sun.star.uno.Exception;

import org.tongbao.Assessment;
import org.tongbao.update.SheetUpdate;

/** 计算: the engine's computed columns written into the table's sheet in one block, and the 部门统计 sheet. */
final class ComputeAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        progress.step(0.1, "读取表格 / reading the sheets");
        Assessment assessment = session.assessTable(session.sheets());
        SheetUpdate update = session.engine().sheetUpdate(assessment);
        progress.step(0.6, "写入计算结果 / writing the figures");
        SheetCells.write(session.document(), update);
        SheetTables.write(session.document(), session.engine().departmentTable(assessment));
        int rows = update.height();
        int columns = update.width();
        return ActionResult.done("已在工作表「" + update.sheetName() + "」写入计算结果 " + rows + " 行 × " + columns + " 列。\n"
                + "Wrote " + rows + " × " + columns + " computed cells on sheet " + update.sheetName() + ".");
    }
}
