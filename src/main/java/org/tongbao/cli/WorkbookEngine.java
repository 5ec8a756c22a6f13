package org.tongbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.tongbao.office.OfficeWorkbook;
import org.tongbao.poi.NewTableWorkbook;
import org.tongbao.poi.PoiWorkbook;
import org.tongbao.update.NewTable;
import org.tongbao.workbook.Workbook;

/**
 * The engine a command reads and writes the workbook with: {@code --engine poi} (the default:
 * Apache POI, .xlsx/.xls, no office) or {@code --engine office} (a headless LibreOffice the tool
 * starts for the one command and always stops; also .ods, which chooses it unless --engine says
 * otherwise). Everything else of a command is the same whichever it is.
 */
enum WorkbookEngine {
    POI {
        @Override
        Workbook open(Path input, boolean forCompute) throws IOException {
            // validate and notice only stream the cells; compute also needs POI's usermodel to write the copy
            return forCompute ? PoiWorkbook.edit(input) : PoiWorkbook.read(input);
        }

        @Override
        void writeNewTable(NewTable table, Path output) throws IOException, UsageException {
            if (!Main.extension(output).equals("xlsx")) {
                throw new UsageException("poi 引擎只写 .xlsx；要 .ods 请用 --engine office：" + output, false);
            }
            NewTableWorkbook.write(table, output);
        }

        @Override
        void checkComputeOutput(Path input, Path output) throws UsageException {
            String in = Main.extension(input);
            if (!Main.extension(output).equals(in)) {
                throw new UsageException("输出文件应与输入同为 ." + in + "：" + output, false);
            }
        }
    },
    OFFICE {
        @Override
        Workbook open(Path input, boolean forCompute) throws IOException {
            return OfficeWorkbook.open(input);
        }

        @Override
        void writeNewTable(NewTable table, Path output) throws IOException {
            OfficeWorkbook.writeNewTable(table, output);
        }

        @Override
        void checkComputeOutput(Path input, Path output) throws UsageException {
            if (!List.of("ods", "xlsx", "xls").contains(Main.extension(output))) {
                throw new UsageException("用 office 引擎时输出文件只能是 .ods、.xlsx 或 .xls：" + output, false);
            }
        }
    };

    /** Opens {@code input}; {@code forCompute} when a computed copy will be written from it. */
    abstract Workbook open(Path input, boolean forCompute) throws IOException;

    /** Writes a new table (.xlsx, or with the office also .ods), atomically. */
    abstract void writeNewTable(NewTable table, Path output) throws IOException, UsageException;

    /** Refuses a computed copy's type this engine cannot write for this input. */
    abstract void checkComputeOutput(Path input, Path output) throws UsageException;

    static Option option() {
        return Option.builder().longOpt("engine").hasArg().argName("poi|office")
                .desc("poi（默认）直接读写 .xlsx/.xls；office 用 LibreOffice，也读写 .ods（.ods 输入的默认）"
                        + " / poi (default) or office: a headless LibreOffice, also for .ods (the default for .ods input)")
                .get();
    }

    /** new-table's engine: --engine, else the office when the output or the --from table is .ods. */
    static WorkbookEngine forNewTable(CommandLine line) throws UsageException {
        if (line.hasOption("engine")) {
            return chosen(line);
        }
        boolean ods = Main.extension(Path.of(line.getOptionValue("output", "x"))).equals("ods")
                || (line.hasOption("from") && List.of("ods", "fods").contains(Main.extension(Path.of(line.getOptionValue("from")))));
        return ods ? OFFICE : POI;
    }

    /** --engine, else the inputs' type: any .ods among them chooses the office. */
    static WorkbookEngine chosen(CommandLine line) throws UsageException {
        String engine = line.getOptionValue("engine");
        if (engine == null) {
            List<String> files = new java.util.ArrayList<>(line.getArgList());
            if (line.hasOption("previous")) {
                files.add(line.getOptionValue("previous"));
            }
            boolean ods = files.stream().anyMatch(f -> List.of("ods", "fods").contains(Main.extension(Path.of(f))));
            return ods ? OFFICE : POI;
        }
        return switch (engine) {
            case "poi" -> POI;
            case "office" -> OFFICE;
            default -> throw new UsageException("--engine 只能是 poi|office，而不是 " + engine, true);
        };
    }
}
