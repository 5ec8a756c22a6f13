package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.zip.ZipFile;

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
                    "ProtocolHandler.xcu", "CalcWindowState.xcu", "tongbao.components", "tongbao-calc.jar",
                    "registration/license.txt", "icons/validate-16.png", "icons/notice-26.png"}) {
                assertTrue(oxt.getEntry(entry) != null, entry + " missing from the .oxt");
            }
            String description = new String(oxt.getInputStream(oxt.getEntry("description.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(description.contains("<version value=\"" + System.getProperty("tongbao.version", "")),
                    "version filtered from the pom: " + description);
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
            // an empty workbook holds no table: whatever the engine says, the dispatch must come back
            DispatchResultEvent result = Docs.dispatch(office, document, "Notice");
            assertTrue(result.State == DispatchResultState.FAILURE || result.State == DispatchResultState.SUCCESS);
            assertTrue(result.Result != null);
        } finally {
            Docs.close(document);
        }
    }
}
