package org.tongbao.calc;

import com.sun.star.awt.MessageBoxButtons;
import com.sun.star.awt.MessageBoxType;
import com.sun.star.awt.XMessageBox;
import com.sun.star.awt.XMessageBoxFactory;
import com.sun.star.awt.XWindow;
import com.sun.star.awt.XWindow2;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.frame.XFrame;
import com.sun.star.uno.XComponentContext;

/**
 * Message boxes over the document window. None is shown (so nothing blocks) when the frame's
 * window is hidden — documents opened with Hidden=true, as the integration tests do — or when the
 * system property {@code tongbao.headless} or the environment variable {@code TONGBAO_HEADLESS}
 * is set in the office's JVM. The text still reaches a caller through the dispatch result.
 */
public final class Dialogs {

    private Dialogs() {
    }

    public static boolean suppressed(XFrame frame) {
        if (System.getProperty("tongbao.headless") != null || System.getenv("TONGBAO_HEADLESS") != null) {
            return true;
        }
        XWindow window = frame == null ? null : frame.getContainerWindow();
        return window == null || !UnoCast.cast(XWindow2.class, window).map(XWindow2::isVisible).orElse(false);
    }

    public static void info(XComponentContext context, XFrame frame, String title, String message) {
        show(context, frame, MessageBoxType.INFOBOX, title, message);
    }

    public static void error(XComponentContext context, XFrame frame, String title, String message) {
        show(context, frame, MessageBoxType.ERRORBOX, title, message);
    }

    /** A question with 是 / 否 / 取消: the {@link com.sun.star.awt.MessageBoxResults} chosen (CANCEL when none can be shown). */
    public static short ask(XComponentContext context, XFrame frame, String title, String question)
            throws com.sun.star.uno.Exception {
        if (suppressed(frame)) {
            return com.sun.star.awt.MessageBoxResults.CANCEL;
        }
        Object toolkit = context.getServiceManager().createInstanceWithContext("com.sun.star.awt.Toolkit", context);
        XWindowPeer parent = UnoCast.require(XWindowPeer.class, frame.getContainerWindow());
        XMessageBox box = UnoCast.require(XMessageBoxFactory.class, toolkit).createMessageBox(parent,
                MessageBoxType.QUERYBOX, MessageBoxButtons.BUTTONS_YES_NO_CANCEL, title, question);
        try {
            return box.execute();
        } finally {
            UnoCast.cast(com.sun.star.lang.XComponent.class, box).ifPresent(com.sun.star.lang.XComponent::dispose);
        }
    }

    private static void show(XComponentContext context, XFrame frame, MessageBoxType type, String title,
                             String message) {
        if (suppressed(frame)) {
            return;
        }
        try {
            Object toolkit = context.getServiceManager().createInstanceWithContext("com.sun.star.awt.Toolkit", context);
            XWindowPeer parent = UnoCast.require(XWindowPeer.class, frame.getContainerWindow());
            XMessageBox box = UnoCast.require(XMessageBoxFactory.class, toolkit)
                    .createMessageBox(parent, type, MessageBoxButtons.BUTTONS_OK, title, message);
            box.execute();
            UnoCast.cast(com.sun.star.lang.XComponent.class, box).ifPresent(com.sun.star.lang.XComponent::dispose);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // a message that cannot be shown must not turn into an uncaught exception in the office
            System.err.println("tongbao: " + title + ": " + message + " (" + e + ")");
        }
    }
}
