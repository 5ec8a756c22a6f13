package org.tongbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.rules.RulesFailed;
import org.tongbao.script.ScriptRules;
import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.rules.Comparison;
import org.tongbao.rules.Summary;
import org.tongbao.table.Grid;
import org.tongbao.table.Task;
import org.tongbao.table.Period;
import org.tongbao.update.NewTable;
import org.tongbao.update.TableTemplate;
import org.tongbao.update.SheetRows;
import org.tongbao.workbook.Workbook;

/**
 * The command line: {@code java -jar tongbao.jar COMMAND [options] FILE}. One flow per command
 * over a {@link Workbook}, whichever engine opened it ({@link WorkbookEngine}), so both give the
 * same messages and exit codes. Exit codes: 0 done, 1 the table has errors, 2 usage error, 3 a
 * file could not be read or written (or no office for the office engine), 4 a defect of ours, 5 a rule
 * script failed (its message names the file, line and function; nothing was written).
 */
public final class Main {

    static final int OK = 0;
    static final int TABLE_ERRORS = 1;
    static final int USAGE = 2;
    static final int IO = 3;
    static final int INTERNAL = 4;
    static final int SCRIPT = 5;

    private final PrintStream out;
    private final PrintStream err;
    /** The engine with the shipped rules, or with the office's (--macros) once the options are read. */
    private Engine engine;

    Main(PrintStream out, PrintStream err, Engine engine) {
        this.out = out;
        this.err = err;
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ScriptRules.warmUp(); // Jython starts while the workbook is read
        System.exit(new Main(out, err, new Engine(ScriptRules.shippedWhenAsked(), LocalDate.now())).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printOverview(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        String command = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Options options = options(command);
        if (options == null) {
            err.println("未知命令「" + command + "」。Unknown command.");
            printOverview(err);
            return USAGE;
        }
        try {
            CommandLine line = new DefaultParser().parse(options, rest);
            if (line.hasOption("help")) {
                printUsage(out, command, options);
                return OK;
            }
            if (line.hasOption("macros")) {
                engine = engine.withRules(ScriptRules.withFolder(Path.of(line.getOptionValue("macros"))));
            }
            if (command.equals("new-table")) {
                return newTable(line, WorkbookEngine.forNewTable(line));
            }
            WorkbookEngine workbooks = WorkbookEngine.chosen(line);
            return switch (command) {
                case "validate" -> validate(line, workbooks);
                case "compute" -> compute(line, workbooks);
                case "settings" -> settings(line, workbooks);
                case "compare" -> compare(line, workbooks);
                default -> notice(line, workbooks);
            };
        } catch (ParseException | UsageException e) {
            err.println("用法错误：" + e.getMessage());
            if (!(e instanceof UsageException u) || u.showUsage()) {
                printUsage(err, command, options);
            }
            return USAGE;
        } catch (IOException e) {
            err.println("错误：" + e.getMessage());
            return IO;
        } catch (RulesFailed e) {
            err.println(e.getMessage());
            err.println("没有写出任何文件。/ Nothing was written.");
            return SCRIPT;
        } catch (RuntimeException e) {
            // A defect of ours, not of the input: one line to report, no stack trace for staff.
            err.println("内部错误，请把此行和所用文件报告给维护人员 / internal error: " + e);
            return INTERNAL;
        }
    }

    private int validate(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        Path input = input(line);
        String format = format(line, "text", "json");
        try (Workbook workbook = workbooks.open(input, false)) {
            Assessment a = assess(workbook.sheets(), line.getOptionValue("sheet"));
            report(a, format);
            return a.hasErrors() ? TABLE_ERRORS : OK;
        }
    }

    /**
     * A table not recognised gives its findings and no copy; a recognised one gets its copy
     * written, errors or not (exit 1 when it has errors).
     */
    private int compute(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        Path input = input(line);
        Path output = output(line, input);
        String format = format(line, "text", "json");
        workbooks.checkComputeOutput(input, output);
        checkOutputFolder(output);
        Assessment a;
        try (Workbook workbook = workbooks.open(input, true)) {
            a = assess(workbook.sheets(), line.getOptionValue("sheet"));
            if (!a.recognised()) {
                report(a, format);
                return TABLE_ERRORS;
            }
            workbook.writeComputed(engine.sheetUpdate(a), engine.departmentTable(a), output);
        }
        report(a, format);
        if (format.equals("text")) {
            out.println("已写入：" + output);
        }
        return a.hasErrors() ? TABLE_ERRORS : OK;
    }

    /**
     * A copy of the workbook with a 通报设置 sheet holding every key (its default and a note), or
     * with the keys its sheet lacks added below: where an office starts wording its notice.
     */
    private int settings(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        Path input = input(line);
        Path output = output(line, input);
        workbooks.checkComputeOutput(input, output);
        checkOutputFolder(output);
        SheetRows rows;
        try (Workbook workbook = workbooks.open(input, true)) {
            rows = engine.settingsSheet(workbook.sheets());
            workbook.writeRows(rows, output);
        }
        int keys = rows.newSheet() ? rows.rows().size() - 1 : rows.rows().size();
        out.println((rows.newSheet() ? "已添加工作表「" + rows.sheetName() + "」，共" + keys + "项设置"
                : keys == 0 ? "工作表「" + rows.sheetName() + "」已有全部设置项" : "已在工作表「" + rows.sheetName()
                + "」末尾补上" + keys + "项设置") + "：" + output);
        return OK;
    }

    /**
     * A new workbook for the year or period: the table's title, header, drop-downs and print setup,
     * with --from an earlier table's tasks, departments and targets (figures empty), settings and directory.
     */
    private int newTable(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("new-table 不读取 FILE；要沿用旧表请写 --from " + line.getArgList().get(0), true);
        }
        String o = line.getOptionValue("output");
        if (o == null) {
            throw new UsageException("缺少输出文件 -o OUT.xlsx|.ods", true);
        }
        Path output = Path.of(o);
        if (!List.of("xlsx", "ods").contains(extension(output))) {
            throw new UsageException("新表只能写成 .xlsx 或 .ods：" + output, false);
        }
        String year = line.getOptionValue("year");
        if (year != null && !year.matches("(19|20)\\d{2}")) {
            throw new UsageException("--year 应是四位年份，如 2025，而不是 " + year, true);
        }
        Period period;
        try {
            period = line.hasOption("period") ? TableTemplate.period(line.getOptionValue("period")) : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), true);
        }
        Path from = line.hasOption("from") ? Path.of(line.getOptionValue("from")) : null;
        if (from != null) {
            output(line, from);
        }
        checkOutputFolder(output);
        Assessment earlier = null;
        List<Grid> sheets = List.of();
        if (from != null) {
            try (Workbook workbook = workbooks.open(from, false)) {
                sheets = workbook.sheets();
                earlier = assess(sheets, line.getOptionValue("sheet"));
            }
            if (!earlier.recognised()) {
                report(earlier, "text");
                err.println("未能在 " + from.getFileName() + " 中识别完成情况表，未生成新表");
                return TABLE_ERRORS;
            }
        }
        NewTable table = engine.newTable(earlier, sheets, year, period);
        workbooks.writeNewTable(table, output);
        long tasks = table.rows().stream().filter(r -> r.get(1) != null).count();
        out.println("已生成「" + table.titleRows().get(table.titleRows().size() - 1) + "」"
                + (from == null ? "" : "，沿用 " + from.getFileName() + " 的" + tasks + "项任务") + "：" + output);
        return OK;
    }

    private int notice(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        Path input = input(line);
        Path output = output(line, input);
        String kind = extension(output);
        if (!List.of("docx", "odt", "pdf").contains(kind)) {
            throw new UsageException("通报只能写成 .docx、.odt 或 .pdf：" + output, false);
        }
        String format = format(line, null, "text", "json");
        checkOutputFolder(output);
        Assessment previous = null;
        if (line.hasOption("previous")) {
            previous = previous(Path.of(line.getOptionValue("previous")), line.getOptionValue("sheet"), workbooks);
            if (!previous.recognised()) {
                err.println("上期表格中没有找到完成情况表，未生成通报：");
                previous.findings().forEach(f -> err.println(f.describe()));
                return TABLE_ERRORS;
            }
        }
        NoticeDocument notice;
        Assessment a;
        try (Workbook workbook = workbooks.open(input, false)) {
            a = assess(workbook.sheets(), line.getOptionValue("sheet"));
            if (previous != null && a.recognised()) {
                a = engine.compared(a, engine.compare(previous, a));
            }
            notice = checkedNotice(a, line.hasOption("force"));
            if (notice == null) {
                return TABLE_ERRORS;
            }
            workbook.writeNotice(notice, output);
        }
        if ("json".equals(format)) {
            out.println(Json.of(a));
        }
        noticeWritten(notice, format, output);
        return OK;
    }

    /**
     * What changed since the previous table: the four lists (this table's 序号), then the tasks that
     * appear or disappear as findings. Exit 1 when either table is not recognised.
     */
    private int compare(CommandLine line, WorkbookEngine workbooks) throws UsageException, IOException {
        List<String> files = line.getArgList();
        if (files.size() < 2) {
            throw new UsageException("compare 需要两个工作簿：上期的 OLD 和本期的 NEW", true);
        }
        if (files.size() > 2) {
            throw new UsageException("只能给出两个工作簿文件，多出：" + String.join(" ", files.subList(2, files.size())), true);
        }
        String format = format(line, "text", "json");
        String sheet = line.getOptionValue("sheet");
        Assessment previous = previous(Path.of(files.get(0)), sheet, workbooks);
        Assessment now;
        try (Workbook workbook = workbooks.open(Path.of(files.get(1)), false)) {
            now = assess(workbook.sheets(), sheet);
        }
        if (!previous.recognised() || !now.recognised()) {
            List<Finding> why = new ArrayList<>();
            if (!previous.recognised()) {
                why.addAll(previous.findings());
            }
            if (!now.recognised()) {
                why.addAll(now.findings());
            }
            Comparison none = new Comparison(List.of(), why);
            if (format.equals("json")) {
                out.println(Json.of(none, previous.sheetName(), now.sheetName()));
            } else {
                out.println((previous.recognised() ? "本期" : now.recognised() ? "上期" : "上期和本期")
                        + "表格中没有找到完成情况表，无法对比：");
                why.forEach(f -> out.println(f.describe()));
            }
            return TABLE_ERRORS;
        }
        if (previous.hasErrors() || now.hasErrors()) {
            err.println("注意：" + (previous.hasErrors() ? now.hasErrors() ? "上期和本期" : "上期" : "本期")
                    + "表格有错误（validate 可列出），对比按表中现有内容判断。");
        }
        Comparison changes = engine.compare(previous, now);
        if (format.equals("json")) {
            out.println(Json.of(changes, previous.sheetName(), now.sheetName()));
            return OK;
        }
        out.println("上期：" + files.get(0) + " 工作表「" + previous.sheetName() + "」；本期：" + files.get(1) + " 工作表「"
                + now.sheetName() + "」");
        for (Comparison.Kind kind : List.of(Comparison.Kind.NEWLY_COMPLETED, Comparison.Kind.NEWLY_BEHIND,
                Comparison.Kind.NO_LONGER_BEHIND, Comparison.Kind.STILL_BEHIND)) {
            List<Comparison.Change> moved = changes.of(kind);
            out.println(kind.word() + (moved.isEmpty() ? "：无" : " " + moved.size() + "项："));
            for (Comparison.Change c : moved) {
                Task before = c.before().task();
                Task task = c.now().task();
                boolean renumbered = !before.serial().trim().equals(task.serial().trim());
                out.println("  第" + task.serial().trim() + "项 " + task.text().trim() + "（上期"
                        + (renumbered ? "第" + before.serial().trim() + "项，" : "") + c.before().verdict().word()
                        + "；本期" + c.now().verdict().word() + "）");
            }
        }
        changes.findings().forEach(f -> out.println(f.describe()));
        return OK;
    }

    /** The previous table: on the sheet named like this one's when it has one, else on the first that holds a table. */
    private Assessment previous(Path file, String sheet, WorkbookEngine workbooks) throws IOException {
        try (Workbook workbook = workbooks.open(file, false)) {
            List<Grid> sheets = workbook.sheets();
            return engine.assess(sheets, sheet != null ? sheet : sheets.isEmpty() ? null : sheets.get(0).sheetName());
        }
    }

    /** Said before any engine starts, in the same words whichever engine writes the file. */
    private static void checkOutputFolder(Path output) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        String name = output.getFileName().toString();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("无法写入文件 " + name + "：所在文件夹不存在");
        }
        if (Files.isDirectory(output)) {
            throw new IOException("无法写入文件 " + name + "：这是一个文件夹");
        }
    }

    /** The notice, or null (after saying why on stderr) when errors in the table refuse it. */
    private NoticeDocument checkedNotice(Assessment a, boolean force) {
        if (!a.recognised() || (a.hasErrors() && !force)) {
            err.println("表格有错误，未生成通报（确认无误后可加 --force 强制生成）：");
            a.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> err.println(f.describe()));
            return null;
        }
        return a.notice();
    }

    private void noticeWritten(NoticeDocument notice, String format, Path output) {
        if ("text".equals(format)) {
            out.print(notice.plainText());
        }
        err.println("通报已写入：" + output);
    }

    private Assessment assess(List<Grid> sheets, String sheet) throws UsageException {
        if (sheet != null && sheets.stream().noneMatch(g -> g.sheetName().equals(sheet))) {
            throw new UsageException("工作簿中没有名为「" + sheet + "」的工作表（有："
                    + String.join("、", sheets.stream().map(Grid::sheetName).toList()) + "）", false);
        }
        if (sheet != null) {
            return engine.assessSheet(sheets, sheet); // the user named it: no other sheet stands in
        }
        return engine.assess(sheets, sheets.isEmpty() ? null : sheets.get(0).sheetName());
    }

    private void report(Assessment a, String format) {
        if (format.equals("json")) {
            out.println(Json.of(a));
            return;
        }
        for (Finding f : a.findings()) {
            out.println(f.describe());
        }
        out.println("错误 " + a.count(Severity.ERROR) + " 项，警告 " + a.count(Severity.WARNING) + " 项，提示 "
                + a.count(Severity.INFO) + " 项。");
        Summary s = a.summary();
        if (s != null && s.schedule() != null) {
            Summary.OnSchedule p = s.schedule();
            out.println("工作表「" + a.sheetName() + "」：" + (p.period().isEmpty() ? "" : p.period()) + "序时进度" + p.share()
                    + "，共" + s.total() + "项任务，达到序时进度" + p.onSchedule() + "项（" + p.onScheduleShare() + "），其中已完成"
                    + s.completed() + "项、超进度" + p.ahead() + "项；未达序时进度" + p.behind() + "项（" + p.behindShare()
                    + "）；成效明显" + s.notable() + "项。");
        } else if (s != null) {
            out.println("工作表「" + a.sheetName() + "」：共" + s.total() + "项任务，已完成" + s.completed() + "项（"
                    + s.completedShare() + "），其中成效明显" + s.notable() + "项；未完成" + s.unfinished() + "项（"
                    + s.unfinishedShare() + "）。");
        }
    }

    static Path input(CommandLine line) throws UsageException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("缺少要读取的工作簿文件 FILE", true);
        }
        if (files.size() > 1) {
            throw new UsageException("只能给出一个工作簿文件，多出：" + String.join(" ", files.subList(1, files.size())), true);
        }
        return Path.of(files.get(0));
    }

    static Path output(CommandLine line, Path input) throws UsageException {
        String o = line.getOptionValue("output");
        if (o == null) {
            throw new UsageException("缺少输出文件 -o OUT", true);
        }
        Path output = Path.of(o);
        if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            throw new UsageException("输出文件不能是输入文件本身（tongbao 从不改动原表）：" + o, false);
        }
        return output;
    }

    static String format(CommandLine line, String dflt, String... allowed) throws UsageException {
        String f = line.getOptionValue("format", dflt == null ? null : dflt);
        if (f == null) {
            return null;
        }
        List<String> ok = new ArrayList<>(List.of(allowed));
        if (dflt != null) {
            ok.add(dflt);
        }
        if (!ok.contains(f)) {
            throw new UsageException("--format 只能是 " + String.join("|", ok.stream().distinct().toList()) + "，而不是 " + f, true);
        }
        return f;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Options options(String command) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("显示本命令的用法 / show this help").get());
        o.addOption(Option.builder().longOpt("sheet").hasArg().argName("NAME")
                .desc("完成情况表所在的工作表（默认第一张）/ sheet holding the table").get());
        o.addOption(WorkbookEngine.option());
        o.addOption(Option.builder().longOpt("macros").hasArg().argName("DIR")
                .desc("本单位的规则脚本文件夹（*.py，按函数覆盖自带的 macros/）/ the office's rule scripts, over the shipped ones")
                .get());
        switch (command) {
            case "validate" -> o.addOption(formatOption("text|json"));
            case "compute" -> {
                o.addOption(outputOption("写出的工作簿副本 / the computed copy to write"));
                o.addOption(formatOption("text|json"));
            }
            case "settings" -> o.addOption(outputOption("加上通报设置工作表的副本 / the copy with a 通报设置 sheet"));
            case "new-table" -> {
                o.addOption(outputOption("新表 .xlsx/.ods / the new workbook"));
                o.addOption(Option.builder().longOpt("year").hasArg().argName("YYYY")
                        .desc("年度（默认：--from 表的下一年，否则今年）/ the year (default: the one after --from's, else this year)").get());
                o.addOption(Option.builder().longOpt("period").hasArg().argName("1-6月")
                        .desc("期间，如 1-6月、上半年、前三季度（不给为全年）/ the period, none for the whole year").get());
                o.addOption(Option.builder().longOpt("from").hasArg().argName("LAST")
                        .desc("沿用这张旧表的任务、单位、目标值、通报设置和部门名录 / carry tasks, targets, settings and directory of this table").get());
            }
            case "notice" -> {
                o.addOption(outputOption("通报文件 .docx/.odt/.pdf / the notice to write"));
                o.addOption(Option.builder().longOpt("format").hasArg().argName("text|json")
                        .desc("text：同时在标准输出打印通报全文；json：打印校验结果和汇总 / also print the notice's text, or the findings and summary as JSON").get());
                o.addOption(Option.builder().longOpt("force")
                        .desc("表格有错误时仍生成通报 / write the notice despite table errors").get());
                o.addOption(Option.builder().longOpt("previous").hasArg().argName("OLD")
                        .desc("上期的工作簿：总体情况后加一段与上期的对比 / the previous workbook: say what changed since").get());
            }
            case "compare" -> o.addOption(formatOption("text|json"));
            default -> {
                return null;
            }
        }
        return o;
    }

    private static Option outputOption(String desc) {
        return Option.builder("o").longOpt("output").hasArg().argName("OUT").desc(desc).get();
    }

    private static Option formatOption(String values) {
        return Option.builder().longOpt("format").hasArg().argName(values).desc("输出格式 / output format").get();
    }

    private static void printUsage(PrintStream stream, String command, Options options) {
        PrintWriter w = new PrintWriter(stream, true, StandardCharsets.UTF_8);
        String syntax = switch (command) {
            case "validate" -> "java -jar tongbao.jar validate FILE [--sheet NAME] [--format text|json] [--engine poi|office] [--macros DIR]";
            case "compute" -> "java -jar tongbao.jar compute FILE -o OUT [--sheet NAME] [--format text|json] [--engine poi|office] [--macros DIR]";
            case "settings" -> "java -jar tongbao.jar settings FILE -o OUT [--engine poi|office] [--macros DIR]";
            case "compare" -> "java -jar tongbao.jar compare OLD NEW [--sheet NAME] [--format text|json] [--engine poi|office] [--macros DIR]";
            case "new-table" -> "java -jar tongbao.jar new-table -o OUT.xlsx|.ods [--year 2025] [--period 1-6月] [--from LAST.xlsx [--sheet NAME]] [--engine poi|office] [--macros DIR]";
            default -> "java -jar tongbao.jar notice FILE -o OUT.docx|.odt|.pdf [--sheet NAME] [--format text] [--force] [--previous OLD] [--engine poi|office] [--macros DIR]";
        };
        new HelpFormatter().printHelp(w, 100, syntax, null, options, 2, 2, null);
        w.flush();
    }

    private static void printOverview(PrintStream stream) {
        stream.println("tongbao 通报 — 目标任务完成情况表的校验、计算与通报生成");
        stream.println("用法 / usage: java -jar tongbao.jar COMMAND [options] FILE");
        stream.println("  validate  校验完成情况表，列出问题 / check the table");
        stream.println("  compute   计算增速、完成率等并标注，写出副本 / compute figures into a copy");
        stream.println("  settings  在副本中加上“通报设置”工作表（每项设置、默认值和说明）/ add the 通报设置 sheet to a copy");
        stream.println("  new-table 新建完成情况表（可沿用旧表的任务、设置和部门名录）/ a new table, optionally from last year's");
        stream.println("  notice    生成通报 .docx/.odt/.pdf / write the notice");
        stream.println("  compare   对比上期和本期的表格：新完成、新滞后、不再滞后、持续滞后 / what changed since the previous table");
        stream.println("  --engine poi|office  poi（默认）直接读写 .xlsx/.xls；office 启动无界面 LibreOffice 读写，");
        stream.println("                       也能读写 .ods（.ods 输入默认用 office）/ office drives a headless LibreOffice, also for .ods");
        stream.println("  --macros DIR         本单位的规则脚本（*.py），按函数覆盖自带的规则和措辞 / the office's own rule scripts");
        stream.println("每个命令都有 --help。退出码：0 成功，1 表格有错误，2 用法错误，3 文件无法读写（或未找到 LibreOffice），4 程序内部错误，");
        stream.println("5 规则脚本出错或超时（未写出任何文件）。");
    }
}
