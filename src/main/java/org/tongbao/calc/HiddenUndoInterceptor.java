package org.tongbao.calc;

import com.sun.star.awt.XWindow2;
import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.FeatureStateEvent;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchProviderInterceptor;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.util.URL;

/**
 * In front of a Calc document's frame: while the frame is hidden, .uno:Undo and .uno:Redo are done
 * through the document's undo manager instead of LibreOffice's own dispatch, which in a hidden 7.4
 * document leaves the office to die at the next change ({@link HiddenUndoGuard}). Everything else, and
 * everything in a visible window, goes on to LibreOffice unchanged.
 */
final class HiddenUndoInterceptor extends WeakBase implements XDispatchProviderInterceptor, XDispatch {

    private static final String UNDO = ".uno:Undo";
    private static final String REDO = ".uno:Redo";

    private final XFrame frame;
    private final Object document;
    private XDispatchProvider slave;
    private XDispatchProvider master;

    HiddenUndoInterceptor(XFrame frame, Object document) {
        this.frame = frame;
        this.document = document;
    }

    @Override
    public XDispatch queryDispatch(URL url, String target, int flags) {
        if ((UNDO.equals(url.Complete) || REDO.equals(url.Complete)) && hidden()) {
            return this;
        }
        return slave == null ? null : slave.queryDispatch(url, target, flags);
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        return DispatchRequests.each(this, requests);
    }

    private boolean hidden() {
        var window = frame.getContainerWindow();
        return window == null || !UnoCast.cast(XWindow2.class, window).map(XWindow2::isVisible).orElse(false);
    }

    @Override
    public void dispatch(URL url, PropertyValue[] arguments) {
        XUndoManager undo = UnoCast.require(XUndoManagerSupplier.class, document).getUndoManager();
        try {
            if (UNDO.equals(url.Complete) && undo.isUndoPossible()) {
                undo.undo();
            } else if (REDO.equals(url.Complete) && undo.isRedoPossible()) {
                undo.redo();
            }
        } catch (com.sun.star.document.EmptyUndoStackException | com.sun.star.document.UndoContextNotClosedException
                 | com.sun.star.document.UndoFailedException e) {
            // as Edit ▸ Undo does when there is nothing it can undo: nothing
        }
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        listener.statusChanged(new FeatureStateEvent(this, url, "", true, false, null));
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
        // the state is sent once, when asked
    }

    @Override
    public XDispatchProvider getSlaveDispatchProvider() {
        return slave;
    }

    @Override
    public void setSlaveDispatchProvider(XDispatchProvider provider) {
        slave = provider;
    }

    @Override
    public XDispatchProvider getMasterDispatchProvider() {
        return master;
    }

    @Override
    public void setMasterDispatchProvider(XDispatchProvider provider) {
        master = provider;
    }
}
