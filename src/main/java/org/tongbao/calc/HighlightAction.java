package org.tongbao.calc;

import java.util.List;

import com.sun.star.uno.Exception;

import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/** 标注: 通报-成效明显 and 通报-未完成 on the task rows; the previous run's marks go first. */
final class HighlightAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        progress.step(0.1, "读取表格 / reading the sheets");
        SheetUpdate update = session.engine().sheetUpdate(session.assessTable(session.sheets()));
        progress.step(0.6, "标注 / highlighting");
        // before Compute the tool's columns do not exist yet: each mark ends at the sheet's last used column
        int lastColumn = SheetCells.usedArea(SheetCells.requireSheet(session.document(), update.sheetName())).EndColumn;
        List<RowMark> marks = update.marks().stream().map(m -> new RowMark(m.highlight(), m.firstRow(), m.lastRow(),
                m.firstColumn(), Math.min(m.lastColumn(), lastColumn))).toList();
        CellStyles.mark(session.document(), update.sheetName(), marks);
        long notable = marks.stream().filter(m -> m.highlight() == Highlight.NOTABLE).count();
        long behind = marks.stream().filter(m -> m.highlight() == Highlight.BEHIND).count();
        long unfinished = marks.size() - notable - behind;
        return ActionResult.done("已标注成效明显 " + notable + " 处、" + (behind > 0 ? "未达序时进度 " + behind
                : "未完成 " + unfinished) + " 处。\n" + "Highlighted " + notable + " notable and "
                + (behind > 0 ? behind + " behind-schedule" : unfinished + " unfinished") + " tasks.");
    }
}
