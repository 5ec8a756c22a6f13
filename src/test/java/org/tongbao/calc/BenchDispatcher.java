package org.tongbao.calc;

import java.util.List;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;

/**
 * The protocol handler for {@code org.tongbao.bench:*}, only in the benchmark's own extension
 * ({@link BenchExtension}, never in target/tongbao.oxt): {@code org.tongbao.bench:Bench} runs
 * {@link CalcBench} in the office's JVM. It sits in the same jar and package as the product's
 * classes, since {@link CalcBench} needs their package-private parts, and the jar's manifest names
 * this class as its {@code RegistrationClassName}, for the product's handler as well as its own.
 */
public final class BenchDispatcher extends WeakBase
        implements XDispatchProvider, XNotifyingDispatch, XInitialization, XServiceInfo {

    static final String PROTOCOL = "org.tongbao.bench:";
    static final String IMPLEMENTATION = BenchDispatcher.class.getName();

    private final XComponentContext context;
    private volatile XFrame frame;

    public BenchDispatcher(XComponentContext context) {
        this.context = context;
    }

    /** The factories of the bench jar: the product's protocol handler and this one. */
    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(BenchDispatcher.class, TongbaoDispatcher.SERVICES);
        }
        return TongbaoRegistration.__getComponentFactory(implementationName);
    }

    @Override
    public void initialize(Object[] arguments) {
        for (Object argument : arguments) {
            UnoCast.cast(XFrame.class, argument).ifPresent(f -> frame = f);
        }
    }

    @Override
    public XDispatch queryDispatch(URL url, String targetFrameName, int searchFlags) {
        return isBench(url) ? this : null;
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        return DispatchRequests.each(this, requests);
    }

    @Override
    public void dispatch(URL url, PropertyValue[] arguments) {
        dispatchWithNotification(url, arguments, null);
    }

    @Override
    public void dispatchWithNotification(URL url, PropertyValue[] arguments, XDispatchResultListener listener) {
        ActionResult result;
        if (isBench(url)) {
            // the product's dispatcher on the same frame runs the commands exactly as a button does
            TongbaoDispatcher product = new TongbaoDispatcher(context);
            product.initialize(new Object[] {frame});
            result = CalcBench.run(product, context, frame, arguments);
        } else {
            result = ActionResult.failed("unknown command: " + url.Complete);
        }
        if (listener != null) {
            listener.dispatchFinished(new DispatchResultEvent(this,
                    result.ok() ? DispatchResultState.SUCCESS : DispatchResultState.FAILURE, result.value()));
        }
    }

    private static boolean isBench(URL url) {
        return PROTOCOL.equals(url.Protocol) && CalcBench.PATH.equals(url.Path);
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        // on no menu or toolbar: nobody shows its state
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        return List.of(TongbaoDispatcher.SERVICES).contains(service);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return TongbaoDispatcher.SERVICES.clone();
    }
}
