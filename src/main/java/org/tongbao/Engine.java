package org.tongbao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

import org.tongbao.check.CheckContext;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.check.Validator;
import org.tongbao.figures.TaskFigures;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.notice.NoticeWording;
import org.tongbao.notice.Worded;
import org.tongbao.rules.Classification;
import org.tongbao.rules.Classifier;
import org.tongbao.rules.Comparison;
import org.tongbao.rules.Summary;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Grid;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;
import org.tongbao.table.NumberText;
import org.tongbao.table.Period;
import org.tongbao.table.Task;
import org.tongbao.table.TableNotRecognised;
import org.tongbao.table.TableRecognizer;
import org.tongbao.update.ComputedColumns;
import org.tongbao.rules.DepartmentStanding;
import org.tongbao.update.DepartmentTable;
import org.tongbao.update.NewTable;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetTable;
import org.tongbao.update.SheetUpdate;
import org.tongbao.update.TableTemplate;

/**
 * The one engine behind every door (command line, Calc toolbar, tests): sheet cells in,
 * findings, figures, sheet updates and the notice out. Knows nothing of UNO, POI or Jython.
 * Data flows one way: grid → recognised table → task figures → classification and findings
 * → sheet update and notice. What an office may judge or word its own way it asks of a {@link Rulebook}.
 */
public final class Engine {

    /** Sheets the tool writes or reads for itself; never searched for the table. */
    public static final String FINDINGS_SHEET = "校验结果";
    /** The sheet 对比上期 writes: what changed since the previous table. */
    public static final String COMPARISON_SHEET = "对比上期";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rulebook rules;
    private final LocalDate today;

    public Engine(Rulebook rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    /** This engine with another office's rules and wording. */
    public Engine withRules(Rulebook other) {
        return new Engine(other, today);
    }

    /**
     * Recognises the completion table on the preferred sheet (or, failing that, on the first
     * other sheet that holds one), validates it, computes its figures, classifies its tasks and
     * words its notice. Never throws for a bad table: what is wrong comes back as findings, the
     * notice's unfillable phrases among them, so validate reports exactly what notice would refuse.
     */
    public Assessment assess(List<Grid> sheets, String preferredSheet) {
        List<Grid> order = new ArrayList<>();
        sheets.stream().filter(g -> g.sheetName().equals(preferredSheet)).forEach(order::add);
        sheets.stream().filter(g -> !g.sheetName().equals(preferredSheet)).forEach(order::add);
        return assessFirst(order, settings(sheets), directory(sheets), preferredSheet);
    }

    /** As {@link #assess}, but the table must be on {@code sheet}: the user named it, so no other sheet stands in. */
    public Assessment assessSheet(List<Grid> sheets, String sheet) {
        return assessFirst(sheets.stream().filter(g -> g.sheetName().equals(sheet)).toList(), settings(sheets),
                directory(sheets), sheet);
    }

    private static NoticeSettings settings(List<Grid> sheets) {
        return NoticeSettings.from(sheets.stream().filter(g -> g.sheetName().equals(NoticeSettings.SHEET_NAME))
                .findFirst().orElse(null));
    }

    private static DepartmentDirectory directory(List<Grid> sheets) {
        return DepartmentDirectory.from(sheets.stream()
                .filter(g -> g.sheetName().equals(DepartmentDirectory.SHEET_NAME)).findFirst().orElse(null));
    }

    private Assessment assessFirst(List<Grid> candidates, NoticeSettings settings, DepartmentDirectory directory,
                                   String wanted) {
        Finding failure = null;
        for (Grid grid : candidates) {
            if (grid.sheetName().equals(NoticeSettings.SHEET_NAME) || grid.sheetName().equals(FINDINGS_SHEET)
                    || grid.sheetName().equals(DepartmentDirectory.SHEET_NAME)
                    || grid.sheetName().equals(COMPARISON_SHEET)) {
                continue;
            }
            try {
                return assess(TableRecognizer.recognise(grid), settings, directory);
            } catch (TableNotRecognised e) {
                if (failure == null || (failure.code() == FindingCode.TABLE_NOT_FOUND && e.missingColumns())) {
                    failure = new Finding(e.missingColumns() ? FindingCode.MISSING_COLUMN : FindingCode.TABLE_NOT_FOUND,
                            grid.sheetName(), e.cell(), e.getMessage());
                }
            }
        }
        if (failure == null) {
            failure = new Finding(FindingCode.TABLE_NOT_FOUND, wanted == null ? "" : wanted, null,
                    "工作簿中没有可读取的工作表");
        }
        return new Assessment(failure.sheet(), null, List.of(), List.of(failure), null, settings, null, null);
    }

    private Assessment assess(CompletionTable table, NoticeSettings settings, DepartmentDirectory directory) {
        List<TaskFigures> figures = table.tasks().stream().map(TaskFigures::of).toList();
        CheckContext context = new CheckContext(table, figures, directory);
        List<Finding> findings = new ArrayList<>(Validator.validate(context, rules));
        if (table.tasks().isEmpty()) {
            findings.add(context.finding(FindingCode.NO_TASKS, table.headerCell(), "表头下面没有任务行"));
        }
        Period period = period(table, settings);
        Classification classification = new Classifier(rules).classify(table, figures, period);
        findings.addAll(classification.findings());
        Summary summary = Summary.of(classification.tasks(), period, settings.numberStyle());
        Worded worded = new NoticeWording(settings, rules, today).write(table, classification.tasks(), summary, period);
        findings.addAll(worded.findings());
        return new Assessment(table.sheetName(), table, classification.tasks(), findings, summary, settings,
                worded, period);
    }

    /**
     * The period the table reports on: 通报设置's 序时进度 and 期间 first, then the table's title (1-9月,
     * 上半年 …), then its 序时进度 column (the share most rows give); null for a year-end table.
     */
    static Period period(CompletionTable table, NoticeSettings settings) {
        Period named = Period.fromTitle(settings.get("期间"));
        Period titled = named != null ? named : Period.fromTitle(table.title());
        String label = titled != null ? titled.label() : settings.get("期间");
        Num set = NumberText.read(settings.get("序时进度"), null);
        if (set != null && set.valid() && set.value().signum() > 0 && set.value().compareTo(HUNDRED) < 0) {
            return new Period(label, set.value());
        }
        if (titled != null) {
            return titled;
        }
        Map<BigDecimal, Integer> shares = new HashMap<>();
        for (Task task : table.tasks()) {
            for (Indicator ind : task.indicators()) {
                if (ind.schedule() != null && ind.schedule().valid()) {
                    shares.merge(ind.schedule().value().stripTrailingZeros(), 1, Integer::sum);
                }
            }
        }
        return shares.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getKey().compareTo(HUNDRED) < 0)
                .map(e -> new Period(label, e.getKey())).orElse(null);
    }

    /** The computed columns and highlights to write back into the table's sheet. */
    public SheetUpdate sheetUpdate(Assessment assessment) {
        requireTable(assessment);
        return ComputedColumns.of(assessment.table(), assessment.tasks(), assessment.period(),
                assessment.settings().numberStyle());
    }

    /**
     * What the workbook's 通报设置 sheet lacks: the whole sheet (设置项, 内容, 说明: every key with its
     * default and what it is for) when there is none, else the keys it does not list, below its rows.
     * Empty rows when it lists every key.
     */
    public SheetRows settingsSheet(List<Grid> sheets) {
        Grid existing = sheets.stream().filter(g -> g.sheetName().equals(NoticeSettings.SHEET_NAME)).findFirst()
                .orElse(null);
        List<List<String>> rows = new ArrayList<>();
        if (existing == null) {
            rows.add(List.of("设置项", "内容", "说明"));
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int r = 0; existing != null && r < existing.rowCount(); r++) {
            listed.add(existing.text(r, 0).trim());
        }
        for (NoticeSettings.Setting s : NoticeSettings.SETTINGS) {
            if (!listed.contains(s.key())) {
                rows.add(List.of(s.key(), s.defaultValue(), s.note()));
            }
        }
        return new SheetRows(NoticeSettings.SHEET_NAME, existing == null, existing == null ? 0 : existing.rowCount(),
                rows, List.of(16, 60, 60));
    }

    /**
     * What changed between the previous table and this one: tasks matched by 序号 and text, else
     * by text, each judged on both; tasks in one table only as findings. Both must be recognised.
     */
    public Comparison compare(Assessment previous, Assessment now) {
        requireTable(previous);
        requireTable(now);
        return Comparison.of(previous.table(), previous.tasks(), now.table(), now.tasks());
    }

    /**
     * The assessment with its notice worded again to say what changed ({@code 对比上期}, after 总体情况),
     * and with the comparison's findings and any wording problem of that paragraph added.
     */
    public Assessment compared(Assessment now, Comparison changes) {
        requireTable(now);
        Worded worded = new NoticeWording(now.settings(), rules, today).write(now.table(), now.tasks(), now.summary(),
                now.period(), changes);
        Set<Finding> findings = new LinkedHashSet<>(now.findings());
        findings.addAll(worded.findings());
        findings.addAll(changes.findings());
        return new Assessment(now.sheetName(), now.table(), now.tasks(), List.copyOf(findings), now.summary(),
                now.settings(), worded, now.period());
    }

    /**
     * The sheet 对比上期, whole: 类别, 序号, 目标任务, 牵头单位, 上期, 本期 (each a verdict word), a row a
     * task that moved, by kind; a removed task with the previous table's 序号. Written over any earlier one.
     */
    public SheetRows comparisonSheet(Comparison changes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("类别", "序号", "目标任务", "牵头单位", "上期", "本期"));
        for (Comparison.Change c : changes.changes()) {
            Task task = c.task();
            rows.add(List.of(c.kind().word(), task.serial().trim(), task.text().trim(), task.lead().trim(),
                    c.before() == null ? "" : c.before().verdict().word(),
                    c.now() == null ? "" : c.now().verdict().word()));
        }
        return new SheetRows(COMPARISON_SHEET, true, 0, rows, List.of(10, 6, 40, 16, 10, 10));
    }

    /** The league table of the lead departments (部门统计) with its chart, as compute writes it. */
    public SheetTable departmentTable(Assessment assessment) {
        requireTable(assessment);
        return DepartmentTable.of(DepartmentStanding.of(assessment.tasks()), assessment.period() != null,
                assessment.settings().numberStyle());
    }

    /**
     * A new table for {@code year} (null: the year after the earlier table's, else this year) and
     * {@code period} (null for a year's table), from an earlier table's tasks, settings and directory
     * ({@code earlier} null and {@code earlierSheets} empty to start from nothing).
     */
    public NewTable newTable(Assessment earlier, List<Grid> earlierSheets, String year, Period period) {
        if (earlier != null) {
            requireTable(earlier);
        }
        String nextYear = earlier == null ? null : TableTemplate.nextYear(earlier.table().year());
        String chosen = year != null ? year : nextYear != null ? nextYear : String.valueOf(today.getYear());
        return TableTemplate.of(chosen, period, earlier == null ? null : earlier.table(), earlierSheets);
    }

    /** The notice of an assessed table, worded by the workbook's 通报设置 sheet (or the defaults). */
    public NoticeDocument notice(Assessment assessment) {
        requireTable(assessment);
        return assessment.notice();
    }

    private static void requireTable(Assessment assessment) {
        if (!assessment.recognised()) {
            throw new IllegalStateException("no completion table: " + assessment.findings());
        }
    }
}
