package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.rules.DepartmentStanding;
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.Grid;

/** 通报设置 附部门统计 = 是: the league table is 附件2, in the first one's layout, and the 附件 line names both. */
class DepartmentAttachmentTest {

    @TempDir
    Path dir;

    private static Assessment assess(String attach) {
        List<Grid> sheets = new ArrayList<>(SampleSheet.workbook());
        sheets.set(1, Grid.of(NoticeSettings.SHEET_NAME, new Object[][] {{"附部门统计", attach}}));
        return org.tongbao.Engines.shipped(LocalDate.of(2023, 2, 27)).assess(sheets, "完成情况表");
    }

    @Test
    void theLeagueTableIsTheSecondAttachmentAndTheAttachmentLineNamesBoth() throws Exception {
        Assessment a = assess("是");
        NoticeDocument notice = a.notice();
        List<String> lines = notice.plainText().lines().toList();
        int at = lines.indexOf("附件：1．2022年政府工作报告目标任务完成情况表");
        assertTrue(at > 0, lines.toString());
        assertEquals("\u3000\u3000\u30002．各牵头单位目标任务完成情况统计表", lines.get(at + 1));
        assertEquals(List.of("附件1", "附件2"), notice.attachments().stream().map(AttachmentTable::label).toList());
        AttachmentTable departments = notice.attachments().get(1);
        assertEquals(List.of("排名", "牵头单位", "完成率(%)", "牵头任务数", "已完成", "成效明显", "未完成"), departments.header());
        List<DepartmentStanding> standings = DepartmentStanding.of(a.tasks());
        assertEquals(standings.size(), departments.rows().size());
        assertEquals(List.of("1", standings.get(0).department(), "100", String.valueOf(standings.get(0).tasks())),
                departments.rows().get(0).subList(0, 4));

        Path docx = dir.resolve("n.docx");
        DocxNoticeWriter.write(notice, docx);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, xml.split("<w:tbl>", -1).length - 1, "two tables");
            assertTrue(xml.contains("<w:br w:type=\"page\"/>") && xml.contains("附件2"), "附件2 on a page of its own");
        }
        Path odt = dir.resolve("n.odt");
        OdtNoticeWriter.write(notice, odt);
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("table:name=\"附件2\""), "the league table");
            assertTrue(xml.contains("<text:p text:style-name=\"P3\">附件2</text:p>"), "its label starts a page");
        }
    }

    @Test
    void withoutTheSettingTheNoticeIsAsBefore() {
        NoticeDocument notice = assess("否").notice();
        assertEquals(1, notice.attachments().size());
        assertEquals("附件", notice.attachment().label());
        assertTrue(notice.plainText().contains("附件：2022年政府工作报告目标任务完成情况表"));
    }
}
