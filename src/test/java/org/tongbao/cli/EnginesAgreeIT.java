package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command lines through {@code --engine poi} and {@code --engine office}: the same exit
 * code, the same standard output and the same standard error, and an output file written by both
 * or by neither. Fails without soffice unless TONGBAO_NO_OFFICE=1.
 */
class EnginesAgreeIT {

    private static final String SAMPLE = "sample-workbooks/yunyang-2022.xlsx";
    private static final String BROKEN = "sample-workbooks/broken/";
    /** Stands for the engine's own output folder in what the commands print. */
    private static final String OUT = "<out>";

    @TempDir
    static Path dir;
    static Path noTasks;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void tables() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        noTasks = dir.resolve("表头下没有任务.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noTasks)) {
            Row header = wb.createSheet("完成情况表").createRow(0);
            String[] names = {"序号", "目标任务", "牵头单位", "目标值", "完成值", "完成情况"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            wb.write(out);
        }
    }

    record Outcome(int exit, String out, String err, boolean wrote) {
    }

    /** Runs {@code args} on one engine; {@value #OUT} in them is that engine's own output folder. */
    private Outcome run(String engine, String output, String... args) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(engine + "-" + System.nanoTime()));
        List<String> line = new ArrayList<>();
        for (String arg : args) {
            line.add(arg.replace(OUT, folder.toString()));
        }
        line.add("--engine");
        line.add(engine);
        int exit = cli.run(line.toArray(new String[0]));
        return new Outcome(exit, cli.out().replace(folder.toString(), OUT), cli.err().replace(folder.toString(), OUT),
                output != null && Files.exists(folder.resolve(output)));
    }

    /** Both engines on the same command line; returns the poi engine's outcome. */
    private Outcome agree(String output, String... args) throws Exception {
        Outcome poi = run("poi", output, args);
        Outcome office = run("office", output, args);
        assertEquals(poi, office, String.join(" ", args));
        return poi;
    }

    @Test
    void validateGivesTheSameFindingsSummaryAndExitCode() throws Exception {
        assertEquals(0, agree(null, "validate", SAMPLE).exit());
        assertTrue(agree(null, "validate", SAMPLE, "--format", "json").out()
                .contains("\"summary\": {\"total\": 175, \"completed\": 170"));
        Outcome textInNumber = agree(null, "validate", BROKEN + "text-in-number.xlsx", "--format", "json");
        assertEquals(1, textInNumber.exit());
        assertTrue(textInNumber.out().contains("\"code\": \"NOT_A_NUMBER\", \"sheet\": \"完成情况表\", \"cell\": \"I27\""),
                textInNumber.out());
        for (String broken : List.of("missing-lead.xlsx", "formula-error.xlsx", "lead-variant.xlsx")) {
            agree(null, "validate", BROKEN + broken);
        }
    }

    @Test
    void computeWritesTheCopyForARecognisedTableAndNothingForAnUnrecognisedOne() throws Exception {
        Outcome done = agree("out.xlsx", "compute", SAMPLE, "-o", OUT + "/out.xlsx");
        assertEquals(new Outcome(0, done.out(), "", true), done);
        assertTrue(done.out().endsWith("已写入：" + OUT + "/out.xlsx\n"), done.out());

        Outcome withErrors = agree("out.xlsx", "compute", BROKEN + "missing-lead.xlsx", "-o", OUT + "/out.xlsx",
                "--format", "json");
        assertEquals(1, withErrors.exit());
        assertTrue(withErrors.wrote(), "a recognised table with errors gets its copy");

        Outcome empty = agree("out.xlsx", "compute", noTasks.toString(), "-o", OUT + "/out.xlsx");
        assertEquals(1, empty.exit());
        assertTrue(empty.wrote(), "a header without tasks is a recognised table");
        assertTrue(empty.out().contains("NO_TASKS"), empty.out());

        Outcome unrecognised = agree("out.xlsx", "compute", BROKEN + "missing-lead-column.xlsx", "-o", OUT + "/out.xlsx");
        assertEquals(1, unrecognised.exit());
        assertEquals(false, unrecognised.wrote(), "no table, no copy");
        assertTrue(unrecognised.out().contains("MISSING_COLUMN"), unrecognised.out());
    }

    @Test
    void noticeIsRefusedOrWrittenAlike() throws Exception {
        Outcome refused = agree("n.docx", "notice", BROKEN + "missing-lead.xlsx", "-o", OUT + "/n.docx");
        assertEquals(1, refused.exit());
        assertEquals(false, refused.wrote());
        assertTrue(refused.err().contains("C28"), refused.err());
        Outcome forced = agree("n.docx", "notice", BROKEN + "missing-lead.xlsx", "-o", OUT + "/n.docx", "--force",
                "--format", "text");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.wrote());
        assertTrue(forced.out().contains("一、总体情况"), forced.out());
    }

    @Test
    void compareAndTheNoticeWithThePreviousTableAgree() throws Exception {
        String previous = "src/test/resources/corpus/compare/xian-pengshui-2024-q1.xlsx";
        String now = "src/test/resources/corpus/compare/xian-pengshui-2024-h1.xlsx";
        assertTrue(agree(null, "compare", previous, now, "--format", "json").out()
                .contains("\"newlyCompleted\": [\"2\", \"5\"]"));
        Outcome notice = agree("n.docx", "notice", now, "--previous", previous, "-o", OUT + "/n.docx", "--format", "text");
        assertTrue(notice.wrote() && notice.out().contains("\n与上期相比，2项新完成，"), notice.out());
    }

    @Test
    void badFilesAndUsageGiveTheSameLineAndExitCode() throws Exception {
        assertEquals(3, agree(null, "validate", dir.resolve("没有这个文件.xlsx").toString()).exit());
        assertEquals(3, agree("x.xlsx", "compute", SAMPLE, "-o", OUT + "/no/such/folder/x.xlsx").exit());
        assertEquals(3, agree("n.docx", "notice", SAMPLE, "-o", OUT + "/no/such/folder/n.docx").exit());
        assertEquals(2, agree(null, "validate", SAMPLE, "--sheet", "没有这张表").exit());
        assertEquals(2, agree(null, "validate", SAMPLE, "--format", "xml").exit());
        assertEquals(2, agree("n.txt", "notice", SAMPLE, "-o", OUT + "/n.txt").exit());

        // what is not a workbook each engine finds in its own way: the same exit code and one line naming the file
        Path fake = Files.writeString(dir.resolve("假的.xlsx"), "not a workbook");
        for (String engine : List.of("poi", "office")) {
            Outcome o = run(engine, null, "validate", fake.toString());
            assertEquals(3, o.exit(), engine);
            assertTrue(o.err().startsWith("错误：无法读取文件 假的.xlsx：") && o.err().strip().lines().count() == 1,
                    engine + ": " + o.err());
        }
    }
}
