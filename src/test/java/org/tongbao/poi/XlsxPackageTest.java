package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPackageTest {

    @TempDir
    Path dir;

    @Test
    void relationshipTargetsResolveAgainstTheirPart() {
        assertEquals("xl/worksheets/sheet1.xml", XlsxPackage.resolve("xl/", "worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", XlsxPackage.resolve("xl/", "/xl/worksheets/sheet1.xml"));
        assertEquals("docProps/app.xml", XlsxPackage.resolve("xl/", "../docProps/app.xml"));
        assertEquals("xl/workbook.xml", XlsxPackage.resolve("", "xl/workbook.xml"));
    }

    @Test
    void aPartThatInflatesTooMuchIsRefusedByName() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 8; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        try (XlsxPackage pkg = XlsxPackage.open(bomb)) {
            Exception e = assertThrows(java.io.IOException.class,
                    () -> pkg.part("xl/worksheets/sheet1.xml").readAllBytes());
            assertTrue(e.getMessage().contains("sheet1.xml 解压后超过压缩大小的100倍（疑为压缩炸弹）"), e.getMessage());
        }
    }

    @Test
    void aZipWithoutAWorkbookSaysSo() throws Exception {
        Path zipFile = dir.resolve("photos.xlsx");
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        WorkbookException e = assertThrows(WorkbookException.class, () -> WorkbookReader.read(zipFile));
        assertTrue(e.getMessage().contains("photos.xlsx") && e.getMessage().contains("不是有效的 Excel 工作簿"),
                e.getMessage());
    }
}
