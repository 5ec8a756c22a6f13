package org.tongbao.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.poi.SampleNotice;

/**
 * Converts the sample notice with the real LibreOffice. Without one the tests fail, unless
 * TONGBAO_NO_OFFICE=1 says this machine has none on purpose. Reading the PDF's text needs
 * pdftotext (poppler-utils).
 */
class OfficeConverterTest {

    private static final String PHRASE = "县发展改革委牵头的地区生产总值557.7亿元";

    @TempDir
    static Path dir;
    static Path source;
    static Path pdf;

    @BeforeAll
    static void convertSample() throws IOException {
        if (OfficeConverter.findSoffice().isEmpty()) {
            if ("1".equals(System.getenv("TONGBAO_NO_OFFICE"))) {
                Assumptions.abort("TONGBAO_NO_OFFICE=1: no LibreOffice on this machine");
            }
            fail("LibreOffice (soffice) is needed for these tests: apt-get install libreoffice-writer-nogui,"
                    + " or set TONGBAO_SOFFICE; set TONGBAO_NO_OFFICE=1 to skip them.");
        }
        source = dir.resolve("通报 2022.odt");
        OdtNoticeWriter.write(SampleNotice.notice(), source);
        pdf = dir.resolve("通报 2022.pdf");
        OfficeConverter.convert(source, pdf);
    }

    @Test
    void pdfIsA4OnSeveralPages() throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"), "a PDF file");
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(raw);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertTrue(count > 1, "pages: " + count);

        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(raw);
        assertTrue(box.find(), "a MediaBox");
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        assertEquals(595.3, width, 1.0, "A4 width in points");
        assertEquals(841.9, height, 1.0, "A4 height in points");
    }

    @Test
    void pdfHoldsTheChineseTextAndPageNumbers() throws Exception {
        String text = Pdfs.text(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains(PHRASE), text);
        assertTrue(text.contains("关于2022年政府工作报告目标任务完成情况的通报"), text);
        assertTrue(text.contains(SampleNotice.ATTACHMENT_TITLE), text);
        assertTrue(text.contains("—1—") && text.contains("—2—"), "page numbers: " + text);
    }

    @Test
    void officialFacesAreSetInFandolWhenTexLiveHasThem() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("fonts-probe"));
        OfficeProfile.linkFandolFonts(fonts);
        Assumptions.assumeTrue(Files.exists(fonts.resolve("FandolFang-Regular.otf")),
                "no Fandol fonts here: apt-get install texlive-lang-chinese");
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("+FandolFang-Regular"), "仿宋_GB2312 set in FandolFang");
        assertTrue(raw.contains("+FandolKai-Regular"), "楷体_GB2312 set in FandolKai");
    }

    @Test
    void odtIsAZipWhoseContentHoldsTheText() throws IOException {
        Path odt = dir.resolve("通报-converted.odt");
        OfficeConverter.convert(source, odt);
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            try (InputStream in = zip.getInputStream(mimetype)) {
                assertEquals("application/vnd.oasis.opendocument.text", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(content.contains(PHRASE));
                assertTrue(content.contains("序号"));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void failuresSayWhat() throws IOException {
        IOException missing = assertThrows(IOException.class,
                () -> OfficeConverter.convert(dir.resolve("none.docx"), dir.resolve("none.pdf")));
        assertTrue(missing.getMessage().contains("none.docx"), missing.getMessage());
        IOException format = assertThrows(IOException.class,
                () -> OfficeConverter.convert(source, dir.resolve("notice.html")));
        assertTrue(format.getMessage().contains(".pdf"), format.getMessage());

        Path target = dir.resolve("too-slow.pdf");
        IOException slow = assertThrows(IOException.class, () -> OfficeConverter.convert(source, target, Duration.ofMillis(1)));
        assertTrue(slow.getMessage().contains("timed out"), slow.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void findsSofficeFromTheEnvironmentVariableThenThePath(@TempDir Path bin) throws IOException {
        Path fake = Files.createFile(bin.resolve("my-soffice"));
        fake.toFile().setExecutable(true);
        Path emptyOpt = bin.resolve("opt");
        assertEquals(Optional.of(fake), OfficeConverter.findSoffice(Map.of("TONGBAO_SOFFICE", fake.toString()), emptyOpt));

        Path onPath = Files.createFile(Files.createDirectory(bin.resolve("path")).resolve("libreoffice"));
        onPath.toFile().setExecutable(true);
        assertEquals(Optional.of(onPath), OfficeConverter.findSoffice(
                Map.of("TONGBAO_SOFFICE", bin.resolve("missing").toString(), "PATH", onPath.getParent().toString()), emptyOpt)
                .filter(p -> !p.startsWith("/usr")));
    }

    @Test
    void theNotFoundMessageSaysWhatToInstall() {
        String message = OfficeConverter.notFoundMessage();
        assertTrue(message.contains("apt-get install libreoffice-writer-nogui"));
        assertTrue(message.contains("libreoffice.org"));
        assertTrue(message.contains("未找到"));
    }
}
