package org.tongbao.office;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.sun.star.beans.XPropertySet;
import com.sun.star.bridge.XUnoUrlResolver;
import com.sun.star.comp.helper.Bootstrap;
import com.sun.star.frame.XDesktop;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;

import org.tongbao.io.Folders;

/**
 * A headless LibreOffice of our own: its own fresh profile folder (an {@link OfficeProfile}, with the
 * tool's font replacements) and its own free port, so that
 * other offices on the machine neither disturb it nor answer in its place. Start, connect (checking
 * that the office reached is the one started), and always {@link #close()}: terminate, then kill,
 * then delete the profile; a JVM shutdown hook does the same as a last resort.
 * Used by the integration tests and by the command line's {@code --engine office}.
 */
public final class OfficeProcess implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 3;
    /** How long a terminated office may take to exit before it is killed; Ctrl-C waits less. */
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration HOOK_GRACE = Duration.ofSeconds(2);
    /**
     * JVM property naming the folder the office's own folder (profile, log) is made in; default the
     * temp folder. Tests set it to find the office in the process list by its profile path.
     */
    public static final String ROOT_PROPERTY = "tongbao.officeRoot";

    private final Process process;
    private final Path root;
    private final Path profile;
    private final int port;
    private final Thread shutdownHook;
    private XComponentContext context;
    private boolean closed;

    private OfficeProcess(Process process, Path root, Path profile, int port) {
        this.process = process;
        this.root = root;
        this.profile = profile;
        this.port = port;
        this.shutdownHook = new Thread(() -> stop(HOOK_GRACE), "tongbao-office-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the soffice {@link OfficeConverter#findSoffice()} finds (env TONGBAO_SOFFICE, the PATH,
     * the usual install folders) on a fresh profile and waits until it answers.
     */
    public static OfficeProcess start() throws IOException {
        return start(Map.of());
    }

    /** {@link #start()} with extra environment variables for the office (e.g. TONGBAO_HEADLESS=1). */
    public static OfficeProcess start(Map<String, String> environment) throws IOException {
        return start(environment, OfficeConverter.findSoffice().orElseThrow(
                () -> new OfficeNotFoundException(OfficeNotFoundException.ENGINE_MESSAGE)));
    }

    public static OfficeProcess start(Map<String, String> environment, Path soffice) throws IOException {
        return start(environment, soffice, null);
    }

    /**
     * {@link #start(Map, Path)} on {@code profile}, a profile folder made beforehand (one that
     * {@code unopkg} installed an extension into), or on a fresh one when null. A given profile is
     * the caller's: it stays in place when the office closes.
     */
    public static OfficeProcess start(Map<String, String> environment, Path soffice, Path profile)
            throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OfficeProcess office = launch(soffice, environment, profile);
            try {
                office.connect();
                return office;
            } catch (IOException e) {
                // e.g. another process took the free port between our probe and soffice's bind
                last = e;
                office.close();
            }
        }
        throw last;
    }

    private static OfficeProcess launch(Path soffice, Map<String, String> environment, Path given)
            throws IOException {
        String folder = System.getProperty(ROOT_PROPERTY);
        Path root = folder == null || folder.isBlank() ? Files.createTempDirectory("tongbao-office-")
                : Files.createTempDirectory(Files.createDirectories(Path.of(folder)), "tongbao-office-");
        Path profile = given == null ? root.resolve("profile") : given;
        if (given == null) {
            OfficeProfile.prepare(profile); // the same fonts in its PDFs as the converter's
        }
        int port = freePort();
        // given a display (a test's Xvfb), the office shows its windows there; else it has none
        boolean onDisplay = environment.containsKey("DISPLAY");
        List<String> command = new ArrayList<>(List.of(soffice.toString()));
        if (!onDisplay) {
            command.addAll(List.of("--headless", "--invisible"));
        }
        command.addAll(List.of("--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + fileUrl(profile),
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("soffice.log").toFile());
        builder.environment().putAll(environment);
        return new OfficeProcess(builder.start(), root, profile, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** file:///tmp/x, without the trailing slash Path.toUri gives folders. */
    public static String fileUrl(Path path) {
        String url = path.toAbsolutePath().toUri().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void connect() throws IOException {
        String url = "uno:socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext";
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        Exception last = null;
        try {
            XComponentContext local = Bootstrap.createInitialComponentContext(null);
            XUnoUrlResolver resolver = UnoRuntime.queryInterface(XUnoUrlResolver.class, local.getServiceManager()
                    .createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local));
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("soffice exited with " + process.exitValue() + " before accepting a "
                            + "connection; see " + root.resolve("soffice.log"));
                }
                try {
                    context = UnoRuntime.queryInterface(XComponentContext.class, resolver.resolve(url));
                    verify();
                    return;
                } catch (com.sun.star.connection.NoConnectException e) {
                    last = e;
                    Thread.sleep(100);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for soffice", e);
        } catch (Exception e) {
            throw new IOException("cannot connect to soffice on port " + port + ": " + e, e);
        }
        throw new IOException("soffice did not accept a connection on port " + port + " within "
                + CONNECT_TIMEOUT.toSeconds() + " s", last);
    }

    /** Checks that the office answering on our port runs on our profile, i.e. is the one we started. */
    private void verify() throws Exception {
        Object pathSettings = context.getServiceManager()
                .createInstanceWithContext("com.sun.star.util.PathSettings", context);
        String userConfig = String.valueOf(UnoRuntime.queryInterface(XPropertySet.class, pathSettings)
                .getPropertyValue("UserConfig"));
        if (!userConfig.startsWith(fileUrl(profile) + "/")) {
            context = null;
            throw new IOException("the office on port " + port + " is not ours: its profile is " + userConfig);
        }
    }

    /** The remote office's component context. */
    public XComponentContext context() {
        return context;
    }

    public Path profile() {
        return profile;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The desktop, to load documents with. */
    public XDesktop desktop() throws com.sun.star.uno.Exception {
        return UnoRuntime.queryInterface(XDesktop.class, context.getServiceManager()
                .createInstanceWithContext("com.sun.star.frame.Desktop", context));
    }

    /** Terminates the office, kills it if it lingers, deletes its own folder and fresh profile. Safe to call twice. */
    @Override
    public void close() {
        stop(GRACE);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private synchronized void stop(Duration grace) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (context != null && process.isAlive()) {
                try {
                    desktop().terminate();
                } catch (com.sun.star.uno.Exception | RuntimeException e) {
                    // the bridge goes down while terminate() returns: expected
                }
            }
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            context = null;
            if (!Folders.delete(root)) {
                System.err.println("tongbao: could not delete the office profile " + root);
            }
        }
    }

    /** soffice (oosplash) and the soffice.bin it started: asked to end, then forced. */
    private void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle p : all) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** The office's log (its stdout and stderr), for failure messages; empty once closed. */
    public Optional<String> log() {
        try {
            return Optional.of(Files.readString(root.resolve("soffice.log")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
