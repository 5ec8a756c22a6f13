package org.tongbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.poi.WorkbookReader;

class PrintedTableTest {

    @Test
    void theSamplePrintsItsOwnColumnsEveryTaskRowAndItsCategories() throws Exception {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(WorkbookReader.read(Path.of("sample-workbooks/yunyang-2022.xlsx")), "完成情况表");
        CompletionTable table = a.table();
        PrintedTable printed = PrintedTable.of(table);

        assertEquals(List.of("序号", "目标任务", "牵头单位"), printed.header().subList(0, 3));
        assertEquals("完成情况说明", printed.header().get(printed.header().size() - 1));
        assertFalse(printed.header().contains("通报表述"), "the notice's own phrasing is not printed");
        int taskRows = table.tasks().stream().mapToInt(t -> t.lastRow() - t.firstRow() + 1).sum();
        List<List<String>> categories = printed.rows().stream().filter(r -> r.size() == 1).toList();
        assertEquals(taskRows + categories.size(), printed.rows().size());
        assertEquals(List.of("一、主要经济指标"), printed.rows().get(0));
        assertTrue(categories.size() > 1, categories.toString());
        List<String> first = printed.rows().get(1);
        assertEquals(printed.header().size(), first.size());
        assertEquals(List.of("1", "地区生产总值", "县发展改革委"), first.subList(0, 3));
        assertTrue(first.contains("557.7"), first.toString());
    }
}
