package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.Finding;
import org.tongbao.sample.SampleSheet;

class NoticeWordingTest {

    static List<String> reference() throws IOException {
        try (InputStream in = NoticeWordingTest.class.getResourceAsStream("/org/tongbao/notice-2022-yunyang.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The reference's paragraphs from 一、总体情况 up to (not including) 三、下步工作要求. */
    static List<String> sectionsOneAndTwo(List<String> lines) {
        int from = lines.indexOf("一、总体情况");
        int to = lines.indexOf("三、下步工作要求");
        return lines.subList(from, to);
    }

    @Test
    void notableItemsAndSummaryMatchTheReferenceWordForWord() throws IOException {
        Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2023, 2, 27));
        Assessment a = engine.assess(SampleSheet.workbook(), "完成情况表");
        assertFalse(a.hasErrors(), a.findings().toString());
        NoticeDocument notice = engine.notice(a);
        List<String> texts = notice.paragraphs().stream().map(NoticeParagraph::text).toList();
        List<String> expected = sectionsOneAndTwo(reference());
        int from = texts.indexOf("一、总体情况");
        List<String> actual = texts.subList(from, from + expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "paragraph " + i);
        }
    }
}
