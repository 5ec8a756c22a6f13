package org.tongbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.office.OfficeWorkbook;

/**
 * The commands with {@code --engine office}: the workbook read (and the computed copy written)
 * by a headless LibreOffice the tool starts for the one command and always stops
 * ({@link OfficeWorkbook}), the same {@link Engine} in between. Reads and writes .ods as well as
 * .xlsx/.xls; .ods input chooses this engine unless {@code --engine poi} says otherwise.
 */
final class OfficeCommands {

    static final String OFFICE = "office";
    static final String POI = "poi";
    /** Outputs of compute the office can store. */
    static final List<String> WORKBOOK_TYPES = List.of("ods", "xlsx", "xls");

    private final Main main;
    private final Engine engine;

    OfficeCommands(Main main, Engine engine) {
        this.main = main;
        this.engine = engine;
    }

    static Option engineOption() {
        return Option.builder().longOpt("engine").hasArg().argName("poi|office")
                .desc("poi（默认）直接读写 .xlsx/.xls；office 用 LibreOffice，也读写 .ods（.ods 输入的默认）"
                        + " / poi (default) or office: a headless LibreOffice, also for .ods (the default for .ods input)")
                .get();
    }

    /** Whether the command runs on the office engine: --engine, else the input's type. */
    static boolean chosen(CommandLine line) throws UsageException {
        String engine = line.getOptionValue("engine");
        if (engine == null) {
            List<String> files = line.getArgList();
            return files.size() == 1 && List.of("ods", "fods").contains(Main.extension(Path.of(files.get(0))));
        }
        if (!engine.equals(OFFICE) && !engine.equals(POI)) {
            throw new UsageException("--engine 只能是 poi|office，而不是 " + engine, true);
        }
        return engine.equals(OFFICE);
    }

    int run(String command, CommandLine line) throws UsageException, IOException {
        return switch (command) {
            case "validate" -> validate(line);
            case "compute" -> compute(line);
            default -> notice(line);
        };
    }

    private int validate(CommandLine line) throws UsageException, IOException {
        Path input = Main.input(line);
        String format = Main.format(line, "text", "json");
        try (OfficeWorkbook workbook = OfficeWorkbook.open(input)) {
            Assessment a = main.assess(workbook.sheets(), line.getOptionValue("sheet"));
            main.report(a, format);
            return a.hasErrors() ? Main.TABLE_ERRORS : Main.OK;
        }
    }

    private int compute(CommandLine line) throws UsageException, IOException {
        Path input = Main.input(line);
        Path output = Main.output(line, input);
        String format = Main.format(line, "text", "json");
        if (!WORKBOOK_TYPES.contains(Main.extension(output))) {
            throw new UsageException("用 office 引擎时输出文件只能是 .ods、.xlsx 或 .xls：" + output, false);
        }
        Assessment a;
        try (OfficeWorkbook workbook = OfficeWorkbook.open(input)) {
            a = main.assess(workbook.sheets(), line.getOptionValue("sheet"));
            if (!a.recognised()) {
                main.report(a, format);
                return Main.TABLE_ERRORS;
            }
            workbook.writeComputed(engine.sheetUpdate(a), output);
        }
        main.report(a, format);
        if (format.equals("text")) {
            main.out().println("已写入：" + output);
        }
        return a.hasErrors() ? Main.TABLE_ERRORS : Main.OK;
    }

    private int notice(CommandLine line) throws UsageException, IOException {
        Path input = Main.input(line);
        Path output = Main.output(line, input);
        String kind = Main.extension(output);
        if (!List.of("docx", "odt", "pdf").contains(kind)) {
            throw new UsageException("通报只能写成 .docx、.odt 或 .pdf：" + output, false);
        }
        String format = Main.format(line, null, "text");
        NoticeDocument notice;
        try (OfficeWorkbook workbook = OfficeWorkbook.open(input)) {
            Assessment a = main.assess(workbook.sheets(), line.getOptionValue("sheet"));
            notice = main.checkedNotice(a, line.hasOption("force"));
            if (notice == null) {
                return Main.TABLE_ERRORS;
            }
            NoticeFiles.write(notice, output, workbook::writeNotice);
        }
        main.noticeWritten(notice, format, output);
        return Main.OK;
    }
}
