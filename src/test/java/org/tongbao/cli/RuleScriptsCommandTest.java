package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --macros on the command line: the office's scripts change the notice, and a broken one writes nothing. */
class RuleScriptsCommandTest {

    private static final Path FENGDU = Path.of("src/test/resources/corpus/xian-fengdu-2023.xlsx");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private Path scripts(String file, String source) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(folder.resolve(file), source, StandardCharsets.UTF_8);
        return folder;
    }

    /** Runs notice and compute with {@code folder}: exit 5, the message, no output file, the input as it was. */
    private void failsCleanly(Path folder, String message) throws Exception {
        String before = MainTest.hash(FENGDU);
        for (List<String> args : List.of(
                List.of("notice", FENGDU.toString(), "-o", dir.resolve("通报.docx").toString(), "--macros", folder.toString()),
                List.of("compute", FENGDU.toString(), "-o", dir.resolve("out.xlsx").toString(), "--macros", folder.toString()),
                List.of("validate", FENGDU.toString(), "--macros", folder.toString()))) {
            assertEquals(5, cli.run(args.toArray(String[]::new)), cli.err());
            assertTrue(cli.err().contains(message), cli.err());
            assertTrue(cli.err().contains("没有写出任何文件。/ Nothing was written."), cli.err());
            assertFalse(cli.err().contains("\tat "), cli.err());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("scripts"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(before, MainTest.hash(FENGDU));
    }

    @Test
    void aSyntaxErrorStopsEveryCommandBeforeAnythingIsWritten() throws Exception {
        failsCleanly(scripts("wording.py", "def growth_gap(v, ind):\n    return fill(\"{指标}\", v\n"),
                "规则脚本有语法错误：wording.py 第");
    }

    @Test
    void aRuntimeErrorStopsEveryCommandBeforeAnythingIsWritten() throws Exception {
        failsCleanly(scripts("rules.py", "def notable(task):\n    return task[\"没有这一项\"]\n"),
                "规则脚本出错：rules.py 第2行，函数 notable：KeyError");
    }

    @Test
    void anEndlessLoopIsStoppedAfterFiveSeconds() throws Exception {
        Path folder = scripts("rules.py", "def notable(task):\n    while True:\n        pass\n");
        long start = System.nanoTime();
        assertEquals(5, cli.run("notice", FENGDU.toString(), "-o", dir.resolve("通报.docx").toString(),
                "--macros", folder.toString()), cli.err());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(cli.err().contains("规则脚本超时：rules.py 第"), cli.err());
        assertTrue(cli.err().contains("函数 notable 在5秒内没有返回，已停止"), cli.err());
        assertTrue(seconds >= 5 && seconds < 30, seconds + " s");
        assertFalse(Files.exists(dir.resolve("通报.docx")));
    }

    @Test
    void anUnchangedCopyOfMacrosGivesTheSameNotice() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String name : List.of("rules.py", "wording.py", "checks.py")) {
            Files.copy(Path.of("macros", name), copy.resolve(name));
        }
        Path sample = MainTest.SAMPLE;
        assertEquals(0, cli.run("notice", sample.toString(), "-o", dir.resolve("a.docx").toString(), "--format", "text"));
        String shipped = cli.out();
        assertEquals(0, cli.run("notice", sample.toString(), "-o", dir.resolve("b.docx").toString(), "--format", "text",
                "--macros", copy.toString()));
        assertEquals(shipped, cli.out().replace("b.docx", "a.docx"));
    }

    @Test
    void theOfficesRuleChangesTheNotice() throws Exception {
        assertEquals(0, cli.run("notice", FENGDU.toString(), "-o", dir.resolve("a.docx").toString(), "--format", "text",
                "--macros", "macros/examples/stricter-notable"), cli.err());
        assertTrue(cli.out().contains("二、工作成效明显的2个事项"), cli.out());
    }

    @Test
    void aMissingFolderIsAScriptError() throws Exception {
        assertEquals(5, cli.run("validate", FENGDU.toString(), "--macros", dir.resolve("nowhere").toString()));
        assertTrue(cli.err().startsWith("规则脚本文件夹不存在："), cli.err());
    }
}
