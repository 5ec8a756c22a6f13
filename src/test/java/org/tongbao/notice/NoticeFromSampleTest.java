package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.poi.WorkbookReader;

/** The notice made from the sample workbook on disk, written as .docx and read back. */
class NoticeFromSampleTest {

    static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");

    @TempDir
    Path dir;

    private List<String> noticeOf(Path workbook) throws Exception {
        Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2030, 1, 1));
        Assessment a = engine.assess(WorkbookReader.read(workbook), "完成情况表");
        assertFalse(a.hasErrors(), a.findings().toString());
        Path docx = dir.resolve(workbook.getFileName() + ".docx");
        DocxNoticeWriter.write(engine.notice(a), docx);
        return DocxNoticeWriter.paragraphTexts(docx);
    }

    @Test
    void sectionsOneAndTwoEqualTheReferenceCharacterForCharacter() throws Exception {
        List<String> paragraphs = noticeOf(SAMPLE);
        List<String> expected = NoticeWordingTest.sectionsOneAndTwo(NoticeWordingTest.reference());
        int from = paragraphs.indexOf("一、总体情况");
        assertTrue(from > 0, paragraphs.toString());
        assertEquals(expected, paragraphs.subList(from, from + expected.size()));
        assertEquals("三、下步工作要求", paragraphs.get(from + expected.size()));
    }

    @Test
    void headerTitleAndDateComeFromTheSettingsSheet() throws Exception {
        List<String> paragraphs = noticeOf(SAMPLE);
        assertEquals("云阳县人民政府督查办\t2023年2月27日", paragraphs.get(0));
        assertEquals("云阳县人民政府督察办公室", paragraphs.get(1));
        assertEquals("关于2022年政府工作报告目标任务完成情况的通报", paragraphs.get(2));
        assertTrue(paragraphs.contains("附件：2022年政府工作报告目标任务完成情况表"));
        assertTrue(paragraphs.get(paragraphs.size() - 1).equals("2023年2月27日"));
    }

    /** A copy of the sample with cells changed through POI, as staff would change them. */
    private Path changed(Consumer<Sheet> change) throws Exception {
        Path copy = dir.resolve("changed.xlsx");
        try (InputStream in = Files.newInputStream(SAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb.getSheet("完成情况表"));
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }

    @Test
    void changedRawValuesChangeTheSentencesAndCounts() throws Exception {
        Path copy = changed(sheet -> {
            sheet.getRow(4).getCell(10).setCellValue(3.0);      // 地区生产总值: city average 2.6 → 3
            sheet.getRow(26).getCell(8).setCellValue(60.0);     // 交通投资: actual 59 → 60
            sheet.getRow(9).getCell(13).setCellValue("未完成");  // an illustrative completed task
        });
        List<String> paragraphs = noticeOf(copy);
        String all = String.join("\n", paragraphs);
        assertTrue(all.contains("地区生产总值557.7亿元，同比增长4.7%，较全市3%的平均增速高1.7个百分点，增速全市第一。"), all);
        assertTrue(all.contains("全县2022年完成投资60亿元，完成年度目标任务的120%，超额完成年度目标任务。"), all);
        assertTrue(all.contains("已完成169项，占总任务数的96.6%，其中13件事项成效明显；未完成事项6项，占总任务数的3.4%。"), all);
        assertFalse(all.contains("2.1个百分点"));
        assertFalse(all.contains("118%"));
    }

    @Test
    void aTaskThatLosesItsMarkLeavesTheList() throws Exception {
        Path copy = changed(sheet -> sheet.getRow(4).getCell(14).setBlank());
        List<String> paragraphs = noticeOf(copy);
        assertTrue(paragraphs.contains("二、工作成效明显的12个事项"), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("1．县发展改革委牵头的全社会固定资产投资")));
    }
}
