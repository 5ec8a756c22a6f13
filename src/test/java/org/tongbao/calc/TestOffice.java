package org.tongbao.calc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.tongbao.office.OfficeConverter;
import org.tongbao.office.OfficeProcess;

import com.sun.star.beans.NamedValue;
import com.sun.star.deployment.XExtensionManager;
import com.sun.star.deployment.XPackage;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XAbortChannel;
import com.sun.star.task.XInteractionApprove;
import com.sun.star.task.XInteractionContinuation;
import com.sun.star.task.XInteractionHandler;
import com.sun.star.task.XInteractionRequest;
import com.sun.star.ucb.XCommandEnvironment;
import com.sun.star.ucb.XProgressHandler;
import com.sun.star.uno.XComponentContext;

/**
 * One headless office for the whole integration-test run ({@code @ExtendWith(TestOffice.class)};
 * test methods and {@code @BeforeAll} take a {@code TestOffice} parameter). It starts on first use
 * through {@link OfficeProcess} (own profile, own port), installs target/tongbao.oxt with the
 * ExtensionManager API, and is closed by JUnit when the run ends, also after failures.
 * Without soffice the tests fail, unless {@code TONGBAO_NO_OFFICE=1}: then they are skipped.
 */
public final class TestOffice implements BeforeAllCallback, ParameterResolver,
        ExtensionContext.Store.CloseableResource {

    static final String EXTENSION_ID = "org.tongbao.calc";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestOffice.class);

    private OfficeProcess office;
    /** The X display the office shows its windows on, or null for a headless office. */
    private String display;
    /** A profile made beforehand (unopkg's), or null for a fresh one with {@link #extension} installed through the API. */
    private final Path profile;
    /** The .oxt installed into a fresh profile; null for target/tongbao.oxt. */
    private final Path extension;

    /** For JUnit's {@code @ExtendWith}. */
    public TestOffice() {
        this(null, null);
    }

    private TestOffice(Path profile, Path extension) {
        this.profile = profile;
        this.extension = extension;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    private static TestOffice shared(ExtensionContext context) {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        TestOffice shared = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("office", key -> new TestOffice(), TestOffice.class);
        shared.ensureRunning();
        return shared;
    }

    /** An office of its own outside JUnit with {@code oxt} installed (the Calc benchmark's); close it when done. */
    static TestOffice standalone(Path oxt) {
        TestOffice office = new TestOffice(null, oxt);
        office.ensureRunning();
        return office;
    }

    /**
     * An office of its own with its windows on {@code display} (the GUI packages' office, with the X11
     * plugin), target/tongbao.oxt installed; close it when done.
     */
    static TestOffice onDisplay(String display) {
        TestOffice office = new TestOffice(null, null);
        office.display = display;
        office.ensureRunning();
        return office;
    }

    /**
     * An office of its own on {@code profile}, a profile folder made beforehand (one unopkg installed
     * into), with nothing installed by the test; close it when done.
     */
    static TestOffice onProfile(Path profile) {
        TestOffice office = new TestOffice(profile, null);
        office.ensureRunning();
        return office;
    }

    /** Starts the office, or starts a new one when a test crashed the last (its log goes to stderr). */
    private synchronized void ensureRunning() {
        if (office != null && office.isAlive()) {
            return;
        }
        if (office != null) {
            System.err.println("tongbao: the test office died; its log:\n" + office.log().orElse("(none)"));
            office.close();
        }
        try {
            // no message box may wait for a click in a test, even on a document loaded visible
            Map<String, String> environment = display == null ? Map.of("TONGBAO_HEADLESS", "1")
                    : Map.of("TONGBAO_HEADLESS", "1", "DISPLAY", display, "SAL_USE_VCLPLUGIN", "gen");
            if (profile == null) {
                office = OfficeProcess.start(environment);
                install(extension == null ? oxt() : extension);
            } else {
                office = OfficeProcess.start(environment, soffice(), profile);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test office: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestOffice.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    @Override
    public void close() {
        if (office != null) {
            if (!office.isAlive()) {
                System.err.println("tongbao: the test office died; its log:\n" + office.log().orElse("(none)"));
            }
            office.close();
        }
    }

    public XComponentContext context() {
        return office.context();
    }

    public OfficeProcess process() {
        return office;
    }

    /** The soffice the tests run, as the tool finds it (TONGBAO_SOFFICE, the PATH, the usual folders). */
    static Path soffice() {
        return OfficeConverter.findSoffice().orElseThrow(() -> new IllegalStateException("soffice not found"));
    }

    /** target/tongbao.oxt, as failsafe passes it (system property tongbao.oxt). */
    static Path oxt() throws IOException {
        Path oxt = Path.of(System.getProperty("tongbao.oxt", "target/tongbao.oxt"));
        if (!Files.isRegularFile(oxt)) {
            throw new IOException(oxt + " is missing: run the integration tests with mvn verify");
        }
        return oxt;
    }

    XExtensionManager extensionManager() {
        return UnoCast.require(XExtensionManager.class,
                context().getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"));
    }

    /** Installs an .oxt for the user, approving the licence, into the running office (no restart). */
    XPackage install(Path oxt) throws Exception {
        XExtensionManager manager = extensionManager();
        XAbortChannel abort = manager.createAbortChannel();
        return manager.addExtension(OfficeProcess.fileUrl(oxt), new NamedValue[0], "user", abort,
                new ApprovingEnvironment());
    }

    /** Identifiers of the extensions installed for the user. */
    List<String> userExtensions() throws Exception {
        XExtensionManager manager = extensionManager();
        XPackage[] packages = manager.getDeployedExtensions("user", manager.createAbortChannel(),
                new ApprovingEnvironment());
        return Arrays.stream(packages).map(p -> p.getIdentifier().Value).toList();
    }

    /** A command environment that says yes: to the licence, and to anything else installing asks. */
    static final class ApprovingEnvironment extends WeakBase implements XCommandEnvironment {
        @Override
        public XInteractionHandler getInteractionHandler() {
            return new Approver();
        }

        @Override
        public XProgressHandler getProgressHandler() {
            return new SilentProgress();
        }
    }

    static final class Approver extends WeakBase implements XInteractionHandler {
        @Override
        public void handle(XInteractionRequest request) {
            for (XInteractionContinuation continuation : request.getContinuations()) {
                var approve = UnoCast.cast(XInteractionApprove.class, continuation);
                if (approve.isPresent()) {
                    approve.get().select();
                    return;
                }
            }
        }
    }

    static final class SilentProgress extends WeakBase implements XProgressHandler {
        @Override
        public void push(Object status) {
        }

        @Override
        public void update(Object status) {
        }

        @Override
        public void pop() {
        }
    }
}
