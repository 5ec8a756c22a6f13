package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.check.Severity;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.CellError;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;

/**
 * Fuzzing: the sample and the corpus of other offices' tables mutated at random ({@link Mutator},
 * fixed seed). Every mutant goes through the engine in memory as validate, compute and notice
 * use it — assessed, its computed columns made, its notice worded even with errors (as --force
 * would) — and every tenth is written as a workbook and run through the command line. Nothing may
 * throw, a table not recognised must say why in an error finding, and the command line may only
 * exit 0, 1, or 3 with one line.
 *
 * CI runs 300 mutants; the long run is
 * {@code mvn -B -o test -Dtest=FuzzTest#mutantsNeverBreakTheTool -Dfuzz.mutants=10000} (-Dfuzz.seed=N for
 * another seed); a failure names the mutant, its seed and what was done to it.
 */
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_260_413L);
    static final int MUTANTS = Integer.getInteger("fuzz.mutants", 300);
    /** The first mutant's number: -Dfuzz.from=N -Dfuzz.mutants=1 makes mutant N alone again. */
    static final int FROM = Integer.getInteger("fuzz.from", 0);
    static final int EVERY_FILE = 10;

    @TempDir
    Path dir;

    record Seed(String file, List<Grid> grids, String sheet) {
    }

    @Test
    void mutantsNeverBreakTheTool() throws Exception {
        List<Seed> seeds = seeds();
        Engine engine = org.tongbao.Engines.shipped(CommandRun.DAY);
        CommandRun cli = new CommandRun();
        int findingsOnly = 0;
        int unrecognised = 0;
        int files = 0;
        long start = System.nanoTime();
        for (int i = FROM; i < FROM + MUTANTS; i++) {
            Seed seed = seeds.get(i % seeds.size());
            Mutator mutator = new Mutator(new Random(SEED * 31 + i));
            List<Grid> mutant = mutator.mutate(seed.grids(), seed.sheet());
            String which = "mutant " + i + " of seed " + SEED + " (" + seed.file() + ": " + mutator.log + ")";
            try {
                Assessment a = engine.assess(mutant, seed.sheet());
                if (a.recognised()) {
                    engine.sheetUpdate(a);
                    assertFalse(engine.notice(a).plainText().isBlank(), which + ": an empty notice");
                    findingsOnly += a.hasErrors() ? 1 : 0;
                } else {
                    unrecognised++;
                    assertTrue(a.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR),
                            which + ": not recognised, and no error says why");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(which + " threw", e);
            }
            if (i % EVERY_FILE == 0 || MUTANTS == 1) {
                runCommands(cli, write(mutant, seed.file(), i), which);
                files++;
            }
        }
        System.out.printf("fuzz: seed %d, %d mutants survived (%d with error findings, %d tables not recognised),"
                + " %d also through the command line, in %d s%n", SEED, MUTANTS, findingsOnly, unrecognised, files,
                (System.nanoTime() - start) / 1_000_000_000);
    }

    @Test
    void theMutatorChangesSomethingAndRepeatsItself() throws Exception {
        Seed sample = seeds().get(0);
        List<Grid> a = new Mutator(new Random(7)).mutate(sample.grids(), sample.sheet());
        List<Grid> b = new Mutator(new Random(7)).mutate(sample.grids(), sample.sheet());
        assertEquals(dump(a), dump(b), "the same seed gives the same mutant");
        int changed = 0;
        for (int i = 0; i < 20; i++) {
            changed += dump(new Mutator(new Random(i)).mutate(sample.grids(), sample.sheet())).equals(dump(sample.grids()))
                    ? 0 : 1;
        }
        assertTrue(changed >= 15, changed + " of 20 mutants differ from the sample");
    }

    private void runCommands(CommandRun cli, Path file, String which) throws Exception {
        String ext = Main.extension(file);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path copy = out.resolve("copy." + ext);
        Path notice = out.resolve("通报.docx");
        String before = MainTest.hash(file);
        if (System.getProperty("fuzz.keep") != null) { // -Dfuzz.keep=FOLDER keeps the mutant's file to look at
            Files.copy(file, Path.of(System.getProperty("fuzz.keep")).resolve(file.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String[][] commands = {
            {"validate", file.toString()},
            {"compute", file.toString(), "-o", copy.toString()},
            {"notice", file.toString(), "-o", notice.toString(), "--force"},
        };
        for (String[] args : commands) {
            int exit = cli.run(args);
            String said = cli.out() + cli.err();
            if (exit == 4 || exit == 2 || said.contains("Exception") || said.contains("\tat ")) {
                fail(which + ": " + args[0] + " exited " + exit + ":\n" + said);
            }
            if (exit == 3) {
                assertEquals(1, cli.err().strip().lines().count(), which + ": " + args[0] + ": " + cli.err());
            }
        }
        assertEquals(before, MainTest.hash(file), which + ": the input changed");
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.allMatch(p -> !p.getFileName().toString().startsWith(".")), which + ": a temporary file left");
        }
        Files.delete(file);
        Files.deleteIfExists(copy);
        Files.deleteIfExists(notice);
    }

    static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(seed(MainTest.SAMPLE));
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path file : corpus.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls"))
                    .sorted().toList()) {
                seeds.add(seed(file));
            }
        }
        return seeds;
    }

    private static Seed seed(Path file) throws IOException {
        List<Grid> grids = WorkbookReader.read(file);
        return new Seed(file.getFileName().toString(), grids, grids.get(0).sheetName());
    }

    /** The grids as a workbook of the seed's type: values, and merges of two or more cells. */
    private Path write(List<Grid> grids, String seedFile, int i) throws IOException {
        boolean xls = seedFile.endsWith(".xls");
        Path file = dir.resolve("mutant-" + i + (xls ? ".xls" : ".xlsx"));
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            int maxRows = wb.getSpreadsheetVersion().getMaxRows();
            int maxColumns = wb.getSpreadsheetVersion().getMaxColumns();
            for (Grid g : grids) {
                Sheet sheet = wb.createSheet(g.sheetName());
                for (int r = 0; r < Math.min(g.rowCount(), maxRows); r++) {
                    Row row = null;
                    for (int c = 0; c < Math.min(g.columnCount(), maxColumns); c++) {
                        Object v = g.value(r, c);
                        if (v == null) {
                            continue;
                        }
                        row = row == null ? sheet.createRow(r) : row;
                        Cell cell = row.createCell(c);
                        if (v instanceof Double d) {
                            cell.setCellValue(d);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof CellError e) {
                            cell.setCellErrorValue(FormulaError.forString(e.code()).getCode());
                        } else {
                            cell.setCellValue((String) v);
                        }
                    }
                }
                for (CellRange m : g.merges()) {
                    if (m.lastRow() < maxRows && m.lastColumn() < maxColumns) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(),
                                m.lastColumn()));
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static String dump(List<Grid> grids) {
        StringBuilder s = new StringBuilder();
        for (Grid g : grids) {
            s.append(g.sheetName()).append(g.merges());
            for (int r = 0; r < g.rowCount(); r++) {
                for (int c = 0; c < g.columnCount(); c++) {
                    s.append(g.value(r, c)).append('\t');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
