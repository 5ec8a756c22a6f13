package org.tongbao.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.tongbao.sample.SampleWorkbookGenerator.*;

/**
 * The committed sample workbooks must be exactly what their recipe gives, and the sample must
 * keep the shape the product relies on (175 tasks, 170 completed, 13 notable, 5 unfinished).
 */
class SampleWorkbookGeneratorTest {

    private static final Path COMMITTED = DEFAULT_OUTPUT;

    @TempDir
    static Path regenerated;

    @BeforeAll
    static void regenerate() throws IOException {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        generate(DEFAULT_TSV, regenerated);
    }

    @Test
    void committedSampleEqualsItsRecipe() throws IOException {
        assertSameWorkbook(COMMITTED.resolve(SAMPLE_NAME + ".xlsx"), regenerated.resolve(SAMPLE_NAME + ".xlsx"));
    }

    @Test
    void committedBrokenCopiesEqualTheirRecipe() throws IOException {
        Path broken = COMMITTED.resolve("broken");
        List<String> expected = defects().stream().map(Defect::file).sorted().collect(Collectors.toList());
        expected.add("README.md");
        try (Stream<Path> files = Files.list(broken)) {
            List<String> actual = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            assertEquals(expected.stream().sorted().toList(), actual, "files in " + broken);
        }
        for (Defect defect : defects()) {
            assertSameWorkbook(broken.resolve(defect.file()), regenerated.resolve("broken").resolve(defect.file()));
        }
        assertEquals(Files.readString(regenerated.resolve("broken/README.md"), StandardCharsets.UTF_8),
                Files.readString(broken.resolve("README.md"), StandardCharsets.UTF_8), "broken/README.md");
    }

    @Test
    void generationIsDeterministic(@TempDir Path again) throws IOException {
        Files.write(again.resolve(SAMPLE_NAME + ".xlsx"), toXlsx(Sample.read(DEFAULT_TSV)));
        assertArrayEquals(Files.readAllBytes(regenerated.resolve(SAMPLE_NAME + ".xlsx")),
                Files.readAllBytes(again.resolve(SAMPLE_NAME + ".xlsx")));
    }

    @Test
    void sampleHas175SerialsOneToOneHundredSeventyFive() throws IOException {
        List<Integer> serials = new ArrayList<>();
        for (Map<Integer, String> row : tasks(read(COMMITTED.resolve(SAMPLE_NAME + ".xlsx")))) {
            String a = row.get(SERIAL);
            assertTrue(a.startsWith("n:"), "序号 is a number: " + a);
            double value = Double.parseDouble(a.substring(2));
            assertEquals(Math.rint(value), value, "序号 is an integer: " + a);
            serials.add((int) value);
        }
        assertEquals(IntStream.rangeClosed(1, 175).boxed().toList(), serials);
    }

    @Test
    void sampleHasTheNoticesCounts() throws IOException {
        List<Map<Integer, String>> tasks = tasks(read(COMMITTED.resolve(SAMPLE_NAME + ".xlsx")));
        Map<String, Long> byStatus = tasks.stream().collect(Collectors.groupingBy(
                t -> t.get(STATUS), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("s:已完成", 165L, "s:提前完成", 5L, "s:未完成", 5L), byStatus);
        List<Map<Integer, String>> notable = tasks.stream().filter(t -> t.get(NOTABLE).equals("s:是")).toList();
        assertEquals(13, notable.size());
        notable.forEach(t -> assertEquals("s:已完成", t.get(STATUS), t.get(TASK)));
        assertTrue(tasks.stream().allMatch(t -> t.get(NOTABLE).isEmpty() || t.get(NOTABLE).equals("s:是")));
        assertTrue(tasks.stream().allMatch(t -> t.get(SOURCE).equals("s:2022年政府工作报告目标任务")));
        assertEquals(List.of("地区生产总值", "全社会固定资产投资", "农业增加值", "城乡居民人均可支配收入", "一般公共预算收入",
                        "第三产业增加值", "社会消费品零售总额", "规上工业增加值", "完成交通固定资产投资50亿元",
                        "实施市场主体高质量发展行动计划，净增市场主体1万户", "实现到位资金60亿元、亿元以上项目20个",
                        "创新发展绿色金融，推进绿色资源交易和融资，实现绿色资源资本化",
                        "开展“我为祖国植10棵树”活动植树200万株，完成营造林20万亩，森林覆盖率达到59%"),
                notable.stream().map(t -> t.get(TASK).substring(2)).toList());
    }

    /**
     * The rules that keep the illustrative tasks from contradicting the notice or tripping the
     * checks: narratives agree with the figures, only notable tasks carry a city average or rank 1,
     * completed quantitative tasks reach 100–109% of target, department names are spelled one way.
     */
    @Test
    void recipeIsInternallyConsistent() throws IOException {
        Sample sample = Sample.read(DEFAULT_TSV);
        List<Line> lines = sample.lines;
        Pattern statedRatio = Pattern.compile("的(\\d+)%");
        Pattern statedGrowth = Pattern.compile("同比增长([0-9.]+)%");
        for (int r = 0; r < lines.size(); r++) {
            Line first = lines.get(r);
            if (first.kind != Kind.TASK) {
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(first.cells);
            for (int m = r + 1; m < lines.size() && lines.get(m).kind == Kind.MORE; m++) {
                rows.add(lines.get(m).cells);
            }
            String where = "task " + first.cells[SERIAL];
            boolean notable = first.cells[NOTABLE].equals("是");
            List<Integer> ratios = new ArrayList<>();
            for (String[] row : rows) {
                if (!row[TARGET].isEmpty() && !row[ACTUAL].isEmpty()) {
                    ratios.add(number(row[ACTUAL]).multiply(BigDecimal.valueOf(100))
                            .divide(number(row[TARGET]), 0, RoundingMode.HALF_UP).intValue());
                }
                if (!notable) {
                    assertTrue(row[CITY_AVERAGE].isEmpty(), where + ": only notable tasks have a city average");
                    assertNotEquals("1", row[RANK], where + ": only notable tasks rank first");
                }
            }
            List<Integer> stated = new ArrayList<>();
            Matcher m = statedRatio.matcher(first.cells[NARRATIVE]);
            while (m.find()) {
                stated.add(Integer.parseInt(m.group(1)));
            }
            if (!stated.isEmpty()) {
                assertEquals(ratios.subList(0, stated.size()), stated, where + ": stated completion");
            }
            Matcher g = statedGrowth.matcher(first.cells[NARRATIVE]);
            if (g.find()) {
                assertEquals(new BigDecimal(g.group(1)), number(first.cells[GROWTH]), where + ": stated growth");
            }
            if (!notable && !first.cells[STATUS].equals("未完成")) {
                ratios.forEach(p -> assertTrue(p >= 100 && p <= 109, where + ": completion " + p + "%"));
            }
            assertFalse(first.cells[LEAD].contains("发改委"), where + ": write 县发展改革委");
            assertFalse(first.cells[LEAD].isBlank(), where + ": lead");
        }
    }

    @Test
    void formulaErrorCopyCachesDivisionByZero() throws IOException {
        try (InputStream in = Files.newInputStream(COMMITTED.resolve("broken/formula-error.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            Sample sample = Sample.read(DEFAULT_TSV);
            Cell cell = wb.getSheet(SHEET_NAME).getRow(sample.taskRow(31)).getCell(ACTUAL);
            assertEquals("1/0", cell.getCellFormula());
            assertEquals(FormulaError.DIV0.getCode(), cell.getErrorCellValue());
        }
    }

    /** Each broken copy differs from the sample in the row its README names (duplicate-serial: from that row on). */
    @Test
    void eachBrokenCopyChangesOneCell() throws IOException {
        Map<String, String> good = read(COMMITTED.resolve(SAMPLE_NAME + ".xlsx")).cells;
        Sample sample = Sample.read(DEFAULT_TSV);
        for (Defect defect : defects()) {
            String cell = defect.mutation().apply(sample.copy());
            Map<String, String> bad = read(COMMITTED.resolve("broken").resolve(defect.file())).cells;
            List<String> changed = new ArrayList<>();
            for (String key : union(good, bad)) {
                if (!good.getOrDefault(key, "").equals(bad.getOrDefault(key, ""))) {
                    changed.add(key);
                }
            }
            if (defect.code().equals("SERIAL_DUPLICATE")) {
                int first = changed.stream().mapToInt(k -> new CellReference(k).getRow()).min().orElseThrow();
                assertEquals(new CellReference(cell).getRow(), first, defect.file());
                assertTrue(changed.stream().allMatch(k -> k.startsWith("A")), defect.file());
            } else {
                assertEquals(1, changed.size(), defect.file() + " changes " + changed);
                int expectedRow = new CellReference(cell).getRow();
                assertEquals(expectedRow, new CellReference(changed.get(0)).getRow(), defect.file());
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A workbook reduced to what the test compares: cell values by A1 name, merged regions. */
    record Content(List<String> sheets, Map<String, String> cells, List<String> merged) {
    }

    private static Content read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            Sheet sheet = wb.getSheet(SHEET_NAME);
            Map<String, String> cells = new TreeMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String value = describe(cell);
                    if (!value.isEmpty()) {
                        cells.put(cell.getAddress().formatAsString(), value);
                    }
                }
            }
            List<String> merged = sheet.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString).sorted().toList();
            return new Content(sheets, cells, merged);
        }
    }

    private static String describe(Cell cell) {
        return switch (cell.getCellType()) {
            case BLANK, _NONE -> "";
            case STRING -> "s:" + cell.getStringCellValue();
            case NUMERIC -> "n:" + cell.getNumericCellValue();
            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
            case ERROR -> "e:" + FormulaError.forInt(cell.getErrorCellValue()).getString();
            case FORMULA -> "f:" + cell.getCellFormula() + "=" + switch (cell.getCachedFormulaResultType()) {
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                default -> cell.getCachedFormulaResultType().toString();
            };
        };
    }

    private static void assertSameWorkbook(Path committed, Path fresh) throws IOException {
        assertTrue(Files.exists(committed), committed + " is committed");
        Content a = read(committed);
        Content b = read(fresh);
        assertEquals(b.sheets(), a.sheets(), committed + ": sheets");
        for (String key : union(a.cells(), b.cells())) {
            assertEquals(b.cells().get(key), a.cells().get(key), committed + " " + key);
        }
        assertEquals(b.merged(), a.merged(), committed + ": merged regions");
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    /** The first row of every task (a numeric or text 序号 in column A below the header), column → value. */
    private static List<Map<Integer, String>> tasks(Content content) {
        Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        content.cells().forEach((name, value) -> {
            CellReference ref = new CellReference(name);
            rows.computeIfAbsent(ref.getRow(), k -> new TreeMap<>()).put((int) ref.getCol(), value);
        });
        List<Map<Integer, String>> tasks = new ArrayList<>();
        rows.forEach((row, cells) -> {
            if (row > 2 && cells.getOrDefault(SERIAL, "").startsWith("n:")) {
                Map<Integer, String> full = new TreeMap<>();
                for (int c = 0; c < COLUMNS; c++) {
                    full.put(c, cells.getOrDefault(c, ""));
                }
                tasks.add(full);
            }
        });
        return tasks;
    }

    private static BigDecimal number(String typed) {
        StringBuilder s = new StringBuilder();
        for (char ch : typed.toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                s.append((char) (ch - '０' + '0'));
            } else if (ch == '－') {
                s.append('-');
            } else if (ch != '\'' && ch != '%') {
                s.append(ch);
            }
        }
        return new BigDecimal(s.toString());
    }
}
