package org.tongbao.calc;

import java.util.EnumSet;
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
        var sheet = SheetCells.requireSheet(session.document(), update.sheetName());
        CellStyles.clear(sheet, EnumSet.of(Highlight.NOTABLE, Highlight.UNFINISHED));
        // rows end at the sheet's last used column: before Compute the tool's columns do not exist yet
        int lastColumn = SheetCells.usedArea(sheet).EndColumn;
        List<RowMark> marks = update.marks().stream().filter(m -> m.highlight() != Highlight.FINDING)
                .map(m -> new RowMark(m.highlight(), m.firstRow(), m.lastRow(), m.firstColumn(),
                        Math.min(m.lastColumn(), lastColumn)))
                .toList();
        CellStyles.apply(session.document(), sheet, marks);
        long notable = marks.stream().filter(m -> m.highlight() == Highlight.NOTABLE).count();
        long unfinished = marks.size() - notable;
        return ActionResult.done("已标注成效明显 " + notable + " 处、未完成 " + unfinished + " 处。\n"
                + "Highlighted " + notable + " notable and " + unfinished + " unfinished tasks.");
    }
}
