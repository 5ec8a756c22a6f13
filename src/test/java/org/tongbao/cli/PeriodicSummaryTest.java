package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A periodic table's account against 序时进度, as validate, compute and notice print it. */
class PeriodicSummaryTest {

    private static final String H1 = "src/test/resources/corpus/xian-fengjie-2024-h1.xlsx";
    private static final String JSON = "\"period\": \"1-6月\", \"schedule\": \"50%\", \"onSchedule\": 5, "
            + "\"onScheduleShare\": \"62.5%\", \"behind\": 3, \"behindShare\": \"37.5%\", \"ahead\": 2}";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void jsonOfValidateComputeAndNoticeGivesTheAccount() {
        assertEquals(0, cli.run("validate", H1, "--format", "json"), cli.err());
        assertTrue(cli.out().contains("\"completed\": 1, ") && cli.out().contains(JSON), cli.out());
        assertEquals(0, cli.run("compute", H1, "-o", dir.resolve("c.xlsx").toString(), "--format", "json"), cli.err());
        assertTrue(cli.out().contains(JSON), cli.out());
        assertEquals(0, cli.run("notice", H1, "-o", dir.resolve("n.docx").toString(), "--format", "json"), cli.err());
        assertTrue(cli.out().contains(JSON), cli.out());
    }

    @Test
    void theTextSaysTheSameInChinese() {
        assertEquals(0, cli.run("validate", H1), cli.err());
        assertTrue(cli.out().contains("工作表「上半年」：1-6月序时进度50%，共8项任务，达到序时进度5项（62.5%），其中已完成1项、超进度2项；"
                + "未达序时进度3项（37.5%）；成效明显2项。"), cli.out());
    }

    @Test
    void aYearEndTableHasNoAccount() {
        assertEquals(0, cli.run("validate", "sample-workbooks/yunyang-2022.xlsx", "--format", "json"), cli.err());
        assertTrue(!cli.out().contains("\"period\""), cli.out());
    }
}
