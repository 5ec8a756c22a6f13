package org.tongbao.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.tongbao.notice.NoticeDocument;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetTable;
import org.tongbao.update.SheetUpdate;

/**
 * A workbook file opened by one of the engines (POI, or a headless LibreOffice), as the commands
 * use it: its sheets in, the computed copy and the notice out. The file it came from is never
 * written. Knows nothing of POI or UNO, so the command line holds it whatever the engine.
 */
public interface Workbook extends AutoCloseable {

    /** Every sheet's cells, in sheet order, as the file holds them (before any update). */
    List<Grid> sheets() throws IOException;

    /**
     * Applies the update as {@link SheetUpdate} says and writes the result to {@code output},
     * atomically: a failure leaves no output, or the earlier one as it was. Once per workbook.
     */
    default void writeComputed(SheetUpdate update, Path output) throws IOException {
        writeComputed(update, null, output);
    }

    /**
     * As {@link #writeComputed(SheetUpdate, Path)}, and {@code standing} (the 部门统计 league table and its
     * chart, null for none) written as {@link SheetTable} says, in the same copy.
     */
    void writeComputed(SheetUpdate update, SheetTable standing, Path output) throws IOException;

    /**
     * Adds the rows as {@link SheetRows} says (the sheet created when it is missing) and writes the
     * result to {@code output}, atomically, as {@link #writeComputed} does. Once per workbook.
     */
    void writeRows(SheetRows rows, Path output) throws IOException;

    /** Writes the notice to {@code output} (.docx, .odt or .pdf by its extension), atomically. */
    void writeNotice(NoticeDocument notice, Path output) throws IOException;

    /** Lets go of the workbook and whatever the engine started for it; nothing is saved. */
    @Override
    void close();
}
