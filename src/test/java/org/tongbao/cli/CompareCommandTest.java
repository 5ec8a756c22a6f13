package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare OLD NEW} and {@code notice NEW --previous OLD} on the 1-3月 / 1-6月 pair: the four
 * lists, the tasks that came and went, the paragraph on what changed, and the exit codes.
 */
class CompareCommandTest {

    private static final Path PAIR = Path.of("src/test/resources/corpus/compare");
    private static final String OLD = PAIR.resolve("xian-pengshui-2024-q1.xlsx").toString();
    private static final String NEW = PAIR.resolve("xian-pengshui-2024-h1.xlsx").toString();

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    @Test
    void theTextListsEachMoveWithTheTasksAndTheirVerdicts() {
        assertEquals(0, cli.run("compare", OLD, NEW), cli.err());
        assertEquals(String.join("\n",
                "上期：" + OLD + " 工作表「一季度」；本期：" + NEW + " 工作表「上半年」",
                "新完成 2项：",
                "  第2项 新增城镇就业4000人（上期序时推进；本期已完成）",
                "  第5项 新建5G基站200个（上期第6项，滞后；本期已完成）",
                "新滞后 1项：",
                "  第3项 实现社会消费品零售总额200亿元（上期序时推进；本期滞后）",
                "不再滞后 1项：",
                "  第4项 新建农村公路 150公里（上期滞后；本期序时推进）",
                "持续滞后 1项：",
                "  第6项 实际利用外资6000万美元。（上期第7项，滞后；本期滞后）",
                "[提示] 工作表「上半年」B10：本期新增的任务第7项「新增市场主体5000户」：上期表中没有（序号和任务内容都对不上）（TASK_ADDED）",
                "[警告] 工作表「一季度」B8：上期表中的任务第5项「完成营造林3万亩」在本期表中没有（序号和任务内容都对不上）（TASK_REMOVED）",
                ""), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void theJsonGivesTheFourListsOfSerialsAndTheFindings() {
        assertEquals(0, cli.run("compare", OLD, NEW, "--format", "json"), cli.err());
        assertEquals(String.join("\n",
                "{",
                "  \"previousSheet\": \"一季度\",",
                "  \"sheet\": \"上半年\",",
                "  \"newlyCompleted\": [\"2\", \"5\"],",
                "  \"newlyBehind\": [\"3\"],",
                "  \"noLongerBehind\": [\"4\"],",
                "  \"stillBehind\": [\"6\"],",
                "  \"findings\": [",
                "    {\"severity\": \"info\", \"code\": \"TASK_ADDED\", \"sheet\": \"上半年\", \"cell\": \"B10\", \"message\": "
                        + "\"本期新增的任务第7项「新增市场主体5000户」：上期表中没有（序号和任务内容都对不上）\"},",
                "    {\"severity\": \"warning\", \"code\": \"TASK_REMOVED\", \"sheet\": \"一季度\", \"cell\": \"B8\", \"message\": "
                        + "\"上期表中的任务第5项「完成营造林3万亩」在本期表中没有（序号和任务内容都对不上）\"}",
                "  ]",
                "}",
                ""), cli.out());
    }

    @Test
    void aTableComparedWithItselfHasNothingButWhatLagsBothTimes() {
        assertEquals(0, cli.run("compare", NEW, NEW, "--format", "json"), cli.err());
        assertTrue(cli.out().contains("\"newlyCompleted\": [],\n  \"newlyBehind\": [],\n  \"noLongerBehind\": [],\n"
                + "  \"stillBehind\": [\"3\", \"6\"],\n  \"findings\": []\n}"), cli.out());
    }

    @Test
    void theNoticeSaysWhatChangedAfterTheOverallParagraph() {
        Path out = folder.resolve("通报.docx");
        assertEquals(0, cli.run("notice", NEW, "--previous", OLD, "-o", out.toString(), "--format", "text"), cli.err());
        List<String> lines = cli.out().lines().toList();
        int overall = lines.indexOf("一、总体情况");
        assertTrue(lines.get(overall + 1).startsWith("县政府督查办持续对彭水县2024年1-6月政府工作报告目标任务7件事项进行跟踪督促。"),
                lines.toString());
        assertEquals("与上期相比，2项新完成，1项新滞后，1项已赶上进度；持续滞后的事项：实际利用外资（第6项）。", lines.get(overall + 2));
        assertEquals("二、未达序时进度的2个事项", lines.get(overall + 3));

        assertEquals(0, cli.run("notice", NEW, "-o", out.toString(), "--format", "text"), cli.err());
        assertFalse(cli.out().contains("与上期相比"), "no paragraph without --previous");
    }

    @Test
    void withNothingChangedTheParagraphSaysSoPlainly() {
        Path out = folder.resolve("通报.docx");
        assertEquals(0, cli.run("notice", NEW, "--previous", NEW, "-o", out.toString(), "--format", "text"), cli.err());
        assertTrue(cli.out().contains("\n与上期相比，没有新完成、新滞后或赶上进度的事项；持续滞后的事项：社会消费品零售总额（第3项）、"
                + "实际利用外资（第6项）。\n"), cli.out());
    }

    @Test
    void theNoticesJsonCarriesTheTasksThatCameAndWent() {
        Path out = folder.resolve("通报.docx");
        assertEquals(0, cli.run("notice", NEW, "--previous", OLD, "-o", out.toString(), "--format", "json"), cli.err());
        assertTrue(cli.out().contains("\"code\": \"TASK_ADDED\", \"sheet\": \"上半年\", \"cell\": \"B10\""), cli.out());
        assertTrue(cli.out().contains("\"code\": \"TASK_REMOVED\", \"sheet\": \"一季度\", \"cell\": \"B8\""), cli.out());
    }

    @Test
    void exitCodes() throws Exception {
        Path noTable = folder.resolve("空白.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noTable)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("这里没有表格");
            workbook.write(out);
        }
        assertEquals(1, cli.run("compare", noTable.toString(), NEW));
        assertTrue(cli.out().startsWith("上期表格中没有找到完成情况表，无法对比：\n[错误] 工作表「Sheet1」"), cli.out());
        assertEquals(1, cli.run("compare", OLD, noTable.toString(), "--format", "json"));
        assertTrue(cli.out().contains("\"code\": \"TABLE_NOT_FOUND\""), cli.out());
        assertEquals(1, cli.run("notice", NEW, "--previous", noTable.toString(), "-o", folder.resolve("n.docx").toString()));
        assertTrue(cli.err().startsWith("上期表格中没有找到完成情况表，未生成通报："), cli.err());
        assertFalse(Files.exists(folder.resolve("n.docx")));

        assertEquals(2, cli.run("compare", NEW));
        assertTrue(cli.err().contains("compare 需要两个工作簿"), cli.err());
        assertEquals(2, cli.run("compare", OLD, NEW, NEW));
        assertEquals(2, cli.run("compare", OLD, NEW, "--format", "xml"));

        assertEquals(3, cli.run("compare", folder.resolve("没有这个文件.xlsx").toString(), NEW));
        assertEquals(3, cli.run("notice", NEW, "--previous", folder.resolve("没有这个文件.xlsx").toString(), "-o",
                folder.resolve("n.docx").toString()));
    }

    @Test
    void theUsageNamesTheCommand() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("  compare   对比上期和本期的表格"), cli.out());
        assertEquals(0, cli.run("compare", "--help"));
        assertTrue(cli.out().contains("java -jar tongbao.jar compare OLD NEW"), cli.out());
        assertEquals(0, cli.run("notice", "--help"));
        assertTrue(cli.out().contains("--previous <OLD>"), cli.out());
    }
}
