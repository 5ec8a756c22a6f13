package org.tongbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.poi.EditableWorkbook;
import org.tongbao.poi.WorkbookException;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.rules.Summary;
import org.tongbao.table.Grid;

/**
 * The command line: {@code java -jar tongbao.jar COMMAND [options] FILE}. Exit codes: 0 done,
 * 1 the table has errors, 2 usage error, 3 a file could not be read or written, 4 a defect of ours.
 */
public final class Main {

    static final int OK = 0;
    static final int TABLE_ERRORS = 1;
    static final int USAGE = 2;
    static final int IO = 3;
    static final int INTERNAL = 4;

    private final PrintStream out;
    private final PrintStream err;
    private final Engine engine;

    Main(PrintStream out, PrintStream err, Engine engine) {
        this.out = out;
        this.err = err;
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err, new Engine()).run(args));
    }

    PrintStream out() {
        return out;
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
            if (OfficeCommands.chosen(line)) {
                return new OfficeCommands(this, engine).run(command, line);
            }
            return switch (command) {
                case "validate" -> validate(line);
                case "compute" -> compute(line);
                default -> notice(line);
            };
        } catch (ParseException | UsageException e) {
            err.println("用法错误：" + e.getMessage());
            if (!(e instanceof UsageException u) || u.showUsage()) {
                printUsage(err, command, options);
            }
            return USAGE;
        } catch (WorkbookException | IOException e) {
            err.println("错误：" + e.getMessage());
            return IO;
        } catch (RuntimeException e) {
            // A defect of ours, not of the input: one line to report, no stack trace for staff.
            err.println("内部错误，请把此行和所用文件报告给维护人员 / internal error: " + e);
            return INTERNAL;
        }
    }

    private int validate(CommandLine line) throws UsageException, WorkbookException {
        Path input = input(line);
        String format = format(line, "text", "json");
        Assessment a = assess(input, line.getOptionValue("sheet"));
        report(a, format);
        return a.hasErrors() ? TABLE_ERRORS : OK;
    }

    private int compute(CommandLine line) throws UsageException, WorkbookException {
        Path input = input(line);
        Path output = output(line, input);
        String format = format(line, "text", "json");
        String in = extension(input);
        if (!extension(output).equals(in)) {
            throw new UsageException("输出文件应与输入同为 ." + in + "：" + output, false);
        }
        Assessment a;
        try (EditableWorkbook workbook = EditableWorkbook.open(input)) { // one read for both steps
            a = assess(workbook.grids(), line.getOptionValue("sheet"));
            if (!a.recognised()) {
                report(a, format);
                return TABLE_ERRORS;
            }
            workbook.writeUpdated(output, engine.sheetUpdate(a));
        }
        report(a, format);
        if (format.equals("text")) {
            out.println("已写入：" + output);
        }
        return a.hasErrors() ? TABLE_ERRORS : OK;
    }

    private int notice(CommandLine line) throws UsageException, WorkbookException, IOException {
        Path input = input(line);
        Path output = output(line, input);
        String kind = extension(output);
        if (!List.of("docx", "odt", "pdf").contains(kind)) {
            throw new UsageException("通报只能写成 .docx、.odt 或 .pdf：" + output, false);
        }
        String format = format(line, null, "text");
        Assessment a = assess(input, line.getOptionValue("sheet"));
        NoticeDocument notice = checkedNotice(a, line.hasOption("force"));
        if (notice == null) {
            return TABLE_ERRORS;
        }
        NoticeFiles.write(notice, output, NoticeFiles::convertedPdf);
        noticeWritten(notice, format, output);
        return OK;
    }

    /** The notice, or null (after saying why on stderr) when table errors or template problems refuse it. */
    NoticeDocument checkedNotice(Assessment a, boolean force) {
        if (!a.recognised() || (a.hasErrors() && !force)) {
            err.println("表格有错误，未生成通报（确认无误后可加 --force 强制生成）：");
            a.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> err.println(f.describe()));
            return null;
        }
        List<Finding> problems = new ArrayList<>();
        NoticeDocument notice = engine.notice(a, problems);
        if (!problems.isEmpty() && !force) {
            err.println("通报模板有问题，未生成通报（可加 --force 强制生成）：");
            problems.forEach(f -> err.println(f.describe()));
            return null;
        }
        return notice;
    }

    void noticeWritten(NoticeDocument notice, String format, Path output) {
        if ("text".equals(format)) {
            out.print(notice.plainText());
        }
        err.println("通报已写入：" + output);
    }

    private Assessment assess(Path input, String sheet) throws WorkbookException, UsageException {
        return assess(WorkbookReader.read(input), sheet);
    }

    Assessment assess(List<Grid> sheets, String sheet) throws UsageException {
        if (sheet != null && sheets.stream().noneMatch(g -> g.sheetName().equals(sheet))) {
            throw new UsageException("工作簿中没有名为「" + sheet + "」的工作表（有："
                    + String.join("、", sheets.stream().map(Grid::sheetName).toList()) + "）", false);
        }
        return engine.assess(sheets, sheet != null ? sheet : sheets.isEmpty() ? null : sheets.get(0).sheetName());
    }

    void report(Assessment a, String format) {
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
        if (s != null) {
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
        o.addOption(OfficeCommands.engineOption());
        switch (command) {
            case "validate" -> o.addOption(formatOption("text|json"));
            case "compute" -> {
                o.addOption(outputOption("写出的工作簿副本 / the computed copy to write"));
                o.addOption(formatOption("text|json"));
            }
            case "notice" -> {
                o.addOption(outputOption("通报文件 .docx/.odt/.pdf / the notice to write"));
                o.addOption(Option.builder().longOpt("format").hasArg().argName("text")
                        .desc("text：同时在标准输出打印通报全文 / also print the notice's text").get());
                o.addOption(Option.builder().longOpt("force")
                        .desc("表格有错误时仍生成通报 / write the notice despite table errors").get());
            }
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
            case "validate" -> "java -jar tongbao.jar validate FILE [--sheet NAME] [--format text|json] [--engine poi|office]";
            case "compute" -> "java -jar tongbao.jar compute FILE -o OUT [--sheet NAME] [--format text|json] [--engine poi|office]";
            default -> "java -jar tongbao.jar notice FILE -o OUT.docx|.odt|.pdf [--sheet NAME] [--format text] [--force] [--engine poi|office]";
        };
        new HelpFormatter().printHelp(w, 100, syntax, null, options, 2, 2, null);
        w.flush();
    }

    private static void printOverview(PrintStream stream) {
        stream.println("tongbao 通报 — 目标任务完成情况表的校验、计算与通报生成");
        stream.println("用法 / usage: java -jar tongbao.jar COMMAND [options] FILE");
        stream.println("  validate  校验完成情况表，列出问题 / check the table");
        stream.println("  compute   计算增速、完成率等并标注，写出副本 / compute figures into a copy");
        stream.println("  notice    生成通报 .docx/.odt/.pdf / write the notice");
        stream.println("  --engine poi|office  poi（默认）直接读写 .xlsx/.xls；office 启动无界面 LibreOffice 读写，");
        stream.println("                       也能读写 .ods（.ods 输入默认用 office）/ office drives a headless LibreOffice, also for .ods");
        stream.println("每个命令都有 --help。退出码：0 成功，1 表格有错误，2 用法错误，3 文件无法读写（或未找到 LibreOffice），4 程序内部错误。");
    }
}
