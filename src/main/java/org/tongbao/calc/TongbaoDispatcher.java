package org.tongbao.calc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.FeatureStateEvent;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;

/**
 * The protocol handler for {@code org.tongbao.calc:*} (ProtocolHandler.xcu): one instance per frame,
 * which it receives in {@link #initialize}. Each command is a small {@link CalcAction}; this class
 * only routes, wraps the action in one undo context, and turns every failure into a message box —
 * nothing escapes into the office. Callers that pass a result listener get the message (or, for
 * Notice, the Writer document) back, which is how the integration tests see what happened.
 */
public final class TongbaoDispatcher extends WeakBase
        implements XDispatchProvider, XNotifyingDispatch, XInitialization, XServiceInfo {

    static final String IMPLEMENTATION = TongbaoDispatcher.class.getName();
    static final String[] SERVICES = {"com.sun.star.frame.ProtocolHandler"};

    private final XComponentContext context;
    private final Map<String, List<XStatusListener>> listeners = new ConcurrentHashMap<>();
    private volatile XFrame frame;

    public TongbaoDispatcher(XComponentContext context) {
        this.context = context;
    }

    // XInitialization

    @Override
    public void initialize(Object[] arguments) {
        for (Object argument : arguments) {
            UnoCast.cast(XFrame.class, argument).ifPresent(f -> frame = f);
        }
    }

    // XDispatchProvider

    @Override
    public XDispatch queryDispatch(URL url, String targetFrameName, int searchFlags) {
        return command(url).isPresent() ? this : null;
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        return DispatchRequests.each(this, requests);
    }

    // XDispatch, XNotifyingDispatch

    @Override
    public void dispatch(URL url, PropertyValue[] arguments) {
        dispatchWithNotification(url, arguments, null);
    }

    @Override
    public void dispatchWithNotification(URL url, PropertyValue[] arguments, XDispatchResultListener listener) {
        ActionResult result = command(url).map(c -> execute(c, arguments))
                .orElseGet(() -> ActionResult.failed("未知命令 / unknown command: " + url.Complete));
        if (listener != null) {
            listener.dispatchFinished(new DispatchResultEvent(this,
                    result.ok() ? DispatchResultState.SUCCESS : DispatchResultState.FAILURE, result.value()));
        }
    }

    /** The command a URL names, if it is one of ours. */
    private static Optional<Command> command(URL url) {
        return Command.PROTOCOL.equals(url.Protocol) ? Command.of(url.Path) : Optional.empty();
    }

    /** Runs one command; never throws. */
    ActionResult execute(Command command) {
        return execute(command, new PropertyValue[0]);
    }

    /** Runs one command with the dispatch's arguments; never throws. */
    ActionResult execute(Command command, PropertyValue[] arguments) {
        ActionResult result;
        try {
            result = run(command, arguments);
        } catch (Throwable e) {
            String undone = command.changesDocument() && e.getSuppressed().length == 0
                    ? "\n已撤销本次的改动，表格保持原样。/ Its changes were undone; the sheet is as it was." : "";
            result = ActionResult.failed("「" + command.title() + "」未能完成 / " + command.name() + " failed:\n"
                    + describe(e) + undone);
        }
        if (result.announce()) {
            String title = "督查通报 · " + command.title();
            if (result.ok()) {
                Dialogs.info(context, frame, title, result.message());
            } else {
                Dialogs.error(context, frame, title, result.message());
            }
        }
        return result;
    }

    private ActionResult run(Command command, PropertyValue[] arguments) throws Exception {
        CalcAction action = command.action();
        if (!command.needsSpreadsheet()) {
            return action.run(null, StatusProgress.start(null, command.title()));
        }
        Map<String, Object> named = new java.util.HashMap<>();
        for (PropertyValue argument : arguments == null ? new PropertyValue[0] : arguments) {
            if (argument != null && argument.Name != null && argument.Value != null) {
                named.put(argument.Name, argument.Value);
            }
        }
        CalcSession session = CalcSession.of(context, frame, named);
        try (StatusProgress progress = StatusProgress.start(frame, "督查通报：" + command.title())) {
            if (!command.changesDocument()) {
                return action.run(session, progress);
            }
            return UnoUndo.asOneStep(session.document(), "督查通报：" + command.title(),
                    () -> action.run(session, progress));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        listeners.computeIfAbsent(url.Complete, k -> new CopyOnWriteArrayList<>()).add(listener);
        boolean enabled = command(url).map(c -> !c.needsSpreadsheet() || showsSpreadsheet()).orElse(false);
        listener.statusChanged(new FeatureStateEvent(this, url, "", enabled, false, null));
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
        List<XStatusListener> list = listeners.get(url.Complete);
        if (list != null) {
            list.remove(listener);
        }
    }

    private boolean showsSpreadsheet() {
        XFrame f = frame;
        return f != null && f.getController() != null
                && UnoCast.cast(XSpreadsheetDocument.class, f.getController().getModel()).isPresent();
    }

    // XServiceInfo

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        return List.of(SERVICES).contains(service);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICES.clone();
    }
}
