package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in a workbook is executed or followed: an external entity or an external link that
 * points at a local listener is never fetched, whichever command reads the file; a macro-enabled
 * workbook is only read, and its VBA project reaches the computed copy untouched.
 */
class UntrustedContentTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void anExternalEntityIsNeverFetched() throws Exception {
        try (ServerSocket listener = listener()) {
            Path file = dir.resolve("entity.xlsx");
            BadInputs.table(file, s -> { });
            BadInputs.replaceSheetXml(file, xml -> "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY e SYSTEM "
                    + "\"http://127.0.0.1:" + listener.getLocalPort() + "/e\">]>"
                    + xml.substring(xml.indexOf("?>") + 2).replace("<sheetData>", "<sheetData>&e;"));
            assertEquals(3, cli.run("validate", file.toString()));
            assertEquals(3, cli.run("compute", file.toString(), "-o", dir.resolve("copy.xlsx").toString()));
            assertEquals(3, cli.run("notice", file.toString(), "-o", dir.resolve("n.docx").toString()));
            assertTrue(cli.err().contains("声明了文档类型（DTD/实体），为安全起见不予读取"), cli.err());
            assertNoConnection(listener);
        }
    }

    @Test
    void anExternalLinkIsNeverFollowed() throws Exception {
        try (ServerSocket listener = listener()) {
            Path file = dir.resolve("link.xlsx");
            BadInputs.table(file, s -> { });
            BadInputs.externalLink(file, "http://127.0.0.1:" + listener.getLocalPort() + "/other.xlsx");
            assertEquals(0, cli.run("validate", file.toString()), cli.err());
            assertTrue(cli.out().contains("共3项任务"), cli.out());
            Path copy = dir.resolve("copy.xlsx");
            assertEquals(0, cli.run("compute", file.toString(), "-o", copy.toString()), cli.err());
            assertEquals(0, cli.run("notice", file.toString(), "-o", dir.resolve("n.docx").toString()), cli.err());
            assertNoConnection(listener);
            // the cached value is what was read, and the link stays in the copy for the office to decide on
            assertTrue(new String(BadInputs.read(copy).get("xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("[1]"), "the formula through the link is kept");
            assertTrue(BadInputs.read(copy).containsKey("xl/externalLinks/externalLink1.xml"));
        }
    }

    @Test
    void aMacroEnabledWorkbookIsOnlyRead() throws Exception {
        Path file = new BadInputs(dir).make("macro-enabled-xlsm").file();
        Path copy = dir.resolve("copy.xlsm");
        assertEquals(0, cli.run("compute", file.toString(), "-o", copy.toString()), cli.err());
        Map<String, byte[]> in = BadInputs.read(file);
        Map<String, byte[]> out = BadInputs.read(copy);
        assertArrayEquals(in.get("xl/vbaProject.bin"), out.get("xl/vbaProject.bin"), "the VBA project is carried over as it was");
        assertTrue(new String(out.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("macroEnabled"), "the copy stays a macro-enabled workbook");
        assertTrue(Files.notExists(Path.of("/tmp/tongbao-macro-ran")), "the macro ran");
    }

    private static ServerSocket listener() throws IOException {
        return new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    private static void assertNoConnection(ServerSocket listener) throws IOException {
        listener.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, listener::accept, "something in the workbook was fetched");
    }
}
