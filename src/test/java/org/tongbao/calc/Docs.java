package org.tongbao.calc;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.util.URL;
import com.sun.star.util.XCloseable;
import com.sun.star.util.XURLTransformer;

import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.office.OfficeProcess;

/** Documents in the test office: open hidden, dispatch our commands through the frame, close. */
final class Docs {

    private Docs() {
    }

    /**
     * Loads a document hidden. (Loaded visible, a headless 7.4 office crashes or returns no
     * document; and in a hidden document, undoing an inserted sheet crashes it, since that undo
     * needs an active view — staff always have one when they press Ctrl+Z.)
     */
    static XComponent load(TestOffice office, String url) throws Exception {
        XComponentLoader loader = UnoCast.require(XComponentLoader.class, office.process().desktop());
        return loader.loadComponentFromURL(url, "_blank", 0, new PropertyValue[] {PropertyValues.of("Hidden", true)});
    }

    /** Loads a document in a window, as staff open it (an office on a display only: see {@link #load}). */
    static XComponent loadVisible(TestOffice office, String url) throws Exception {
        XComponentLoader loader = UnoCast.require(XComponentLoader.class, office.process().desktop());
        return loader.loadComponentFromURL(url, "_blank", 0, new PropertyValue[0]);
    }

    static XSpreadsheetDocument newCalc(TestOffice office) throws Exception {
        return UnoCast.require(XSpreadsheetDocument.class, load(office, "private:factory/scalc"));
    }

    static XSpreadsheetDocument openCalc(TestOffice office, Path file) throws Exception {
        return UnoCast.require(XSpreadsheetDocument.class, load(office, OfficeProcess.fileUrl(file)));
    }

    static XFrame frame(Object document) {
        return UnoCast.require(XModel.class, document).getCurrentController().getFrame();
    }

    /** Dispatches {@code org.tongbao.calc:<command>} to the document's frame, as a toolbar button does. */
    static DispatchResultEvent dispatch(TestOffice office, Object document, String command) throws Exception {
        return dispatch(office, document, command, new PropertyValue[0]);
    }

    /** The same, with dispatch arguments. */
    static DispatchResultEvent dispatch(TestOffice office, Object document, String command, PropertyValue[] arguments)
            throws Exception {
        return dispatchUrl(office, document, Command.PROTOCOL + command, arguments);
    }

    /** Dispatches any URL (such as the benchmark's {@code org.tongbao.bench:Bench}) to the document's frame. */
    static DispatchResultEvent dispatchUrl(TestOffice office, Object document, String complete,
                                           PropertyValue[] arguments) throws Exception {
        URL url = url(office, complete);
        XDispatch dispatch = queryDispatch(office, document, complete);
        if (dispatch == null) {
            throw new AssertionError("no dispatch for " + url.Complete + ": is the extension installed?");
        }
        CompletableFuture<DispatchResultEvent> result = new CompletableFuture<>();
        UnoCast.require(XNotifyingDispatch.class, dispatch).dispatchWithNotification(url, arguments,
                new ResultListener(result));
        return result.get(600, TimeUnit.SECONDS);
    }

    /** What the document's frame dispatches {@code complete} to, as a toolbar button asks it; null when nothing. */
    static XDispatch queryDispatch(TestOffice office, Object document, String complete) throws Exception {
        return UnoCast.require(XDispatchProvider.class, frame(document)).queryDispatch(url(office, complete), "_self", 0);
    }

    /** Edit ▸ Undo, as staff do it: .uno:Undo through the document's frame. */
    static void undo(TestOffice office, Object document) throws Exception {
        URL url = url(office, ".uno:Undo");
        UnoCast.require(XDispatchProvider.class, frame(document)).queryDispatch(url, "_self", 0)
                .dispatch(url, new PropertyValue[0]);
    }

    /** Edit ▸ Redo, as staff do it. */
    static void redo(TestOffice office, Object document) throws Exception {
        URL url = url(office, ".uno:Redo");
        UnoCast.require(XDispatchProvider.class, frame(document)).queryDispatch(url, "_self", 0)
                .dispatch(url, new PropertyValue[0]);
    }

    private static URL url(TestOffice office, String complete) throws Exception {
        URL[] url = {new URL()};
        url[0].Complete = complete;
        UnoCast.require(XURLTransformer.class, office.context().getServiceManager()
                .createInstanceWithContext("com.sun.star.util.URLTransformer", office.context())).parseStrict(url);
        return url[0];
    }

    /**
     * A notice in Writer up to its attachment: the body's paragraphs (one line each), the 附件
     * label that opens the attachment's page, and the enumeration positioned after that label.
     */
    record NoticeBody(String text, String attachmentLabel, XEnumeration rest) {
    }

    static NoticeBody noticeBody(XTextDocument notice) throws Exception {
        StringBuilder text = new StringBuilder();
        XEnumeration paragraphs = UnoCast.require(XEnumerationAccess.class, notice.getText()).createEnumeration();
        while (paragraphs.hasMoreElements()) {
            Object element = paragraphs.nextElement();
            if (!UnoCast.require(XServiceInfo.class, element).supportsService("com.sun.star.text.Paragraph")) {
                continue;
            }
            String pageStyle = String.valueOf(UnoCast.require(XPropertySet.class, element).getPropertyValue("PageDescName"));
            if (OdtNoticeWriter.ATTACHMENT_PAGE.equals(pageStyle)) {
                return new NoticeBody(text.toString(), UnoCast.require(XTextRange.class, element).getString(), paragraphs);
            }
            text.append(UnoCast.require(XTextRange.class, element).getString()).append('\n');
        }
        return new NoticeBody(text.toString(), null, paragraphs);
    }

    /** Whether the document has no file behind it (a new one, as from a template). */
    static boolean isNew(Object document) {
        return UnoCast.require(XModel.class, document).getURL().isEmpty();
    }

    static void close(Object document) {
        if (document == null) {
            return;
        }
        try {
            UnoCast.require(XCloseable.class, document).close(true);
        } catch (com.sun.star.util.CloseVetoException | RuntimeException e) {
            UnoCast.cast(XComponent.class, document).ifPresent(XComponent::dispose);
        }
    }

    private static final class ResultListener extends WeakBase implements XDispatchResultListener {
        private final CompletableFuture<DispatchResultEvent> result;

        ResultListener(CompletableFuture<DispatchResultEvent> result) {
            this.result = result;
        }

        @Override
        public void dispatchFinished(DispatchResultEvent event) {
            result.complete(event);
        }

        @Override
        public void disposing(EventObject event) {
            result.completeExceptionally(new IllegalStateException("dispatch disposed"));
        }
    }
}
