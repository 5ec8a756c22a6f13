package org.tongbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.check.FindingCode;
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.Grid;

/** Which sheet holds the table: the preferred one or another (Calc's active sheet), or only the one the user named. */
class EngineSheetsTest {

    private static final Grid INSTRUCTIONS = Grid.of("填表说明", new Object[][] {{"请按附件格式填写各项任务的完成情况。"}});

    @Test
    void aPreferredSheetWithoutTheTableGivesWayToOneWithIt() {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(List.of(INSTRUCTIONS, SampleSheet.table()), "填表说明");
        assertTrue(a.recognised());
        assertEquals("完成情况表", a.sheetName());
    }

    @Test
    void aSheetTheUserNamedIsTheOnlyOneRead() {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assessSheet(List.of(INSTRUCTIONS, SampleSheet.table()), "填表说明");
        assertFalse(a.recognised(), "another sheet never stands in silently");
        assertEquals(FindingCode.TABLE_NOT_FOUND, a.findings().get(0).code());
        assertEquals("填表说明", a.findings().get(0).sheet());
        assertTrue(org.tongbao.Engines.shipped(java.time.LocalDate.now()).assessSheet(List.of(INSTRUCTIONS, SampleSheet.table()), "完成情况表").recognised());
    }
}
