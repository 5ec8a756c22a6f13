package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.notice.AttachmentTable;

class AttachmentLayoutTest {

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void categoryRowsSpanTheTableAndTextIsEscaped() {
        AttachmentTable table = new AttachmentTable("附件", "表", List.of("序号", "目标任务", "牵头单位"), List.of(
                List.of("一、主要经济指标"),
                List.of("1", "GDP <增长> & 收入", "县发改委"),
                List.of("2", "两行\n文字", "  县统计局")));
        String xml = AttachmentLayout.content(table, 15600);
        assertEquals(1, count(xml, "<table:table-header-rows><table:table-row"));
        assertEquals(4, count(xml, "<table:table-row "));
        assertEquals(1, count(xml, "table:number-columns-spanned=\"3\""));
        assertEquals(2, count(xml, "<table:covered-table-cell/>"));
        assertTrue(xml.contains(">一、主要经济指标<"));
        assertTrue(xml.contains("GDP &lt;增长&gt; &amp; 收入"));
        assertTrue(xml.contains("两行<text:line-break/>文字"));
        assertTrue(xml.contains("<text:s text:c=\"2\"/>县统计局"));
        assertEquals(3, count(xml, "<table:table-column "));
        assertEquals(3, count(xml, "text:style-name=\"" + AttachmentLayout.HEADER + "\""));
        assertEquals(1, count(xml, "text:style-name=\"" + AttachmentLayout.CATEGORY + "\""));
    }
}
