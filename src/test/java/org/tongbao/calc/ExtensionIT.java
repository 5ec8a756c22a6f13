package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XSpreadsheetDocument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged target/tongbao.oxt installs into a running office and answers its commands. */
@ExtendWith(TestOffice.class)
class ExtensionIT {

    @Test
    void theOxtCarriesTheWiringAndOnlyOurClasses() throws Exception {
        try (ZipFile oxt = new ZipFile(TestOffice.oxt().toFile())) {
            for (String entry : new String[] {"description.xml", "META-INF/manifest.xml", "Addons.xcu",
                    "ProtocolHandler.xcu", "CalcWindowState.xcu", "Jobs.xcu", "tongbao.components", "tongbao-calc.jar",
                    "registration/license.txt", "icons/validate-16.png", "icons/notice-26.png",
                    "jython-standalone-2.7.4.jar"}) {
                assertTrue(oxt.getEntry(entry) != null, entry + " missing from the .oxt");
            }
            String description = new String(oxt.getInputStream(oxt.getEntry("description.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(description.contains("<version value=\"" + System.getProperty("tongbao.version", "")),
                    "version filtered from the pom: " + description);
            List<String> classes = new ArrayList<>();
            List<String> scripts = new ArrayList<>();
            String manifest = "";
            try (ZipInputStream jar = new ZipInputStream(oxt.getInputStream(oxt.getEntry("tongbao-calc.jar")))) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    if (entry.getName().startsWith("macros/")) {
                        scripts.add(entry.getName());
                    } else if (entry.getName().endsWith(".class")) {
                        classes.add(entry.getName());
                    } else if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                        manifest = new String(jar.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue(scripts.containsAll(List.of("macros/rules.py", "macros/rules.py.class", "macros/wording.py",
                    "macros/wording.py.class", "macros/checks.py", "macros/checks.py.class")),
                    "the shipped rule scripts, and their build-time classes: " + scripts);
            assertTrue(manifest.contains("Class-Path: jython-standalone-2.7.4.jar"),
                    "Jython beside the jar, not inside it: " + manifest);
            assertTrue(classes.contains("org/tongbao/calc/TongbaoDispatcher.class"), classes.toString());
            assertEquals(List.of(), classes.stream().filter(c -> !c.startsWith("org/tongbao/")).toList(),
                    "LibreOffice brings UNO, Jython lies beside the jar, the extension needs nothing else");
            assertEquals(List.of(), classes.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains("bench")).toList(),
                    "the benchmark's code stays in the test sources");
        }
    }

    @Test
    void theBenchmarksCommandIsNotThere(TestOffice office) throws Exception {
        XSpreadsheetDocument document = Docs.newCalc(office);
        try {
            assertNull(Docs.queryDispatch(office, document, Command.PROTOCOL + "Bench"));
            assertNull(Docs.queryDispatch(office, document, BenchDispatcher.PROTOCOL + "Bench"));
            assertNotNull(Docs.queryDispatch(office, document, Command.PROTOCOL + "About"), "the product's commands are");
        } finally {
            Docs.close(document);
        }
    }

    @Test
    void installedForTheUser(TestOffice office) throws Exception {
        assertTrue(office.userExtensions().contains(TestOffice.EXTENSION_ID), office.userExtensions().toString());
    }

    @Test
    void aboutAnswersThroughTheFrame(TestOffice office) throws Exception {
        assertAboutAnswers(office);
    }

    /** 关于, dispatched through a new Calc document's frame, answers with the extension's name. */
    static void assertAboutAnswers(TestOffice office) throws Exception {
        XSpreadsheetDocument document = Docs.newCalc(office);
        try {
            DispatchResultEvent result = Docs.dispatch(office, document, "About");
            assertEquals(DispatchResultState.SUCCESS, result.State);
            assertTrue(String.valueOf(result.Result).contains("督查通报 tongbao"), String.valueOf(result.Result));
        } finally {
            Docs.close(document);
        }
    }

    @Test
    void aFailingCommandReportsInsteadOfThrowing(TestOffice office) throws Exception {
        XSpreadsheetDocument document = Docs.newCalc(office);
        try {
            // an empty workbook holds no table: the notice fails, and says so in a message, not an exception
            DispatchResultEvent result = Docs.dispatch(office, document, "Notice");
            assertEquals(DispatchResultState.FAILURE, result.State, String.valueOf(result.Result));
            String message = String.valueOf(result.Result);
            assertTrue(message.startsWith("「生成通报」未能完成"), message);
            assertTrue(message.contains("\n没有找到目标任务完成情况表。"), message);
            assertTrue(message.endsWith("\nNo completion table was found."), message);
        } finally {
            Docs.close(document);
        }
    }
}
