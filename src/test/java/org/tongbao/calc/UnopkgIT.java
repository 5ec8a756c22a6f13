package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.office.OfficeProcess;

/**
 * The .oxt installed the way the README tells an administrator to: {@code unopkg add} into a
 * profile, with no office running on it, and an office started on that profile afterwards has
 * the extension and answers its commands. (The other ITs install through the ExtensionManager
 * API into a running office, which is faster and needs no restart.)
 */
class UnopkgIT {

    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void unopkgInstallsTheOxtAndAnOfficeStartedAfterwardsAnswersItsCommands(@TempDir Path folder) throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        // unopkg and the profile's first start run as nobody when we are root (below): the folder must be theirs too
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path oxt = Files.copy(TestOffice.oxt(), folder.resolve("tongbao.oxt"));
        Path profile = folder.resolve("profile");
        Path soffice = TestOffice.soffice().toRealPath();
        String userInstallation = "-env:UserInstallation=" + OfficeProcess.fileUrl(profile);

        // on a profile that never started, unopkg add reports success and registers nothing (PRODUCT §5)
        run(folder, soffice.toString(), "--headless", "--terminate_after_init", userInstallation);
        Path unopkg = soffice.resolveSibling("unopkg");
        run(folder, unopkg.toString(), "add", "--suppress-license", userInstallation, oxt.toString());
        String listed = run(folder, unopkg.toString(), "list", userInstallation);
        assertTrue(listed.contains("Identifier: " + TestOffice.EXTENSION_ID), listed);

        TestOffice office = TestOffice.onProfile(profile);
        try {
            assertTrue(office.userExtensions().contains(TestOffice.EXTENSION_ID), office.userExtensions().toString());
            ExtensionIT.assertAboutAnswers(office);
        } finally {
            office.close();
        }
    }

    /**
     * Runs a LibreOffice program to its end and returns its output; fails on a non-zero exit or a
     * hang. unopkg refuses to run as root except for a shared install, which every office on the
     * machine would then see: as root, it runs as the user nobody.
     */
    private static String run(Path home, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (new UnixSystem().getUid() == 0) {
            line.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Path log = Files.createTempFile(home, "run-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(line + " did not end within " + TIMEOUT_SECONDS + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), line + ":\n" + output);
        return output;
    }
}
