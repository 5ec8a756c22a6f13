package org.tongbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes each kind of bad input of {@code bad-inputs.tsv} in a folder: files a county produces
 * or that reach the tool by mistake, and hostile ones. Binary and big inputs are generated, not
 * stored; every table kind starts from the same small clean table ({@link #TASKS}) with one defect.
 */
final class BadInputs {

    /** An input to run the commands on, and where compute and notice write (null: their defaults). */
    record Input(Path file, Path computeOut, Path noticeOut, List<String> extra) {
        Input(Path file) {
            this(file, null, null, List.of());
        }
    }

    static final String SHEET = "完成情况表";
    static final String[] HEADER = {"序号", "目标任务", "牵头单位", "单位", "目标值", "完成值", "完成情况"};
    static final Object[][] TASKS = {
        {1, "地区生产总值", "县发展改革委", "亿元", 500, 557.7, "已完成"},
        {2, "农业增加值", "县农业农村委", "亿元", 70, 74.3, "已完成"},
        {3, "新建农村公路", "县交通局", "公里", 100, 90, "未完成"},
    };
    /** The header's row (0-based): row 2 as the office sees it, under a title. */
    static final int HEADER_ROW = 1;

    private final Path dir;

    BadInputs(Path dir) {
        this.dir = dir;
    }

    Input make(String kind) throws IOException {
        Path xlsx = dir.resolve(kind + ".xlsx");
        Path xls = dir.resolve(kind + ".xls");
        switch (kind) {
            case "clean-table" -> table(xlsx, s -> { });
            case "text-named-xlsx" -> Files.writeString(xlsx, "这不是工作簿，只是一段文字。\n");
            case "csv-named-xlsx" -> Files.writeString(xlsx, String.join(",", HEADER) + "\n1,地区生产总值,县发展改革委,亿元,500,557.7,已完成\n");
            case "html-named-xls" -> {
                Files.writeString(xls, "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>序号</td>"
                        + "<td>目标任务</td><td>牵头单位</td></tr><tr><td>1</td><td>地区生产总值</td><td>县发展改革委</td>"
                        + "</tr></table></body></html>");
                return new Input(xls);
            }
            case "xml-2003-named-xls" -> {
                Files.writeString(xls, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:"
                        + "spreadsheet\"><Worksheet ss:Name=\"完成情况表\"/></Workbook>");
                return new Input(xls);
            }
            case "empty-file" -> Files.write(xlsx, new byte[0]);
            case "directory-named-xlsx" -> Files.createDirectory(xlsx);
            case "missing-file" -> {
                return new Input(xlsx);
            }
            case "truncated-zip" -> {
                byte[] sample = Files.readAllBytes(MainTest.SAMPLE);
                Files.write(xlsx, java.util.Arrays.copyOf(sample, sample.length / 2));
            }
            case "corrupt-zip" -> {
                byte[] sample = Files.readAllBytes(MainTest.SAMPLE);
                for (int i = sample.length / 3; i < sample.length / 3 + 64; i++) {
                    sample[i] ^= (byte) 0x5A;
                }
                Files.write(xlsx, sample);
            }
            case "zip-bomb" -> zipBomb(xlsx);
            case "encrypted-xlsx" -> encryptedXlsx(xlsx);
            case "encrypted-xls" -> {
                Biff8EncryptionKey.setCurrentUserPassword("secret");
                try {
                    write(new HSSFWorkbook(), xls, s -> { });
                } finally {
                    Biff8EncryptionKey.setCurrentUserPassword(null);
                }
                return new Input(xls);
            }
            case "excel-4-xls" -> {
                Files.write(xls, new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x0A, 0x00, 0x00, 0x00});
                return new Input(xls);
            }
            case "word-named-xlsx" -> {
                try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(xlsx)) {
                    doc.createParagraph().createRun().setText("关于2023年目标任务完成情况的通报");
                    doc.write(out);
                }
            }
            case "ods-named-xlsx" -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
                    entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
                    entry(zip, "content.xml", "<office:document-content/>");
                }
            }
            case "ods-with-poi-engine" -> {
                Path ods = dir.resolve(kind + ".ods");
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
                    entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
                }
                return new Input(ods, null, null, List.of("--engine", "poi"));
            }
            case "external-entity" -> {
                table(xlsx, s -> { });
                replaceSheetXml(xlsx, xml -> "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]>" + xml.substring(xml.indexOf("?>") + 2).replace("县交通局", "&e;"));
            }
            case "entity-expansion" -> {
                table(xlsx, s -> { });
                StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">");
                for (int i = 1; i < 10; i++) {
                    dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
                }
                dtd.append("]>");
                replaceSheetXml(xlsx, xml -> "<?xml version=\"1.0\"?>" + dtd + xml.substring(xml.indexOf("?>") + 2)
                        .replace("县交通局", "&a9;"));
            }
            case "dtd-in-document-properties" -> {
                table(xlsx, s -> { });
                Map<String, byte[]> parts = read(xlsx);
                String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
                parts.put("docProps/core.xml", core.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]>").getBytes(StandardCharsets.UTF_8));
                write(xlsx, parts);
            }
            case "cell-address-out-of-range" -> {
                table(xlsx, s -> { });
                replaceSheetXml(xlsx, xml -> xml.replace("r=\"D3\"", "r=\"D2000000000\""));
            }
            case "column-out-of-range" -> {
                table(xlsx, s -> { });
                replaceSheetXml(xlsx, xml -> xml.replace("r=\"D3\"", "r=\"ZZZZZZ3\""));
            }
            case "number-with-huge-exponent" -> {
                table(xlsx, s -> s.getRow(HEADER_ROW + 1).getCell(5).setCellStyle(percentStyle(s)));
                replaceSheetXml(xlsx, xml -> xml.replace("<v>557.7</v>", "<v>1E999999999</v>"));
            }
            case "infinite-number" -> {
                table(xlsx, s -> { });
                replaceSheetXml(xlsx, xml -> xml.replace("<v>557.7</v>", "<v>1E400</v>").replace("<v>74.3</v>", "<v>NaN</v>"));
            }
            case "empty-workbook" -> write(new XSSFWorkbook(), xlsx, wb -> wb.createSheet("Sheet1"));
            case "title-only" -> write(new XSSFWorkbook(), xlsx, wb -> wb.createSheet(SHEET).createRow(0).createCell(0)
                    .setCellValue("2023年目标任务完成情况表"));
            case "header-no-rows" -> table(xlsx, s -> {
                for (int r = HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                    s.removeRow(s.getRow(r));
                }
            });
            case "missing-lead-column" -> table(xlsx, s -> s.getRow(HEADER_ROW).getCell(2).setCellValue("单位负责"));
            case "far-below-top" -> farBelowTop(xlsx);
            case "duplicated-headers" -> table(xlsx, s -> s.getRow(HEADER_ROW).getCell(4).setCellValue("完成值"));
            case "dates-for-numbers" -> table(xlsx, s -> {
                CellStyle date = s.getWorkbook().createCellStyle();
                date.setDataFormat(s.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
                Calendar day = Calendar.getInstance();
                day.set(2023, Calendar.MARCH, 1);
                s.getRow(HEADER_ROW + 2).getCell(5).setCellValue(day);
                s.getRow(HEADER_ROW + 2).getCell(5).setCellStyle(date);
            });
            case "booleans-for-numbers" -> table(xlsx, s -> s.getRow(HEADER_ROW + 2).getCell(5).setCellValue(true));
            case "formula-errors" -> table(xlsx, s -> {
                s.getRow(HEADER_ROW + 2).getCell(5).setCellFormula("1/0");
                s.getRow(HEADER_ROW + 3).getCell(4).setCellFormula("NA()");
                s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
            case "formulas-without-values" -> table(xlsx, s -> {
                for (int r = HEADER_ROW + 1; r <= HEADER_ROW + TASKS.length; r++) {
                    s.getRow(r).getCell(5).setCellFormula("E" + (r + 1) + "*1.1");
                }
            });
            case "text-of-10000-characters" -> table(xlsx, s -> s.getRow(HEADER_ROW + 1).getCell(1)
                    .setCellValue("地区生产总值" + "稳".repeat(10_000)));
            case "control-emoji-rtl" -> table(xlsx, s -> {
                s.getRow(HEADER_ROW + 1).getCell(1).setCellValue("地区\u0001生产\u0008总值\u001F");
                s.getRow(HEADER_ROW + 2).getCell(1).setCellValue("农业增加值🌾🚜");
                s.getRow(HEADER_ROW + 3).getCell(1).setCellValue("新建农村公路 \u202Eطريق\u202C مرحبا");
                s.getRow(HEADER_ROW + 3).getCell(2).setCellValue("县交通局\u200B");
            });
            case "hidden-and-filtered-rows" -> table(xlsx, s -> {
                s.getRow(HEADER_ROW + 2).setZeroHeight(true);
                s.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + TASKS.length, 0, HEADER.length - 1));
                s.getRow(HEADER_ROW + 3).setZeroHeight(true);
            });
            case "two-tables-on-one-sheet" -> table(xlsx, s -> {
                int top = HEADER_ROW + TASKS.length + 3;
                row(s, top - 1, "2023年民生实事完成情况表");
                row(s, top, (Object[]) HEADER);
                row(s, top + 1, 1, "城镇老旧小区改造", "县住房城乡建委", "个", 10, 12, "已完成");
            });
            case "16384-columns" -> table(xlsx, s -> s.getRow(HEADER_ROW).createCell(16_383).setCellValue("备注"));
            case "merged-header" -> table(xlsx, s -> {
                s.shiftRows(HEADER_ROW + 1, s.getLastRowNum(), 1);
                Row lower = s.createRow(HEADER_ROW + 1);
                lower.createCell(4).setCellValue("目标值");
                lower.createCell(5).setCellValue("完成值");
                s.getRow(HEADER_ROW).getCell(4).setCellValue("完成情况");
                s.getRow(HEADER_ROW).getCell(5).setBlank();
                s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 4, 5));
                for (int c : new int[] {0, 1, 2, 3, 6}) {
                    s.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
                }
            });
            case "merge-over-the-whole-sheet" -> table(xlsx, s -> s.addMergedRegionUnsafe(
                    new CellRangeAddress(HEADER_ROW + TASKS.length + 1, 1_048_575, 0, 2_000)));
            case "negative-and-huge-numbers" -> table(xlsx, s -> {
                s.getRow(HEADER_ROW + 1).getCell(5).setCellValue(-557.7);
                s.getRow(HEADER_ROW + 2).getCell(4).setCellValue(1e308);
                s.getRow(HEADER_ROW + 2).getCell(5).setCellValue(Double.MAX_VALUE);
                s.getRow(HEADER_ROW + 3).getCell(4).setCellValue(4.9e-324);
            });
            case "protected-sheet" -> table(xlsx, s -> s.protectSheet("secret"));
            case "macro-enabled-xlsm" -> {
                Path xlsm = dir.resolve(kind + ".xlsm");
                table(xlsm, s -> { });
                macroEnabled(xlsm);
                return new Input(xlsm);
            }
            case "external-link" -> {
                table(xlsx, s -> { });
                externalLink(xlsx, "file:///etc/passwd");
            }
            case "table-as-xls" -> {
                write(new HSSFWorkbook(), xls, wb -> fill(wb.createSheet(SHEET)));
                return new Input(xls);
            }
            case "output-folder-missing" -> {
                table(xlsx, s -> { });
                return new Input(xlsx, dir.resolve("no-such-folder/copy.xlsx"), dir.resolve("no-such-folder/n.docx"),
                        List.of());
            }
            case "output-is-input" -> {
                table(xlsx, s -> { });
                return new Input(xlsx, xlsx, null, List.of());
            }
            case "output-is-a-folder" -> {
                table(xlsx, s -> { });
                Path folder = Files.createDirectories(dir.resolve("out/copy.xlsx"));
                return new Input(xlsx, folder, Files.createDirectories(dir.resolve("out/n.docx")), List.of());
            }
            case "output-of-another-type" -> {
                table(xlsx, s -> { });
                return new Input(xlsx, dir.resolve("out/copy.xls"), dir.resolve("out/n.txt"), List.of());
            }
            case "too-many-cells" -> tooManyCells(xlsx);
            case "too-large-file" -> {
                // sparse: 60 MB as the file system reports it, no disk used
                try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(xlsx.toFile(), "rw")) {
                    file.write(new byte[] {'P', 'K', 3, 4});
                    file.setLength(60L << 20);
                }
            }
            default -> throw new IllegalArgumentException("no such kind of bad input: " + kind);
        }
        return new Input(xlsx);
    }

    // ---- tables ---------------------------------------------------------------------------

    /** The clean table as .xlsx, with one change made before it is written. */
    static void table(Path file, Consumer<Sheet> change) throws IOException {
        write(new XSSFWorkbook(), file, wb -> {
            Sheet sheet = wb.createSheet(SHEET);
            fill(sheet);
            change.accept(sheet);
        });
    }

    static void fill(Sheet sheet) {
        row(sheet, 0, "2023年目标任务完成情况表");
        row(sheet, HEADER_ROW, (Object[]) HEADER);
        for (int i = 0; i < TASKS.length; i++) {
            row(sheet, HEADER_ROW + 1 + i, TASKS[i]);
        }
    }

    static void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue((String) values[c]);
            }
        }
    }

    private static void write(Workbook wb, Path file, Consumer<Workbook> content) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
    }

    private static CellStyle percentStyle(Sheet s) {
        CellStyle percent = s.getWorkbook().createCellStyle();
        percent.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0.0%"));
        return percent;
    }

    /** The table 5,000 rows down and 10 columns in, and a formatted empty cell on the sheet's last row. */
    private static void farBelowTop(Path file) throws IOException {
        write(new XSSFWorkbook(), file, wb -> {
            Sheet s = wb.createSheet(SHEET);
            int top = 5_000;
            row(s, top, "2023年目标任务完成情况表");
            for (int i = 0; i <= TASKS.length; i++) {
                Object[] values = i == 0 ? HEADER : TASKS[i - 1];
                Row row = s.createRow(top + 1 + i);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(10 + c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(10 + c).setCellValue((String) values[c]);
                    }
                }
            }
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (int r = 1_048_570; r < 1_048_576; r++) {
                s.createRow(r).createCell(16_383).setCellStyle(yellow);
            }
        });
    }

    /** More cells than the reader takes: 1,010 rows of 1,000 numbers, random so that they do not zip too well. */
    private static void tooManyCells(Path file) throws IOException {
        StringBuilder xml = new StringBuilder(16 << 20);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>");
        java.util.Random random = new java.util.Random(13);
        for (int r = 1; r <= 1_010; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 1_000; c++) {
                xml.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
            }
            xml.append("</row>");
        }
        xml.append("</sheetData></worksheet>");
        table(file, s -> { });
        replaceSheetXml(file, old -> xml.toString());
    }

    // ---- packages -------------------------------------------------------------------------

    /** The clean table with its sheet inflating to 60 MB of blanks: over 100 times its packed size. */
    private static void zipBomb(Path file) throws IOException {
        table(file, s -> { });
        Map<String, byte[]> parts = read(file);
        String xml = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        int at = xml.indexOf("<sheetData>");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream(61 << 20);
        bomb.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < 60; i++) {
            bomb.writeBytes(blanks);
        }
        bomb.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", bomb.toByteArray());
        write(file, parts);
    }

    private static void encryptedXlsx(Path file) throws IOException {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        table(plain, s -> { });
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
    }

    /** A macro-enabled workbook: the content type Excel gives .xlsm and a VBA project part. */
    private static void macroEnabled(Path file) throws IOException {
        Map<String, byte[]> parts = read(file);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                        + " Target=\"vbaProject.bin\"/></Relationships>");
        parts.put("xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        // Not a real VBA project: what matters is that nothing tries to run it.
        parts.put("xl/vbaProject.bin", "Sub Auto_Open()\n  Shell \"touch /tmp/tongbao-macro-ran\"\nEnd Sub\n"
                .getBytes(StandardCharsets.UTF_8));
        write(file, parts);
    }

    /** A link to another workbook at {@code target}, and a cell whose formula reads it (cached value kept). */
    static void externalLink(Path file, String target) throws IOException {
        Map<String, byte[]> parts = read(file);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8).replace("</Types>",
                "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/vnd."
                        + "openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rIdExt\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>");
        parts.put("xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8).replace("</sheets>",
                "</sheets><externalReferences><externalReference r:id=\"rIdExt\"/></externalReferences>");
        parts.put("xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/externalLinks/externalLink1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"表\"/>"
                + "</sheetNames><sheetDataSet><sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>557.7</v></cell>"
                + "</row></sheetData></sheetDataSet></externalBook></externalLink>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/externalLinks/_rels/externalLink1.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "externalLinkPath\" Target=\"" + target + "\" TargetMode=\"External\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        write(file, parts);
        replaceSheetXml(file, xml -> xml.replace("<c r=\"F3\" t=\"n\" s=\"0\"><v>557.7</v></c>",
                "<c r=\"F3\" s=\"0\"><f>[1]表!A1</f><v>557.7</v></c>"));
    }

    static void replaceSheetXml(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> parts = read(file);
        String xml = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        if (changed.equals(xml)) {
            throw new IllegalStateException("the change found nothing to change in " + file);
        }
        parts.put("xl/worksheets/sheet1.xml", changed.getBytes(StandardCharsets.UTF_8));
        write(file, parts);
    }

    static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static void write(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
