package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XStorable;
import com.sun.star.util.XCloseable;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Engine;
import org.tongbao.calc.UnoCast;
import org.tongbao.notice.ReferenceNotice;
import org.tongbao.calc.PropertyValues;
import org.tongbao.office.OfficeProcess;
import org.tongbao.office.OfficeWorkbook;
import org.tongbao.office.Pdfs;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.SheetUpdate;

/**
 * {@code --engine office}: the command line driving a headless LibreOffice it starts and stops
 * itself, compared with the poi engine on the same files. Every office these tests start (the
 * commands' and the one that makes the .ods) lives under one folder ({@link OfficeProcess#ROOT_PROPERTY}),
 * so the process list shows whether any was left running. Fails without soffice unless
 * TONGBAO_NO_OFFICE=1.
 */
class OfficeEngineIT {

    static final Path SAMPLE_DIR = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"));
    static final Path SAMPLE = SAMPLE_DIR.resolve("yunyang-2022.xlsx");
    static final String SHEET = "完成情况表";

    @TempDir
    static Path shared;
    static Path officeRoot;
    static Path ods;

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void makeOds() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        officeRoot = Files.createDirectories(shared.resolve("offices"));
        System.setProperty(OfficeProcess.ROOT_PROPERTY, officeRoot.toString());
        ods = shared.resolve("云阳 2022.ods");
        try (OfficeProcess office = OfficeProcess.start()) {
            Object document = UnoCast.require(XComponentLoader.class, office.desktop()).loadComponentFromURL(
                    OfficeProcess.fileUrl(SAMPLE), "_blank", 0, new PropertyValue[] {PropertyValues.of("Hidden", true)});
            try {
                UnoCast.require(XStorable.class, document).storeToURL(OfficeProcess.fileUrl(ods),
                        new PropertyValue[] {PropertyValues.of("FilterName", "calc8")});
            } finally {
                UnoCast.require(XCloseable.class, document).close(true);
            }
        }
        assertTrue(Files.size(ods) > 0);
    }

    @AfterAll
    static void noOfficeLeftRunning() throws Exception {
        System.clearProperty(OfficeProcess.ROOT_PROPERTY);
        if (officeRoot != null) {
            assertEquals(List.of(), officesUnder(officeRoot), "offices left running");
            try (Stream<Path> left = Files.list(officeRoot)) {
                assertEquals(List.of(), left.toList(), "office folders left behind");
            }
        }
    }

    /** Command lines of live processes naming {@code root} (the offices' profile paths are under it). */
    static List<String> officesUnder(Path root) {
        String path = root.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(path)).toList();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** Exit code and standard output of the poi engine on the same arguments. */
    private String poi(int expectedExit, String... args) {
        assertEquals(expectedExit, run(args), err());
        return out();
    }

    @Test
    void odsInputChoosesTheOfficeEngineAndValidatesTheSame() {
        String expected = poi(0, "validate", SAMPLE.toString());
        assertEquals(0, run("validate", ods.toString()), err());
        assertEquals(expected, out());
        assertEquals(3, run("validate", ods.toString(), "--engine", "poi"));
        assertTrue(err().contains("--engine office"), err());
    }

    /** The tool's block (header row to the last task row) as the poi engine writes it. */
    private Object[][] poiComputedBlock(SheetUpdate[] update) throws Exception {
        Path poiOut = dir.resolve("poi.xlsx");
        assertEquals(0, run("compute", SAMPLE.toString(), "-o", poiOut.toString()), err());
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        update[0] = engine.sheetUpdate(engine.assess(WorkbookReader.read(SAMPLE), SHEET));
        return block(WorkbookReader.read(poiOut, SHEET), update[0]);
    }

    private static Object[][] block(Grid grid, SheetUpdate update) {
        int rows = update.height();
        int columns = update.width();
        Object[][] block = new Object[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                block[r][c] = grid.value(update.top() + r, update.left() + c);
            }
        }
        return block;
    }

    private static void assertSameBlock(Object[][] expected, Object[][] actual, String what) {
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], actual[r][c], what + " row " + r + " column " + c);
            }
        }
    }

    @Test
    void computeToXlsxAndOdsWritesThePoiEnginesFiguresAndLeavesTheInputAlone() throws Exception {
        SheetUpdate[] update = new SheetUpdate[1];
        Object[][] expected = poiComputedBlock(update);
        assertEquals(118.0, expected[26 - update[0].top()][2], "交通投资 59 ÷ 50");
        Path input = Files.copy(SAMPLE, dir.resolve("in.xlsx"));
        String before = MainTest.hash(input);

        Path xlsx = dir.resolve("office.xlsx");
        assertEquals(0, run("compute", input.toString(), "-o", xlsx.toString(), "--engine", "office"), err());
        assertTrue(out().contains("已写入：" + xlsx), out());
        assertSameBlock(expected, block(WorkbookReader.read(xlsx, SHEET), update[0]), ".xlsx");
        assertHighlighted(xlsx);

        Path odsOut = dir.resolve("office.ods");
        assertEquals(0, run("compute", input.toString(), "-o", odsOut.toString(), "--engine", "office"), err());
        try (org.tongbao.workbook.Workbook back = OfficeWorkbook.open(odsOut)) {
            Grid grid = back.sheets().stream().filter(g -> g.sheetName().equals(SHEET)).findFirst().orElseThrow();
            assertSameBlock(expected, block(grid, update[0]), ".ods");
        }
        assertEquals(before, MainTest.hash(input), "the input is never written");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /** The 通报-成效明显 / 通报-未完成 cell styles reach the .xlsx as the same fill colours the poi engine paints. */
    private static void assertHighlighted(Path xlsx) throws Exception {
        String notable = String.format("%06X", Highlight.NOTABLE.rgb());
        String unfinished = String.format("%06X", Highlight.UNFINISHED.rgb());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SHEET);
            int notableRows = 0;
            int unfinishedRows = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                String fill = fill(sheet, r);
                notableRows += fill.equals(notable) ? 1 : 0;
                unfinishedRows += fill.equals(unfinished) ? 1 : 0;
            }
            assertEquals(notable, fill(sheet, 4), "地区生产总值 is notable");
            assertEquals(13 + 1 + 1 + 2, notableRows, "13 tasks, three of them spanning 2, 2 and 3 rows");
            assertEquals(5, unfinishedRows);
        }
    }

    private static String fill(Sheet sheet, int row) {
        Cell cell = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(1);
        if (cell == null || !(cell.getCellStyle() instanceof XSSFCellStyle s) || s.getFillForegroundXSSFColor() == null
                || s.getFillForegroundXSSFColor().getRGB() == null) {
            return "";
        }
        byte[] rgb = s.getFillForegroundXSSFColor().getRGB();
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    @Test
    void noticeFromOdsToDocxHasTheReferenceSections() throws Exception {
        Path docx = dir.resolve("通报.docx");
        assertEquals(0, run("notice", ods.toString(), "-o", docx.toString()), err());
        List<String> paragraphs = DocxNoticeWriter.paragraphTexts(docx);
        List<String> expected = ReferenceNotice.sectionsOneAndTwo();
        int from = paragraphs.indexOf("一、总体情况");
        assertTrue(from > 0, paragraphs.toString());
        assertEquals(expected, paragraphs.subList(from, from + expected.size()));
        assertEquals("三、下步工作要求", paragraphs.get(from + expected.size()));
    }

    @Test
    void noticeAsOdtAndPdfComesFromTheOfficesWriter() throws Exception {
        for (String kind : List.of("odt", "pdf")) {
            Path notice = dir.resolve("通报." + kind);
            assertEquals(0, run("notice", ods.toString(), "-o", notice.toString(), "--format", "text"), err());
            assertTrue(Files.size(notice) > 10_000, kind);
            assertTrue(out().contains("二、工作成效明显的13个事项"), out());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("通报.pdf"))) {
            assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
        }
    }

    /**
     * The sample's notice as PDF through both engines: the same .odt, turned into PDF by the
     * converter's office and by the engine's, on profiles with the same font replacements, gives
     * the same text on the same pages in the same fonts.
     */
    @Test
    void theSamplesNoticeAsPdfIsTheSameThroughBothEngines() throws Exception {
        Path poi = dir.resolve("poi.pdf");
        Path office = dir.resolve("office.pdf");
        assertEquals(0, run("notice", SAMPLE.toString(), "-o", poi.toString(), "--engine", "poi"), err());
        assertEquals(0, run("notice", SAMPLE.toString(), "-o", office.toString(), "--engine", "office"), err());
        List<List<String>> poiPages = Pdfs.pages(poi);
        List<List<String>> officePages = Pdfs.pages(office);
        assertTrue(poiPages.size() > 2, "pages: " + poiPages.size());
        assertEquals(poiPages.size(), officePages.size(), "page count");
        assertEquals(poiPages, officePages);
        assertEquals(Pdfs.fonts(poi), Pdfs.fonts(office));
        assertTrue(String.join("\n", poiPages.get(0)).contains("一、总体情况"), poiPages.get(0).toString());
    }

    /** The sheet is looked for once the office has read the workbook: the office still stops at once. */
    @Test
    void aFailureInsideTheOfficePathStopsTheOffice() {
        Path out = dir.resolve("out.xlsx");
        assertEquals(2, run("compute", SAMPLE.toString(), "-o", out.toString(), "--sheet", "没有这张表", "--engine", "office"));
        assertEquals(1, err().strip().lines().count(), err());
        assertFalse(err().contains("\tat "), err());
        assertEquals(List.of(), officesUnder(officeRoot), "the office is stopped right after the failure");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingInputExitsThreeWithoutStartingAnOffice() {
        assertEquals(3, run("validate", dir.resolve("nope.ods").toString()));
        assertTrue(err().contains("文件不存在"), err());
        assertEquals(2, run("validate", SAMPLE.toString(), "--engine", "calc"));
        assertEquals(2, run("compute", SAMPLE.toString(), "-o", dir.resolve("x.csv").toString(), "--engine", "office"));
    }

    /** The jar as staff run it: no UNO classes on its class path, so they come from the office's program/classes. */
    @Test
    void theRunnableJarValidatesAnOdsWithTheOfficesOwnUnoClasses() throws Exception {
        Path jar = Path.of("target/tongbao.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn verify");
        Path root = Files.createDirectories(dir.resolve("jar-offices"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + OfficeProcess.ROOT_PROPERTY + "=" + root, "-jar", jar.toString(), "validate", ods.toString()));
        Result result = exec(command, Map.of());
        assertEquals(0, result.exit(), result.err());
        assertEquals(poi(0, "validate", SAMPLE.toString()), result.out());
        assertEquals(List.of(), officesUnder(root));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.toList());
        }
    }

    /** An office without its Java parts (no program/classes): exit 3 naming the package to install. */
    @Test
    void theJarWithoutLibreOfficesJavaPartsExitsThreeSayingWhatToInstall() throws Exception {
        Path program = Files.createDirectories(dir.resolve("fake/program"));
        Path soffice = Files.writeString(program.resolve("soffice"), "#!/bin/sh\nexit 1\n");
        assertTrue(soffice.toFile().setExecutable(true));
        Path jar = Path.of("target/tongbao.jar").toAbsolutePath();
        Result result = exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "validate", ods.toString()), Map.of("TONGBAO_SOFFICE", soffice.toString()));
        assertEquals(3, result.exit(), result.err());
        assertTrue(result.err().contains("libreoffice-java-common"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    record Result(int exit, String out, String err) {
    }

    private Result exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 180 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
