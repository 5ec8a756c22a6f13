package org.tongbao.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.Engines;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.rules.RulesFailed;
import org.tongbao.table.Grid;
import org.tongbao.table.Task;

/** The rule scripts: the worked examples of macros/README.md, and every way a script can go wrong. */
class ScriptRulesTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path EXAMPLES = Path.of("macros/examples");

    @TempDir
    Path dir;

    private static List<Grid> table(String name) throws IOException {
        return WorkbookReader.read(CORPUS.resolve(name));
    }

    private static Assessment assess(Engine engine, String name) throws IOException {
        return engine.assess(table(name), null);
    }

    private Engine withScript(String file, String source) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scripts-" + System.nanoTime()));
        Files.writeString(folder.resolve(file), source, StandardCharsets.UTF_8);
        return Engines.shipped().withRules(ScriptRules.withFolder(folder, Duration.ofMillis(700)));
    }

    private static List<String> lines(Assessment a) {
        return a.notice().plainText().lines().toList();
    }

    @Test
    void theShippedScriptsAreEveryScriptOfTheMacrosFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("macros"))) {
            assertEquals(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .collect(Collectors.toSet()), Set.copyOf(ScriptSource.SHIPPED));
        }
        assertEquals(ScriptSource.SHIPPED.stream().map(n -> "macros/" + n).toList(), ScriptRules.shipped().files());
    }

    @Test
    void everyScriptedSettingHasItsFunctionInWordingPy() {
        var writer = new org.tongbao.figures.NumberWriter(org.tongbao.notice.NoticeSettings.defaults().numberStyle());
        for (String key : org.tongbao.notice.NoticeSettings.SCRIPTED) {
            java.util.Map<String, String> none = new java.util.HashMap<>();
            assertTrue(ScriptRules.shipped().phrase(key, none, null, null, writer).problems().size() > 0,
                    key + ": worded by a function of wording.py, which reports the values it lacks");
        }
        assertEquals(20, org.tongbao.notice.NoticeSettings.SCRIPTED.size());
    }

    @Test
    void aStricterNotableRuleChangesTheClassificationAndTheNotice() throws IOException {
        Assessment shipped = assess(Engines.shipped(), "xian-fengdu-2023.xlsx");
        Assessment stricter = assess(Engines.shipped().withRules(
                ScriptRules.withFolder(EXAMPLES.resolve("stricter-notable"))), "xian-fengdu-2023.xlsx");
        assertEquals(4, shipped.summary().notable());
        assertEquals(2, stricter.summary().notable(), "GDP 0.7 points above the city's and 110% are no longer notable");
        assertTrue(notableSerials(shipped).containsAll(notableSerials(stricter)));
        String notice = stricter.notice().plainText();
        assertTrue(notice.contains("二、工作成效明显的2个事项"), notice);
        assertTrue(notice.contains("其中2件事项成效明显"), notice);
        assertFalse(notice.contains("推进城市更新，完成老旧小区改造40个。全县"), notice);
        assertTrue(shipped.notice().plainText().contains("推进城市更新，完成老旧小区改造40个。全县"));
    }

    private static List<String> notableSerials(Assessment a) {
        return a.tasks().stream().filter(t -> t.notable()).map(t -> t.task().serial().trim()).toList();
    }

    @Test
    void theDropExampleChangesExactlyTheSentencesWithNegativeGrowth() throws IOException {
        Engine drop = Engines.shipped().withRules(ScriptRules.withFolder(EXAMPLES.resolve("drop-for-negative")));
        int changed = 0;
        for (String name : List.of("qu-yubei-2023.xlsx", "xian-quxian-2023.xlsx", "xian-fengdu-2023.xlsx")) {
            List<String> before = lines(assess(Engines.shipped(), name));
            List<String> after = lines(assess(drop, name));
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).contains("增长－")) {
                    assertEquals(before.get(i).replaceAll("增长－([\\d.]+%)", "下降$1"), after.get(i));
                    changed++;
                } else {
                    assertEquals(before.get(i), after.get(i), name + " line " + i);
                }
            }
        }
        assertEquals(2, changed, "固定资产投资增长－3.2% (渝北) and 工业投资增长－8% (渠县)");
    }

    @Test
    void aDifferentLaggingSentenceChangesOnlyTheQuantitiesGaps() throws IOException {
        Engine other = Engines.shipped().withRules(ScriptRules.withFolder(EXAMPLES.resolve("lagging-sentence")));
        String notice = assess(other, "xian-fengdu-2023.xlsx").notice().plainText();
        assertTrue(notice.contains("5G基站仅完成214个，只达到年度目标的71.3%，差28.7个百分点"), notice);
        assertTrue(notice.contains("一般公共预算收入增长3.2%，低于目标1.8个百分点"), notice);
    }

    @Test
    void aNewCheckAddsItsFindingsAtTheirCells() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("check"));
        Files.copy(EXAMPLES.resolve("new-check/checks.py"), folder.resolve("checks.py"));
        Object[][] rows = {
                {"序号", "目标任务", "牵头单位", "完成情况", "完成情况说明"},
                {"1", "新建公园2个", "县住房城乡建委", "已完成", "建成2个"},
                {"2", "新增就业1000人", "县人力社保局", "已完成", ""}};
        List<Finding> found = Engines.shipped().withRules(ScriptRules.withFolder(folder))
                .assess(List.of(Grid.of("表", rows)), "表").findings().stream()
                .filter(f -> f.code() == FindingCode.SCRIPT_CHECK).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("第2项写了已完成，但没有完成情况说明", found.get(0).message());
        assertEquals("E3", found.get(0).cell().toString());
    }

    @Test
    void anUnchangedCopyOfTheShippedScriptsGivesTheSameNotice() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String name : ScriptSource.SHIPPED) {
            Files.copy(Path.of("macros", name), copy.resolve(name));
        }
        Engine same = Engines.shipped().withRules(ScriptRules.withFolder(copy));
        for (String name : List.of("xian-fengdu-2023.xlsx", "xian-fengjie-2024-h1.xlsx", "qu-nanan-minsheng-2023.xlsx")) {
            Assessment a = assess(Engines.shipped(), name);
            Assessment b = assess(same, name);
            assertEquals(a.notice().plainText(), b.notice().plainText(), name);
            assertEquals(a.findings(), b.findings(), name);
        }
    }

    @Test
    void chineseGoesInAndComesOutUnchangedWithOrWithoutACodingLine() throws IOException {
        String body = """
                def check_echo(table):
                    t = table["任务"][0]
                    return [finding(t, "牵头单位", "单位：" + t["牵头单位"] + "；任务：" + t["任务"] + "；“引号”𠀀～")]
                """;
        for (String source : List.of("# -*- coding: utf-8 -*-\n" + body, body)) {
            Assessment a = withScript("echo.py", source).assess(table("xian-fengdu-2023.xlsx"), null);
            Task first = a.tasks().get(0).task();
            List<String> messages = a.findings().stream().filter(f -> f.code() == FindingCode.SCRIPT_CHECK)
                    .map(Finding::message).toList();
            assertEquals(List.of("单位：" + first.lead().trim() + "；任务：" + first.text().trim() + "；“引号”𠀀～"), messages);
        }
    }

    @Test
    void aScriptSavedByNotepadWithItsByteOrderMarkWorksAndOneInGbkIsRefusedByLine() throws IOException {
        String source = "# 成效明显\ndef check_echo(table):\n    return [finding(table[\"任务\"][0], \"牵头单位\", \"中文\")]\n";
        Path bom = Files.createDirectories(dir.resolve("bom"));
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        Files.write(bom.resolve("echo.py"), marked);
        List<String> messages = Engines.shipped().withRules(ScriptRules.withFolder(bom))
                .assess(table("xian-fengdu-2023.xlsx"), null).findings().stream()
                .filter(f -> f.code() == FindingCode.SCRIPT_CHECK).map(Finding::message).toList();
        assertEquals(List.of("中文"), messages);

        Path gbk = Files.createDirectories(dir.resolve("gbk"));
        Files.write(gbk.resolve("echo.py"), ("def check_echo(table):\n    return []\n# 成效明显\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        RulesFailed e = assertThrows(RulesFailed.class, () -> ScriptRules.withFolder(gbk));
        assertTrue(e.getMessage().startsWith("规则脚本 echo.py 第3行不是 UTF-8 编码"), e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheFileTheLineAndTheFunction() {
        RulesFailed e = assertThrows(RulesFailed.class, () -> withScript("notable.py",
                "# -*- coding: utf-8 -*-\n\ndef notable(task)\n    return []\n"));
        assertTrue(e.getMessage().startsWith("规则脚本有语法错误：notable.py 第3行（函数 notable）"), e.getMessage());
        assertTrue(e.getMessage().contains("Syntax error in a rule script: notable.py line 3 (function notable)"),
                e.getMessage());
    }

    @Test
    void aRuntimeErrorNamesTheFileTheLineAndTheFunction() throws IOException {
        Engine broken = withScript("notable.py", """
                # -*- coding: utf-8 -*-
                def notable(task):
                    reasons = []
                    return reasons[1 / 0]
                """);
        RulesFailed e = assertThrows(RulesFailed.class, () -> broken.assess(table("xian-fengdu-2023.xlsx"), null));
        assertTrue(e.getMessage().startsWith("规则脚本出错：notable.py 第4行，函数 notable：ZeroDivisionError"),
                e.getMessage());
    }

    @Test
    void aChineseErrorMessageOfTheScriptStaysChinese() throws IOException {
        Engine broken = withScript("notable.py", """
                def notable(task):
                    raise ValueError("数据不对：" + task["牵头单位"])
                """);
        RulesFailed e = assertThrows(RulesFailed.class, () -> broken.assess(table("xian-fengdu-2023.xlsx"), null));
        assertTrue(e.getMessage().contains("第2行，函数 notable：ValueError: 数据不对：县"), e.getMessage());
    }

    @Test
    void anEndlessLoopIsStoppedAndTheNextCallRunsNormally() throws IOException {
        Engine looping = withScript("notable.py", """
                def notable(task):
                    n = 0
                    while True:
                        try:
                            n += 1
                        except Exception:
                            pass
                """);
        long start = System.nanoTime();
        RulesFailed e = assertThrows(RulesFailed.class, () -> looping.assess(table("xian-fengdu-2023.xlsx"), null));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().startsWith("规则脚本超时：notable.py 第"), e.getMessage());
        assertTrue(e.getMessage().contains("函数 notable 在0.7秒内没有返回，已停止"), e.getMessage());
        assertTrue(millis < 10_000, millis + " ms");
        assertEquals(4, assess(Engines.shipped(), "xian-fengdu-2023.xlsx").summary().notable(),
                "the thread's scripts run as before once the loop is stopped");
    }

    @Test
    void aWrongAnswerSaysWhatTheFunctionShouldReturn() throws IOException {
        Engine wrong = withScript("schedule.py", """
                def schedule(task):
                    return "差不多"
                """);
        RulesFailed e = assertThrows(RulesFailed.class, () -> wrong.assess(table("xian-fengjie-2024-h1.xlsx"), null));
        assertTrue(e.getMessage().startsWith("规则脚本的函数 schedule 返回了 unicode u'\\u5dee"), e.getMessage());
        assertTrue(e.getMessage().contains("应返回“已完成”“超进度”“序时推进”“滞后”或 None"), e.getMessage());
    }

    @Test
    void theBudgetIsFiveSecondsUnlessThePropertySaysOtherwise() {
        assertEquals(Duration.ofSeconds(5), ScriptRules.budget(null));
        assertEquals(Duration.ofMillis(2500), ScriptRules.budget(" 2.5 "));
        assertEquals(Duration.ofSeconds(5), ScriptRules.budget("five"));
        assertEquals(Duration.ofSeconds(5), ScriptRules.budget("0"));
    }

    @Test
    void aFolderThatIsNotThereIsSaidSo() {
        RulesFailed e = assertThrows(RulesFailed.class, () -> ScriptRules.withFolder(dir.resolve("nowhere")));
        assertTrue(e.getMessage().startsWith("规则脚本文件夹不存在："), e.getMessage());
    }
}
