package org.tongbao;

import java.util.List;

import org.tongbao.notice.NoticeDocument;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetUpdate;

/**
 * The one engine behind every door (command line, Calc toolbar, tests): sheet cells in,
 * findings, figures, sheet updates and the notice out. Knows nothing of UNO, POI or Jython.
 */
public final class Engine {

    /**
     * Recognises the completion table on the preferred sheet (or, failing that, on the first
     * other sheet that holds one), validates it, computes its figures and classifies its tasks.
     * Never throws for a bad table: what is wrong comes back as findings.
     */
    public Assessment assess(List<Grid> sheets, String preferredSheet) {
        throw new UnsupportedOperationException("being written");
    }

    /** The computed columns and highlights to write back into the table's sheet. */
    public SheetUpdate sheetUpdate(Assessment assessment) {
        throw new UnsupportedOperationException("being written");
    }

    /** The notice for an assessed table; {@code settings} is the 通报设置 sheet, or null for defaults. */
    public NoticeDocument notice(Assessment assessment, Grid settings) {
        throw new UnsupportedOperationException("being written");
    }
}
