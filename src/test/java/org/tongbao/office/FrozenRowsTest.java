package org.tongbao.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a stored file may come in that the office engine's new table does not show on this machine's office. */
class FrozenRowsTest {

    @TempDir
    Path dir;

    @Test
    void aViewTheOfficeDidStoreGivesWayToTheFrozenOne() throws IOException {
        Path ods = zip("t.ods", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "settings.xml", "<office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                        + "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>old"
                        + "</config:config-item-map-entry></config:config-item-map-indexed>"
                        + "</config:config-item-set></office:settings>"));
        FrozenRows.inOds(ods, "完成情况表", 3);
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            assertEquals("mimetype", zip.entries().nextElement().getName(), "ODF: mimetype first");
            assertEquals(ZipEntry.STORED, zip.getEntry("mimetype").getMethod());
            String settings = new String(zip.getInputStream(zip.getEntry("settings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(settings.contains(">old<"), settings);
            assertEquals(1, settings.split("config:name=\"Views\"", -1).length - 1, settings);
            assertTrue(settings.contains("<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">3<"),
                    settings);
        }
    }

    @Test
    void anEmptySheetViewOpensForThePane() throws IOException {
        Path xlsx = zip("t.xlsx", Map.of(
                "xl/workbook.xml", "<workbook><sheets><sheet name=\"名录\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "<sheet name=\"完成情况表\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></worksheet>",
                "xl/worksheets/sheet2.xml", "<worksheet><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></worksheet>"));
        FrozenRows.inXlsx(xlsx, "完成情况表", 3);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertEquals("<worksheet><sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"0\" ySplit=\"3\" "
                    + "topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews></worksheet>",
                    new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                            StandardCharsets.UTF_8));
            assertFalse(new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8).contains("<pane"), "only the named sheet is frozen");
        }
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        Map<String, String> ordered = new LinkedHashMap<>();
        parts.keySet().stream().sorted((a, b) -> a.equals("mimetype") ? -1 : b.equals("mimetype") ? 1 : a.compareTo(b))
                .forEach(k -> ordered.put(k, parts.get(k)));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : ordered.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
