package org.tongbao.calc;

import java.util.Arrays;
import java.util.Optional;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.uno.Exception;

/** Makes one user action one Edit ▸ Undo step, whatever it changed. */
public final class UnoUndo {

    private UnoUndo() {
    }

    public static Optional<XUndoManager> undoManager(Object document) {
        return UnoCast.cast(XUndoManagerSupplier.class, document).map(XUndoManagerSupplier::getUndoManager);
    }

    /** Runs {@code body} inside one undo context titled {@code title}; the context is left even on failure. */
    public static <T> T inContext(Object document, String title, UnoBody<T> body) throws Exception {
        Optional<XUndoManager> manager = undoManager(document);
        manager.ifPresent(m -> m.enterUndoContext(title));
        try {
            return body.run();
        } finally {
            if (manager.isPresent()) {
                try {
                    manager.get().leaveUndoContext();
                } catch (com.sun.star.util.InvalidStateException e) {
                    // the context was closed already (e.g. the document was reset): nothing to leave
                }
            }
        }
    }

    /**
     * Runs {@code body} as a command changes the document: one undo step titled {@code title},
     * with the controllers locked so the view is redrawn once at the end. If {@code body} fails half
     * way, the step it made is undone and dropped from redo, so no cell keeps a half-done change;
     * a sheet the tool inserted (no undo step, see {@link #unrecorded}) stays, empty.
     */
    public static <T> T asOneStep(Object document, String title, UnoBody<T> body) throws Exception {
        XModel model = UnoCast.require(XModel.class, document);
        Optional<XUndoManager> manager = undoManager(document);
        String[] stepsBefore = manager.map(XUndoManager::getAllUndoActionTitles).orElse(new String[0]);
        model.lockControllers();
        try {
            return inContext(document, title, body);
        } catch (Exception | RuntimeException | Error e) {
            manager.ifPresent(m -> rollBack(m, title, stepsBefore, e));
            throw e;
        } finally {
            model.unlockControllers();
        }
    }

    /** Undoes the failed command's step, if it left one (an empty context leaves none). */
    private static void rollBack(XUndoManager manager, String title, String[] stepsBefore, Throwable failure) {
        String[] steps = manager.getAllUndoActionTitles();
        if (steps.length == 0 || !title.equals(steps[0]) || Arrays.equals(steps, stepsBefore)) {
            return;
        }
        try {
            manager.undo();
            manager.clearRedo();
        } catch (Exception | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Runs {@code body} with the undo manager locked, so what it does is no undo action of its own:
     * for inserting a sheet or a chart, whose undo crashes LibreOffice 7.4 in a document without a view
     * (a hidden one, as the command line's office engine and the tests drive it). The contents written
     * into them afterwards stay undoable.
     */
    public static <T> T unrecorded(Object document, UnoBody<T> body) throws Exception {
        Optional<XUndoManager> manager = undoManager(document);
        manager.ifPresent(XUndoManager::lock);
        try {
            return body.run();
        } finally {
            if (manager.isPresent()) {
                manager.get().unlock();
            }
        }
    }

    /** Undoes the last step (tests use it; staff press Ctrl+Z). */
    public static void undo(Object document) throws Exception {
        undoManager(document).orElseThrow(() -> new IllegalStateException("document has no undo manager")).undo();
    }

    /** Code run against UNO, which throws UNO's checked exceptions. */
    @FunctionalInterface
    public interface UnoBody<T> {
        T run() throws Exception;
    }
}
