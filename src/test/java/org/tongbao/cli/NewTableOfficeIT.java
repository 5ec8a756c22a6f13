package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * new-table through the office engine: an .ods (and an .xlsx) made in a headless LibreOffice that
 * validates as the poi engine's .xlsx does. Fails without soffice unless TONGBAO_NO_OFFICE=1.
 */
class NewTableOfficeIT {

    private static final String SAMPLE = "sample-workbooks/yunyang-2022.xlsx";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void theOdsFromTheSampleValidatesAsThePoiEnginesXlsxDoes() {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        Path poi = dir.resolve("poi.xlsx");
        Path ods = dir.resolve("office.ods");
        Path xlsx = dir.resolve("office.xlsx");
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", poi.toString()), cli.err());
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", ods.toString()), cli.err());
        assertTrue(cli.out().startsWith("已生成「2023年政府工作报告目标任务完成情况表」，沿用 yunyang-2022.xlsx 的175项任务"), cli.out());
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", xlsx.toString(), "--engine", "office"), cli.err());

        assertEquals(0, cli.run("validate", poi.toString()));
        String expected = cli.out();
        assertEquals(0, cli.run("validate", ods.toString()));
        assertEquals(expected, cli.out(), "the .ods reads as the poi engine's .xlsx");
        assertEquals(0, cli.run("validate", xlsx.toString()));
        assertEquals(expected, cli.out(), "and so does the office's .xlsx");
        assertTrue(expected.contains("（STATUS_MISSING）"), expected);
    }
}
