package org.tongbao.poi;

import java.math.BigDecimal;
import java.util.List;

import org.tongbao.table.CellRange;
import org.tongbao.update.CellValue;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks built with POI for the tests: the same content as .xlsx and .xls. */
final class Fixtures {

    static final String SHEET = "附件";

    private Fixtures() {
    }

    /** Where the tests' updates put the tool's columns on {@link #SHEET}. */
    static final int TOP = 2;
    static final int LEFT = 8;

    /** Three tool columns over two rows under their header, with the given marks. */
    static SheetUpdate threeColumns(List<RowMark> marks) {
        return new SheetUpdate(SHEET, new CellRange(TOP, LEFT, TOP + 2, LEFT + 2), TOP, LEFT,
                List.of("完成率", "高于全市", "提示"), HeaderLook.TOOL_HEADER,
                List.of(List.of(CellValue.text("118%"), CellValue.number(new BigDecimal("2.1")), CellValue.text("已完成")),
                        List.of(CellValue.text("276%"), CellValue.EMPTY, CellValue.text("未完成"))),
                List.of(), marks);
    }

    /** An update POI fails on while writing: a text longer than a cell can hold. */
    static SheetUpdate tooLongForACell() {
        return new SheetUpdate(SHEET, new CellRange(TOP, LEFT, TOP + 1, LEFT), TOP, LEFT, List.of("完成率"),
                HeaderLook.TOOL_HEADER, List.of(List.of(CellValue.text("长".repeat(40_000)))), List.of(), List.of());
    }

    static Path xlsx(Path dir) throws IOException {
        return write(new XSSFWorkbook(), dir.resolve("表.xlsx"));
    }

    static Path xls(Path dir) throws IOException {
        return write(new HSSFWorkbook(), dir.resolve("表.xls"));
    }

    /**
     * Sheet "附件": a merged title A1:H2, a header row (row 3), task rows 4–7 with a merged
     * serial B5:B7… and the value kinds; a second sheet "说明" with one note.
     */
    private static Path write(Workbook wb, Path file) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle wholePercent = wb.createCellStyle();
            wholePercent.setDataFormat((short) 9); // built-in "0%"
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bordered = wb.createCellStyle();
            bordered.setBorderTop(BorderStyle.THIN);
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderLeft(BorderStyle.THIN);
            bordered.setBorderRight(BorderStyle.MEDIUM);
            bordered.setWrapText(true);
            Font kai = wb.createFont();
            kai.setFontName("楷体");
            kai.setItalic(true);
            kai.setFontHeightInPoints((short) 14);
            bordered.setFont(kai);

            cell(sheet, 0, 0).setCellValue("2023年政府工作报告目标任务完成情况表");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 7));
            String[] header = {"序号", "目标任务", "牵头单位", "目标值", "完成值", "增速", "完成状态", "备注"};
            for (int c = 0; c < header.length; c++) {
                cell(sheet, 2, c).setCellValue(header[c]);
            }
            // row 4 (index 3): the value kinds
            cell(sheet, 3, 0).setCellValue(1);
            Cell task = cell(sheet, 3, 1);
            task.setCellValue("地区生产总值增长６％以上");
            task.setCellStyle(bordered);
            cell(sheet, 3, 2).setCellValue("县发展改革委");
            cell(sheet, 3, 3).setCellValue(557.7);
            Cell growth = cell(sheet, 3, 5);
            growth.setCellValue(0.047);
            growth.setCellStyle(percent);
            cell(sheet, 3, 6).setCellValue(true);
            cell(sheet, 3, 7).setCellValue("－8%");
            // row 5 (index 4): formulas
            cell(sheet, 4, 0).setCellValue(2);
            cell(sheet, 4, 1).setCellValue("　全角空格开头的任务");
            cell(sheet, 4, 2).setCellValue("县发展改革委");
            cell(sheet, 4, 3).setCellFormula("D4*2");
            cell(sheet, 4, 4).setCellFormula("1/0");
            Cell sum = cell(sheet, 4, 5);
            sum.setCellFormula("0.1+0.2");
            sum.setCellStyle(percent);
            cell(sheet, 4, 6).setCellFormula("\"已\"&\"完成\"");
            Cell half = cell(sheet, 4, 7);
            half.setCellValue(-0.08);
            half.setCellStyle(wholePercent);
            // rows 6-7: a merged serial, a date, a missing row in between
            sheet.addMergedRegion(new CellRangeAddress(4, 6, 0, 0));
            Cell day = cell(sheet, 6, 3);
            day.setCellValue(44927); // 2023-01-01
            day.setCellStyle(date);
            cell(sheet, 6, 7).setCellValue(false);
            cell(sheet, 9, 4).setCellValue("表下备注");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("说明文字");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    /**
     * A hand-written .xlsx with what POI's usermodel never writes: inline strings (with a rich
     * run and a phonetic run), cells and rows without {@code r}, a {@code t="str"} value, no
     * styles part and no shared strings part.
     */
    static Path handWritten(Path file) throws IOException {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>内联文本</t></is></c><c r="C1" t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c></row>
                <row><c t="inlineStr"><is><t>无地址</t></is></c><c><v>42</v></c><c t="str"><v>公式文本</v></c><c t="e"><v>#VALUE!</v></c></row>
                <row r="5"><c r="B5" t="b"><v>1</v></c><c r="D5" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>
                </sheetData>
                <mergeCells count="1"><mergeCell ref="A7:C8"/></mergeCells>
                </worksheet>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="手写" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.strip());
        }
        return file;
    }

    /** A zip that looks like an OpenDocument spreadsheet. */
    static Path odsLike(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            entry(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
