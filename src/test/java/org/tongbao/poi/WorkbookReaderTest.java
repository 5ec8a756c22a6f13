package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.table.CellError;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryValueKindFromXlsx() throws Exception {
        assertFixture(WorkbookReader.read(Fixtures.xlsx(dir)));
    }

    @Test
    void readsEveryValueKindFromXls() throws Exception {
        assertFixture(WorkbookReader.read(Fixtures.xls(dir)));
    }

    private static void assertFixture(List<Grid> grids) {
        assertEquals(2, grids.size());
        Grid g = grids.get(0);
        assertEquals("附件", g.sheetName());
        assertEquals("说明", grids.get(1).sheetName());
        assertEquals("说明文字", grids.get(1).value(0, 0));

        assertEquals("2023年政府工作报告目标任务完成情况表", g.value(0, 0));
        assertNull(g.value(0, 1), "merged cells hold their value in the top-left cell only");
        assertTrue(g.merges().contains(new CellRange(0, 0, 1, 7)));
        assertTrue(g.merges().contains(new CellRange(4, 0, 6, 0)));
        assertEquals(2, g.merges().size());

        assertEquals("序号", g.value(2, 0));
        assertEquals("备注", g.value(2, 7));
        assertEquals(1.0, g.value(3, 0));
        assertEquals("地区生产总值增长６％以上", g.value(3, 1), "full-width text kept as typed");
        assertEquals(557.7, g.value(3, 3));
        assertEquals("557.7", g.text(3, 3));
        assertNull(g.value(3, 4), "a missing cell is empty");
        assertEquals("4.7%", g.value(3, 5), "percent format → the percentage staff see");
        assertEquals(Boolean.TRUE, g.value(3, 6));
        assertEquals("－8%", g.value(3, 7));

        assertEquals("　全角空格开头的任务", g.value(4, 1), "leading ideographic space kept");
        assertEquals(1115.4, g.value(4, 3), "formula → its cached number");
        assertEquals(new CellError("#DIV/0!"), g.value(4, 4));
        assertEquals("30%", g.value(4, 5), "0.1+0.2 under a percent format, no binary noise");
        assertEquals("已完成", g.value(4, 6), "string formula → its cached text");
        assertEquals("-8%", g.value(4, 7), "built-in 0% format");

        assertEquals(44927.0, g.value(6, 3), "date-formatted numbers stay numbers");
        assertEquals(Boolean.FALSE, g.value(6, 7));
        assertTrue(g.isRowEmpty(7));
        assertNull(g.value(8, 0));
        assertEquals("表下备注", g.value(9, 4));
        assertEquals(10, g.rowCount());
        assertEquals(8, g.columnCount());
    }

    @Test
    void repeatedStringsAreOneObject() throws Exception {
        for (Path file : List.of(Fixtures.xlsx(dir), Fixtures.xls(dir))) {
            Grid g = WorkbookReader.read(file).get(0);
            assertEquals("县发展改革委", g.value(3, 2));
            assertSame(g.value(3, 2), g.value(4, 2), file.toString());
        }
    }

    @Test
    void readsInlineStringsAndCellsWithoutAddresses() throws Exception {
        Path file = Fixtures.handWritten(dir.resolve("手写.xlsx"));
        List<Grid> grids = WorkbookReader.read(file);
        assertEquals(1, grids.size());
        Grid g = grids.get(0);
        assertEquals("手写", g.sheetName());
        assertEquals("内联文本", g.value(0, 0));
        assertEquals("富文本 ", g.value(0, 2), "rich runs joined, phonetic run left out");
        assertEquals("无地址", g.value(1, 0));
        assertEquals(42.0, g.value(1, 1));
        assertEquals("公式文本", g.value(1, 2));
        assertEquals(new CellError("#VALUE!"), g.value(1, 3));
        assertEquals(Boolean.TRUE, g.value(4, 1));
        assertEquals("a\rb", g.value(4, 3), "_x000D_ escape undone");
        assertEquals(List.of(new CellRange(6, 0, 7, 2)), g.merges());
    }

    @Test
    void readsSharedStringsFromPoiWrittenFile() throws Exception {
        // POI's usermodel writes text as shared strings; the fixture's text cells come from there
        Path file = Fixtures.xlsx(dir);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertTrue(wb.getSharedStringSource().getUniqueCount() > 5);
        }
        assertEquals("县发展改革委", WorkbookReader.read(file).get(0).value(3, 2));
    }

    @Test
    void readsNamedSheetsOnlyAndListsNames() throws Exception {
        for (Path file : List.of(Fixtures.xlsx(dir), Fixtures.xls(dir))) {
            assertEquals(List.of("附件", "说明"), WorkbookReader.sheetNames(file));
            List<Grid> only = WorkbookReader.read(file, List.of("说明"));
            assertEquals(1, only.size());
            assertEquals("说明", only.get(0).sheetName());
            assertEquals("附件", WorkbookReader.read(file, "附件").sheetName());
            WorkbookException e = assertThrows(WorkbookException.class, () -> WorkbookReader.read(file, "没有"));
            assertTrue(e.getMessage().contains("没有"), e.getMessage());
        }
    }

    @Test
    void readingLeavesTheFileUntouched() throws Exception {
        Path file = Fixtures.xlsx(dir);
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        WorkbookReader.read(file);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void poiLogsNothing() {
        // src/main/resources/log4j2.*.properties: the log4j API's simple logger, switched off,
        // instead of "Log4j API could not find a logging provider" on stderr
        org.apache.logging.log4j.Logger log = org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.Test");
        assertEquals("org.apache.logging.log4j.simple.SimpleLoggerContext",
                org.apache.logging.log4j.LogManager.getContext(false).getClass().getName());
        assertFalse(log.isErrorEnabled());
        assertFalse(log.isWarnEnabled());
    }

    // ---- files that are not workbooks ---------------------------------------------------

    @Test
    void missingFile() {
        assertRefused(dir.resolve("不存在.xlsx"), "不存在");
    }

    @Test
    void textFileRenamedXlsx() throws IOException {
        Path file = dir.resolve("假的.xlsx");
        Files.writeString(file, "序号,目标任务\n1,地区生产总值\n", StandardCharsets.UTF_8);
        assertRefused(file, "不是有效的 Excel 工作簿");
    }

    @Test
    void csvFile() throws IOException {
        Path file = dir.resolve("表.csv");
        Files.writeString(file, "序号,目标任务\n", StandardCharsets.UTF_8);
        assertRefused(file, "另存为 .xlsx");
    }

    @Test
    void odsByName() throws IOException {
        assertRefused(Fixtures.odsLike(dir.resolve("表.ods")), "--engine office");
    }

    @Test
    void odsContentWithXlsxName() throws IOException {
        assertRefused(Fixtures.odsLike(dir.resolve("其实是ods.xlsx")), "--engine office");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = dir.resolve("空.xlsx");
        Files.createFile(file);
        assertRefused(file, "文件为空");
    }

    @Test
    void emptyXlsFile() throws IOException {
        Path file = dir.resolve("空.xls");
        Files.createFile(file);
        assertRefused(file, "文件为空");
    }

    @Test
    void directory() throws IOException {
        assertRefused(Files.createDirectory(dir.resolve("目录.xlsx")), "文件夹");
    }

    @Test
    void truncatedXlsx() throws IOException {
        Path full = Fixtures.xlsx(dir);
        Path cut = dir.resolve("截断.xlsx");
        byte[] bytes = Files.readAllBytes(full);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, null);
    }

    @Test
    void htmlPretendingToBeXls() throws IOException {
        Path file = dir.resolve("导出.xls");
        Files.writeString(file, "<html><body><table><tr><td>序号</td></tr></table></body></html>");
        assertRefused(file, "HTML");
    }

    @Test
    void encryptedXlsx() throws Exception {
        Path plain = Fixtures.xlsx(dir);
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, "加密");
    }

    private static void assertRefused(Path file, String why) {
        WorkbookException e = assertThrows(WorkbookException.class, () -> WorkbookReader.read(file));
        String m = e.getMessage();
        assertTrue(m.contains(file.getFileName().toString()), m);
        assertFalse(m.contains("\n"), m);
        assertFalse(m.contains("Exception"), m);
        if (why != null) {
            assertTrue(m.contains(why), m);
        }
    }
}
