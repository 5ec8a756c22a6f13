package org.tongbao.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongbao.table.CellAddress;
import org.tongbao.table.CellRange;

/**
 * Builds the sample completion table {@code yunyang-2022.xlsx} from its recipe
 * {@code yunyang-2022.tsv}, and the broken copies in {@code broken/} (the sample with one
 * deliberate defect each, plus {@code broken/README.md} naming the expected finding and cell).
 *
 * <p>The TSV has one line per sheet row, line N = sheet row N. Field 1 is the row kind
 * ({@code label title header category task more blank note}); fields 2..19 are columns A..R.
 * A cell that is a plain ASCII decimal ({@code 557.7}, {@code -0.3}) becomes a number; a
 * leading apostrophe forces text ({@code '59}); a leading {@code =} is a formula; anything
 * else is text as written ({@code 4.7%}, {@code －8%}, {@code ５０}). A {@code more} line
 * continues the task above it: the task-level columns are merged down over its rows.
 *
 * <p>Usage: {@code SampleWorkbookGenerator [outputFolder [tsvFile]]}, defaults
 * {@code sample-workbooks} and {@code sample-workbooks/yunyang-2022.tsv}. Output is
 * byte-for-byte deterministic on a given JDK.
 */
public final class SampleWorkbookGenerator {

    public static final String SHEET_NAME = "完成情况表";
    /** The notice settings sheet the engine reads (NoticeSettings.SHEET_NAME). */
    public static final String SETTINGS_SHEET = "通报设置";
    public static final String SAMPLE_NAME = "yunyang-2022";
    public static final Path DEFAULT_OUTPUT = Path.of("sample-workbooks");
    public static final Path DEFAULT_TSV = DEFAULT_OUTPUT.resolve(SAMPLE_NAME + ".tsv");

    static final int COLUMNS = 18;
    static final int SERIAL = 0;
    static final int TASK = 1;
    static final int LEAD = 2;
    static final int PARTNERS = 3;
    static final int INDICATOR = 4;
    static final int UNIT = 5;
    static final int TARGET = 6;
    static final int PRIOR = 7;
    static final int ACTUAL = 8;
    static final int GROWTH = 9;
    static final int CITY_AVERAGE = 10;
    static final int RANK = 11;
    static final int GROUP_RANK = 12;
    static final int STATUS = 13;
    static final int NOTABLE = 14;
    static final int NARRATIVE = 15;
    static final int SOURCE = 16;
    static final int PHRASE = 17;

    /** Columns holding one value per task, merged down over a multi-row task. */
    static final int[] TASK_LEVEL = {SERIAL, TASK, LEAD, PARTNERS, STATUS, NOTABLE, NARRATIVE, SOURCE, PHRASE};

    /** Column widths in characters, A..R. */
    private static final int[] WIDTHS = {5, 30, 13, 13, 14, 7, 7, 7, 8, 8, 8, 6, 6, 8, 7, 34, 15, 34};

    /** Height of one line of 10 pt 宋体 and the padding of a cell, in points. */
    private static final float LINE = 13f;
    private static final float PADDING = 5f;

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** All zip entries and document dates are stamped with the notice's date. */
    private static final LocalDateTime STAMP = LocalDateTime.of(2023, 2, 27, 9, 0);

    private SampleWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        // POI logs through log4j-api; with no provider on the classpath it would print an ERROR line.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        Path tsv = args.length > 1 ? Path.of(args[1]) : DEFAULT_TSV;
        List<Path> written = generate(tsv, out);
        for (Path p : written) {
            System.out.println("wrote " + p);
        }
    }

    /** Writes the sample, the broken copies and broken/README.md into {@code out}; returns the files written. */
    public static List<Path> generate(Path tsv, Path out) throws IOException {
        Sample sample = Sample.read(tsv);
        List<Path> written = new ArrayList<>();
        Files.createDirectories(out.resolve("broken"));
        Path main = out.resolve(SAMPLE_NAME + ".xlsx");
        Files.write(main, toXlsx(sample));
        written.add(main);
        StringBuilder readme = new StringBuilder(BROKEN_README_HEAD);
        for (Defect defect : defects()) {
            Sample copy = sample.copy();
            String cell = defect.mutation().apply(copy);
            Path file = out.resolve("broken").resolve(defect.file());
            Files.write(file, toXlsx(copy));
            written.add(file);
            readme.append("| `").append(defect.file()).append("` | ").append(defect.description())
                    .append(" | `").append(defect.code()).append("` | ").append(defect.severity())
                    .append(" | ").append(cell.isEmpty() ? "(none)" : cell).append(" |\n");
        }
        readme.append(BROKEN_README_TAIL);
        Path readmeFile = out.resolve("broken").resolve("README.md");
        Files.writeString(readmeFile, readme.toString(), StandardCharsets.UTF_8);
        written.add(readmeFile);
        return written;
    }

    // ------------------------------------------------------------------ the recipe

    enum Kind {
        LABEL, TITLE, HEADER, CATEGORY, TASK, MORE, BLANK, NOTE;

        static Kind of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One sheet row of the recipe. */
    static final class Line {
        final Kind kind;
        final String[] cells;

        Line(Kind kind, String[] cells) {
            this.kind = kind;
            this.cells = cells;
        }
    }

    /** The parsed recipe: one {@link Line} per sheet row, row index = list index. */
    static final class Sample {
        final List<Line> lines;
        /** The 通报设置 sheet's rows (key, value), from {@code <name>-settings.tsv} beside the recipe. */
        final List<String[]> settings;

        private Sample(List<Line> lines, List<String[]> settings) {
            this.lines = lines;
            this.settings = settings;
        }

        static Sample read(Path tsv) throws IOException {
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String text : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                number++;
                String[] fields = text.split("\t", -1);
                String[] cells = new String[COLUMNS];
                Arrays.fill(cells, "");
                if (fields.length - 1 > COLUMNS) {
                    throw new IllegalArgumentException(tsv + ":" + number + ": more than " + COLUMNS + " cells");
                }
                System.arraycopy(fields, 1, cells, 0, fields.length - 1);
                Kind kind = Kind.of(fields[0]);
                if (kind == Kind.MORE) {
                    for (int c : TASK_LEVEL) {
                        if (!cells[c].isEmpty()) {
                            throw new IllegalArgumentException(tsv + ":" + number
                                    + ": a 'more' line must leave the merged task columns empty");
                        }
                    }
                    if (lines.isEmpty() || !(lines.get(lines.size() - 1).kind == Kind.TASK
                            || lines.get(lines.size() - 1).kind == Kind.MORE)) {
                        throw new IllegalArgumentException(tsv + ":" + number + ": 'more' without a task above");
                    }
                }
                if (kind == Kind.TASK && !NUMBER.matcher(cells[SERIAL]).matches()) {
                    throw new IllegalArgumentException(tsv + ":" + number + ": a task needs a numeric 序号");
                }
                lines.add(new Line(kind, cells));
            }
            List<String[]> settings = new ArrayList<>();
            String name = tsv.getFileName().toString().replaceFirst("\\.tsv$", "-settings.tsv");
            Path settingsFile = tsv.resolveSibling(name);
            if (Files.exists(settingsFile)) {
                for (String text : Files.readAllLines(settingsFile, StandardCharsets.UTF_8)) {
                    if (!text.isBlank()) {
                        String[] kv = text.split("\t", 2);
                        if (kv.length == 2) {
                            kv[1] = kv[1].replace("\\n", "\n"); // a value of several paragraphs
                        }
                        settings.add(kv);
                    }
                }
            }
            return new Sample(lines, settings);
        }

        Sample copy() {
            List<Line> copy = new ArrayList<>();
            for (Line line : lines) {
                copy.add(new Line(line.kind, line.cells.clone()));
            }
            return new Sample(copy, settings);
        }

        /** 0-based sheet row of the header. */
        int headerRow() {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).kind == Kind.HEADER) {
                    return i;
                }
            }
            throw new IllegalStateException("no header line");
        }

        /** 0-based sheet row of the first row of the task with this 序号 (the first one, if repeated). */
        int taskRow(int serial) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.kind == Kind.TASK && line.cells[SERIAL].equals(Integer.toString(serial))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no task " + serial);
        }

        String get(int row, int column) {
            return lines.get(row).cells[column];
        }

        /**
         * The merged cells: title, category and note rows across all columns (in row order), then
         * the task-level columns down over each task's {@code more} lines.
         */
        List<CellRange> merges() {
            List<CellRange> merges = new ArrayList<>();
            for (int r = 0; r < lines.size(); r++) {
                Kind kind = lines.get(r).kind;
                if (kind == Kind.TITLE || kind == Kind.CATEGORY || kind == Kind.NOTE) {
                    merges.add(new CellRange(r, 0, r, COLUMNS - 1));
                }
            }
            for (int r = 0; r < lines.size(); r++) {
                if (lines.get(r).kind != Kind.TASK) {
                    continue;
                }
                int last = r;
                while (last + 1 < lines.size() && lines.get(last + 1).kind == Kind.MORE) {
                    last++;
                }
                if (last > r) {
                    for (int c : TASK_LEVEL) {
                        merges.add(new CellRange(r, c, last, c));
                    }
                }
            }
            return merges;
        }

        void set(int row, int column, String value) {
            lines.get(row).cells[column] = value;
        }
    }

    // ------------------------------------------------------------------ the broken copies

    /** Applies one defect to a copy of the sample and returns the A1 cell where the finding is expected. */
    record Defect(String file, String description, String code, String severity, Function<Sample, String> mutation) {
    }

    static List<Defect> defects() {
        List<Defect> list = new ArrayList<>();
        list.add(new Defect("missing-lead-column.xlsx",
                "表头「牵头单位」改为「单位负责」（C3），表中再无牵头单位列",
                "MISSING_COLUMN", "error", s -> {
                    int h = s.headerRow();
                    s.set(h, LEAD, "单位负责");
                    return CellAddress.of(h, SERIAL).a1();
                }));
        list.add(new Defect("missing-lead.xlsx",
                "第22项（加快高铁站综合交通枢纽建设…）牵头单位留空",
                "MISSING_LEAD", "error", s -> {
                    int r = s.taskRow(22);
                    s.set(r, LEAD, "");
                    return CellAddress.of(r, LEAD).a1();
                }));
        list.add(new Defect("duplicate-serial.xlsx",
                "第12项的序号误填为11（其后各项顺延减1，序号止于174，无缺号），11出现两次",
                "SERIAL_DUPLICATE", "error", s -> {
                    int first = s.taskRow(12);
                    for (int i = first; i < s.lines.size(); i++) {
                        Line line = s.lines.get(i);
                        if (line.kind == Kind.TASK) {
                            line.cells[SERIAL] = Integer.toString(Integer.parseInt(line.cells[SERIAL]) - 1);
                        }
                    }
                    return CellAddress.of(first, SERIAL).a1();
                }));
        list.add(new Defect("unknown-status.xlsx",
                "第13项（居民消费价格涨幅…）完成情况填「差不多了」",
                "UNKNOWN_STATUS", "error", s -> {
                    int r = s.taskRow(13);
                    s.set(r, STATUS, "差不多了");
                    return CellAddress.of(r, STATUS).a1();
                }));
        list.add(new Defect("text-in-number.xlsx",
                "第21项（交通固定资产投资）完成值写成汉字「五十九」",
                "NOT_A_NUMBER", "error", s -> {
                    int r = s.taskRow(21);
                    s.set(r, ACTUAL, "五十九");
                    return CellAddress.of(r, ACTUAL).a1();
                }));
        list.add(new Defect("percent-out-of-range.xlsx",
                "第1项（地区生产总值）同比增长4.7误填为470",
                "PERCENT_OUT_OF_RANGE", "warning", s -> {
                    int r = s.taskRow(1);
                    s.set(r, GROWTH, "470");
                    return CellAddress.of(r, GROWTH).a1();
                }));
        list.add(new Defect("completed-below-target.xlsx",
                "第45项（技术改造项目，目标30个）完成值改为27，完成情况仍为「已完成」",
                "COMPLETED_BELOW_TARGET", "warning", s -> {
                    int r = s.taskRow(45);
                    s.set(r, ACTUAL, "27");
                    return CellAddress.of(r, ACTUAL).a1();
                }));
        list.add(new Defect("unfinished-above-target.xlsx",
                "第46项（专精特新企业，目标10家、完成10家）完成情况改为「未完成」",
                "UNFINISHED_ABOVE_TARGET", "warning", s -> {
                    int r = s.taskRow(46);
                    s.set(r, STATUS, "未完成");
                    return CellAddress.of(r, STATUS).a1();
                }));
        list.add(new Defect("notable-not-completed.xlsx",
                "第7项（第三产业增加值）是否成效明显为「是」，完成情况改为「未完成」",
                "NOTABLE_NOT_COMPLETED", "error", s -> {
                    int r = s.taskRow(7);
                    s.set(r, STATUS, "未完成");
                    return CellAddress.of(r, NOTABLE).a1();
                }));
        list.add(new Defect("bad-rank.xlsx",
                "第4项（城乡居民人均可支配收入）全市排名4改为-2",
                "RANK_INVALID", "error", s -> {
                    int r = s.taskRow(4);
                    s.set(r, RANK, "-2");
                    return CellAddress.of(r, RANK).a1();
                }));
        list.add(new Defect("formula-error.xlsx",
                "第31项（水利投资）完成值改为公式 =1/0，缓存值 #DIV/0!",
                "FORMULA_ERROR", "error", s -> {
                    int r = s.taskRow(31);
                    s.set(r, ACTUAL, "=1/0");
                    return CellAddress.of(r, ACTUAL).a1();
                }));
        list.add(new Defect("lead-variant.xlsx",
                "第16项（单位地区生产总值能耗）牵头单位写作「县发改委」，其余各项均为「县发展改革委」",
                "LEAD_VARIANT", "warning", s -> {
                    int r = s.taskRow(16);
                    s.set(r, LEAD, "县发改委");
                    return CellAddress.of(r, LEAD).a1();
                }));
        list.add(new Defect("narrative-mismatch.xlsx",
                "第21项（交通固定资产投资，59÷50=118%）完成情况说明写「完成年度目标任务的120%」",
                "NARRATIVE_MISMATCH", "warning", s -> {
                    int r = s.taskRow(21);
                    s.set(r, NARRATIVE, "全县完成投资59亿元，完成年度目标任务的120%。");
                    return CellAddress.of(r, NARRATIVE).a1();
                }));
        return list;
    }

    private static final String BROKEN_README_HEAD = """
            # Broken copies of the sample

            Generated by `SampleWorkbookGenerator` (see `../README.md`); do not edit by hand.
            Each file is `../yunyang-2022.xlsx` with ONE deliberate defect. Every finding is on
            sheet `完成情况表`; cells are A1 names with 1-based rows, as Calc shows them.
            Row 3 is the header row; a task's first row holds its merged task-level cells.

            | file | defect | expected code | severity | cell |
            |---|---|---|---|---|
            """;

    private static final String BROKEN_README_TAIL = """

            Notes:

            - `missing-lead-column.xlsx`: the finding is about the header row, so its cell is the
              header row's first cell, A3. `责任单位` (D) is still there: PRODUCT.md §2 lets
              责任单位 serve as the lead when no lead column exists, so a reader that applies that
              fallback must still report the missing 牵头单位 column (and not guess that
              `单位负责` is the 单位 = unit column).
            - `duplicate-serial.xlsx`: the tasks after the duplicate are renumbered so that no
              serial is missing; the only serial defect is the repeated 11.
            - `unfinished-above-target.xlsx`, `notable-not-completed.xlsx`: the status change also
              changes the counts (169 completed, 6 unfinished); that is a consequence, not a
              second defect.
            - `text-in-number.xlsx`: task 21 is a notable task; its narrative still says 59亿元 and
              118%, which cannot be checked while the actual value is not a number.
            """;

    // ------------------------------------------------------------------ writing the workbook

    /** The sample as .xlsx bytes, deterministic for a given recipe. */
    static byte[] toXlsx(Sample sample) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256 + 128);
            }
            List<Line> lines = sample.lines;
            List<Cell> formulas = new ArrayList<>();
            for (int r = 0; r < lines.size(); r++) {
                Line line = lines.get(r);
                Row row = sheet.createRow(r);
                switch (line.kind) {
                    case LABEL -> put(row.createCell(0), line.cells[0], st.label, formulas);
                    case TITLE -> {
                        row.setHeightInPoints(36);
                        for (int c = 0; c < COLUMNS; c++) {
                            put(row.createCell(c), line.cells[c], st.title, formulas);
                        }
                    }
                    case HEADER -> {
                        row.setHeightInPoints(30);
                        for (int c = 0; c < COLUMNS; c++) {
                            put(row.createCell(c), line.cells[c], st.header, formulas);
                        }
                    }
                    case CATEGORY -> {
                        row.setHeightInPoints(20);
                        for (int c = 0; c < COLUMNS; c++) {
                            put(row.createCell(c), line.cells[c], st.category, formulas);
                        }
                    }
                    case TASK, MORE -> {
                        for (int c = 0; c < COLUMNS; c++) {
                            boolean prose = c == TASK || c == NARRATIVE || c == PHRASE;
                            put(row.createCell(c), line.cells[c], prose ? st.prose : st.body, formulas);
                        }
                    }
                    case BLANK -> {
                    }
                    case NOTE -> {
                        for (int c = 0; c < COLUMNS; c++) {
                            put(row.createCell(c), line.cells[c], st.note, formulas);
                        }
                    }
                    default -> throw new IllegalStateException(line.kind.toString());
                }
            }
            for (CellRange m : sample.merges()) {
                sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
            }
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : formulas) {
                evaluator.evaluateFormulaCell(cell);
            }
            setRowHeights(sheet, lines);
            int header = sample.headerRow();
            sheet.createFreezePane(0, header + 1);
            sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);

            if (!sample.settings.isEmpty()) {
                XSSFSheet settings = wb.createSheet(SETTINGS_SHEET);
                settings.setColumnWidth(0, 16 * 256);
                settings.setColumnWidth(1, 60 * 256);
                for (int r = 0; r < sample.settings.size(); r++) {
                    String[] kv = sample.settings.get(r);
                    Row row = settings.createRow(r);
                    row.createCell(0).setCellValue(kv[0]);
                    row.createCell(1).setCellValue(kv.length > 1 ? kv[1] : "");
                    if (r == 0) {
                        row.getCell(0).setCellStyle(st.header);
                        row.getCell(1).setCellStyle(st.header);
                    }
                }
            }

            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date stamp = Date.from(STAMP.toInstant(ZoneOffset.ofHours(8)));
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setCreator("tongbao sample generator");
            core.setTitle(lines.get(1).cells[0]);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return FixedZip.stamped(bytes.toByteArray(), STAMP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calc and Excel keep the stored row height of an .xlsx, so wrapped text needs rows that are
     * tall enough: estimate the lines each cell wraps to (a CJK character is two digit widths)
     * and share a merged cell's lines among the rows it spans.
     */
    private static void setRowHeights(XSSFSheet sheet, List<Line> lines) {
        int[] need = new int[lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            Kind kind = lines.get(r).kind;
            if (kind != Kind.HEADER && kind != Kind.TASK && kind != Kind.MORE) {
                continue;
            }
            int span = 1;
            if (kind == Kind.TASK) {
                while (r + span < lines.size() && lines.get(r + span).kind == Kind.MORE) {
                    span++;
                }
            }
            for (int c = 0; c < COLUMNS; c++) {
                int wrapped = wrappedLines(lines.get(r).cells[c], WIDTHS[c] - 1);
                boolean merged = kind == Kind.TASK && isTaskLevel(c);
                if (merged && span > 1) {
                    int share = (wrapped + span - 1) / span;
                    for (int k = 0; k < span; k++) {
                        need[r + k] = Math.max(need[r + k], share);
                    }
                } else {
                    need[r] = Math.max(need[r], wrapped);
                }
            }
            sheet.getRow(r).setHeightInPoints(Math.max(kind == Kind.HEADER ? 30f : 20f, need[r] * LINE + PADDING));
        }
    }

    private static boolean isTaskLevel(int column) {
        for (int c : TASK_LEVEL) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    /** Lines a text wraps to in a column {@code width} digit-widths wide. */
    static int wrappedLines(String text, int width) {
        if (text.isEmpty()) {
            return 1;
        }
        int lines = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = cp < 0x2E80 ? 1 : 2;
            if (used + w > width) {
                lines++;
                used = 0;
            }
            used += w;
        }
        return lines;
    }

    private static void put(Cell cell, String recipe, XSSFCellStyle style, List<Cell> formulas) {
        cell.setCellStyle(style);
        if (isFormula(recipe)) {
            cell.setCellFormula(recipe.substring(1));
            formulas.add(cell);
        } else if (value(recipe) instanceof Double number) {
            cell.setCellValue(number);
        } else if (value(recipe) instanceof String text) {
            cell.setCellValue(text);
        }
    }

    static boolean isFormula(String recipe) {
        return recipe.startsWith("=");
    }

    /**
     * What a recipe cell that is not a formula holds: null when empty, a {@code Double} for a plain
     * ASCII decimal, else the text (after the apostrophe that forces text).
     */
    static Object value(String recipe) {
        if (recipe.isEmpty()) {
            return null;
        }
        if (recipe.startsWith("'")) {
            return recipe.substring(1);
        }
        return NUMBER.matcher(recipe).matches() ? (Object) Double.parseDouble(recipe) : recipe;
    }

    /** The handful of cell styles a county office table uses. */
    private static final class Styles {
        final XSSFCellStyle label;
        final XSSFCellStyle title;
        final XSSFCellStyle header;
        final XSSFCellStyle category;
        final XSSFCellStyle body;
        final XSSFCellStyle prose;
        final XSSFCellStyle note;

        Styles(XSSFWorkbook wb) {
            XSSFFont base = wb.getFontAt(0); // the default font sets the width of a column unit
            base.setFontName("宋体");
            base.setFontHeightInPoints((short) 10);
            base.setCharSet(134);
            XSSFFont songti = font(wb, "宋体", 10, false);
            XSSFFont heiti = font(wb, "黑体", 10, true);
            XSSFFont heitiLarge = font(wb, "黑体", 14, false);
            XSSFFont titleFont = font(wb, "方正小标宋_GBK", 18, true);

            label = style(wb, heitiLarge, HorizontalAlignment.LEFT, false, false);
            title = style(wb, titleFont, HorizontalAlignment.CENTER, false, false);
            header = style(wb, heiti, HorizontalAlignment.CENTER, true, true);
            category = style(wb, heiti, HorizontalAlignment.LEFT, true, false);
            body = style(wb, songti, HorizontalAlignment.CENTER, true, true);
            prose = style(wb, songti, HorizontalAlignment.LEFT, true, true);
            note = style(wb, songti, HorizontalAlignment.LEFT, false, false);
        }

        private static XSSFFont font(XSSFWorkbook wb, String name, int points, boolean bold) {
            XSSFFont font = wb.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setCharSet(134); // GB2312, so Calc treats the face as a Chinese one
            return font;
        }

        private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align,
                boolean borders, boolean wrap) {
            XSSFCellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            if (borders) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
