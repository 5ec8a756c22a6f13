package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

    @Test
    void aTableOfAThousandRowsIsOneWriterTable() {
        String xml = AttachmentLayout.content(rows(AttachmentTable.ONE_TABLE_ROWS), 15600);
        assertEquals(1, count(xml, "<table:table "));
        assertEquals(AttachmentTable.ONE_TABLE_ROWS + 1, count(xml, "<table:table-row "));
        assertEquals(0, count(xml, "table:style-name=\"Y\""));
    }

    @Test
    void aLargerTableGoesInAsConsecutivePiecesThatReadAsOne() {
        int rows = 1_050;
        String xml = AttachmentLayout.content(rows(rows), 15600);
        int pieces = (rows + AttachmentTable.PIECE_ROWS - 1) / AttachmentTable.PIECE_ROWS;
        assertEquals(pieces, count(xml, "<table:table "));
        assertEquals(1, count(xml, "<table:table-header-rows>"), "the header row stands once, at the top");
        assertEquals(rows + 1, count(xml, "<table:table-row "), "every row, once");
        assertTrue(xml.contains("table:name=\"附件\""));
        assertTrue(xml.contains("table:name=\"附件-" + pieces + "\""));
        assertEquals(0, count(xml, "</table:table><text:p"), "no paragraph between the pieces");
        // no top rule on each later piece's first row: 3 cells, or one cell for a category row
        assertEquals(3 * (pieces - 1), count(xml, "<table:table-cell table:style-name=\"Y\""));
        int last = xml.lastIndexOf("table:name=\"附件-" + pieces + "\"");
        assertTrue(xml.indexOf(">任务" + (rows - 1) + "<") > last, "the rows keep their order");
        assertTrue(xml.indexOf(">任务" + (rows - 1 - AttachmentTable.PIECE_ROWS) + "<") < last);
    }

    /** {@code n} task rows of three cells: 任务0, 任务1 … */
    private static AttachmentTable rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(String.valueOf(i + 1), "任务" + i, "县发改委"));
        }
        return new AttachmentTable("附件", "表", List.of("序号", "目标任务", "牵头单位"), rows);
    }
}
