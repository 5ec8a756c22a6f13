package org.tongbao.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.FindingCode;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/**
 * The corpus of other offices' tables (README.md beside them says what each notice must say):
 * every file opens, and today's engine finds the table with the number of tasks the office
 * counts, or, where it does not yet, the test says so.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    @ParameterizedTest(name = "{0}: {1} tasks")
    @CsvSource({
        "xian-fengdu-2023.xlsx,       9, true",
        "xian-pengxi-2023.xlsx,       8, true",
        "xian-daying-2023.xlsx,       7, true",
        "minsheng-2023.xls,          12, true",
        "xian-zhongxian-2023.xls,     8, true",
        "biao-wubiaoti.xlsx,          6, true",
        "xian-yilong-2023.xlsx,       8, true",
        "qu-yubei-2023.xlsx,          7, true",
        "shi-suining-2023.xlsx,       6, true",
        "xian-dianjiang-2023.xls,     7, true",
        "xian-quxian-2023.xlsx,       7, true",
        "xian-chengkou-2023.xls,      6, true",
        "qu-nanan-minsheng-2023.xlsx, 8, true",
        "xian-wuxi-2023.xlsx,         6, true",
        "xian-shizhu-2024-q1.xlsx,    6, true",
        "xian-fengjie-2024-h1.xlsx,   8, true",
        "qu-banan-2024-q3.xls,        7, true",
        "shi-guangan-2024-11.xlsx,    6, true",
        "xian-xiushan-2024-4.xlsx,    5, true",
    })
    void theTableIsFoundWithItsTasks(String file, int tasks, boolean recognisedToday) throws Exception {
        Path path = CORPUS.resolve(file);
        assertTrue(Files.isRegularFile(path), path + " is missing: run CorpusGenerator");
        List<Grid> grids = WorkbookReader.read(path);
        assertFalse(grids.isEmpty(), file);
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(grids, null);
        if (recognisedToday) {
            assertTrue(a.recognised(), file + ": " + a.findings());
            assertEquals(tasks, a.tasks().size(), file);
        } else {
            assertFalse(a.recognised(), file + " is recognised now: flip its case and expect " + tasks + " tasks");
            assertTrue(a.findings().stream().anyMatch(f -> f.code() == FindingCode.MISSING_COLUMN), a.findings().toString());
        }
    }

    @Test
    void everyTableOfTheGeneratorIsListedAboveAndNothingElseLiesInTheFolder() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> tables = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xls") || n.endsWith(".xlsx")).sorted().toList();
            assertEquals(CorpusGenerator.tables().keySet().stream().sorted().toList(), tables);
        }
        assertTrue(CorpusGenerator.tables().size() >= 14);
        assertTrue(CorpusGenerator.tables().keySet().stream().filter(n -> n.endsWith(".xls")).count() >= 3);
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws Exception {
        for (Map.Entry<String, String> table : CorpusGenerator.tables().entrySet()) {
            assertArrayEquals(CorpusGenerator.workbook(table.getKey(), table.getValue()),
                    Files.readAllBytes(CORPUS.resolve(table.getKey())),
                    table.getKey() + " differs from its recipe: run CorpusGenerator");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theNoticeIsTheOneReadSentenceBySentence(String table) throws Exception {
        Assessment a = CorpusNotices.assess(table);
        assertFalse(a.hasErrors(), "a notice without --force: " + a.findings());
        String expected = Files.readString(CorpusNotices.expected(table), StandardCharsets.UTF_8);
        assertEquals(expected, a.notice().plainText());
    }

    /** What no notice of any office may hold, whatever its expected text says. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void noNoticeHoldsWhatAClerkWouldStrikeOut(String table) throws Exception {
        String text = CorpusNotices.assess(table).notice().plainText();
        for (String wrong : List.of("【缺", "{", "}", "其中0件", "0个事项", "未完成事项0项", "已完成0项", "云阳", "市委六届",
                "县委十五届", "督察办公室", "null")) {
            assertFalse(text.contains(wrong), table + " holds " + wrong + ":\n" + text);
        }
        assertFalse(Pattern.compile("[0-9][%]?[0-9]").matcher(text.replaceAll("[0-9.]+", "9")).find(), "figures glued");
        List<String> headings = text.lines().filter(l -> l.matches("^[一二三四五六七八九十]+、.*")).toList();
        for (int i = 0; i < headings.size(); i++) {
            assertTrue(headings.get(i).startsWith(org.tongbao.figures.ChineseNumerals.of(i + 1) + "、"), headings.toString());
        }
        String organ = text.lines().skip(1).findFirst().orElse("");
        String level = organ.contains("区人民政府") ? "区" : organ.contains("市人民政府") && !organ.contains("县") ? "市" : "县";
        for (String other : List.of("县", "区", "市")) {
            if (!other.equals(level)) {
                for (String word : List.of("全" + other + "完成", other + "政府督查办", other + "级部门", "报请" + other + "政府")) {
                    assertFalse(text.contains(word), table + " (" + level + ") says " + word);
                }
            }
        }
    }

    @Test
    void whatATableDoesNotSayIsAWarningNamingTheKeyToSetNeverASilentGuess() throws Exception {
        Assessment a = CorpusNotices.assess("biao-wubiaoti.xlsx");
        List<String> missing = a.findings().stream().filter(f -> f.code() == FindingCode.SETTING_MISSING)
                .map(f -> f.message()).toList();
        assertEquals(3, missing.size(), missing.toString());
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("通报设置中没有「年度」，表格标题中也没有年份，通报按2023年写")), missing.toString());
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("通报设置中没有「发文机关」")), missing.toString());
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("通报设置中没有「成文日期」")), missing.toString());
        assertFalse(a.hasErrors(), "warnings: the notice is still made");
    }

    static Stream<String> tables() {
        return CorpusGenerator.tables().keySet().stream().sorted();
    }
}
