package org.tongbao.calc;

import com.sun.star.document.XUndoAction;
import com.sun.star.document.XUndoManager;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.sheet.XCellRangesQuery;
import com.sun.star.sheet.XSheetCellRangeContainer;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.uno.Exception;

/**
 * Works around a LibreOffice 7.4 bug: undoing setDataArray or setFormulaArray restores the cells
 * that held something, but leaves the new values in cells that were empty (measured in
 * SheetCellsIT), and redoing it leaves those cells empty (ActionSequencesIT). Before such a write,
 * {@link #before} notes the range's empty cells (one queryEmptyCells); {@link #register} then adds
 * an undo action to the open undo context that empties exactly those cells again on undo, with one
 * clearContents over a SheetCellRanges collection, and on redo writes the range again.
 */
final class EmptyCellsUndo extends WeakBase implements XUndoAction {

    private final XMultiServiceFactory factory;
    private final XUndoManager manager;
    private final CellRangeAddress[] empty;
    private final Runnable write;

    private EmptyCellsUndo(XMultiServiceFactory factory, XUndoManager manager, CellRangeAddress[] empty, Runnable write) {
        this.factory = factory;
        this.manager = manager;
        this.empty = empty;
        this.write = write;
    }

    /** The empty cells of {@code range}, as rectangles. */
    static CellRangeAddress[] before(XCellRange range) {
        return UnoCast.require(XCellRangesQuery.class, range).queryEmptyCells().getRangeAddresses();
    }

    /**
     * Adds the action to the document's undo stack (inside the action's undo context, when one is open);
     * {@code write} is the write itself, done again on redo.
     */
    static void register(Object document, CellRangeAddress[] empty, Runnable write) {
        if (empty.length == 0) {
            return;
        }
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        UnoUndo.undoManager(document).ifPresent(m -> {
            try {
                m.addUndoAction(new EmptyCellsUndo(factory, m, empty, write));
            } catch (com.sun.star.lang.IllegalArgumentException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public String getTitle() {
        return "督查通报";
    }

    @Override
    public void undo() {
        // the clearing is part of undoing, not a new step: keep it off the undo stack
        manager.lock();
        try {
            Object ranges = factory.createInstance("com.sun.star.sheet.SheetCellRanges");
            UnoCast.require(XSheetCellRangeContainer.class, ranges).addRangeAddresses(empty, false);
            UnoCast.require(XSheetOperation.class, ranges).clearContents(SheetCells.CONTENTS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot empty the cells again: " + e.getMessage(), e);
        } finally {
            try {
                manager.unlock();
            } catch (com.sun.star.util.NotLockedException e) {
                // someone else unlocked it: nothing left to do
            }
        }
    }

    @Override
    public void redo() {
        // the write's own redo puts back only the cells that held something before: write it all again
        manager.lock();
        try {
            write.run();
        } finally {
            try {
                manager.unlock();
            } catch (com.sun.star.util.NotLockedException e) {
                // someone else unlocked it: nothing left to do
            }
        }
    }
}
