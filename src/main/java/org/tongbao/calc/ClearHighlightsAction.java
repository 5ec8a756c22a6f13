package org.tongbao.calc;

import java.util.EnumSet;

import com.sun.star.uno.Exception;

import org.tongbao.update.Highlight;

/** 清除标注: every 通报-… style on every sheet back to the default style. */
final class ClearHighlightsAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        int cleared = 0;
        for (String name : SheetCells.sheetNames(session.document())) {
            cleared += CellStyles.clear(session.document(), SheetCells.requireSheet(session.document(), name),
                    EnumSet.allOf(Highlight.class));
        }
        return ActionResult.done(cleared == 0 ? "没有需要清除的标注。\nThere were no highlights to clear."
                : "已清除标注。\nHighlights cleared.");
    }
}
