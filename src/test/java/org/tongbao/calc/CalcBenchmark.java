package org.tongbao.calc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellRangeAddress;

import org.tongbao.bench.Benchmark;

/**
 * The Calc benchmark: Validate, Compute, Highlight and Notice on a generated table of 10,000 tasks
 * (the generator of {@link Benchmark}) in a headless office, each next to the bare batched round
 * trip (one getDataArray plus one setDataArray of the table sheet's used area) and to a naive
 * cell-by-cell Compute and Highlight. Every figure is taken inside the office's JVM by the command
 * {@code org.tongbao.bench:Bench} ({@link CalcBench}), which only the benchmark's own extension
 * carries: target/tongbao-bench.oxt, made from target/tongbao.oxt by {@link BenchExtension} and
 * installed instead of it. The wall time of the same dispatch seen from this socket client is
 * printed beside it. Not a test: it prints and asserts nothing. Targets (README): every command within 3×
 * the bare round trip and under 1 s.
 *
 * <p>Usage: {@code CalcBenchmark [tasks [rounds [naiveRows]]]}, default 10000 3 1000. Each round
 * opens a fresh copy and runs RoundTrip, Validate, Compute, Highlight, Notice in that order; the
 * first round is also the office JVM's warm-up and is printed apart from the best of the others.
 * The naive version is run over the first {@code naiveRows} rows and extrapolated to the whole table.
 */
public final class CalcBenchmark {

    private static final String[] STEPS = {"RoundTrip", "Validate", "Compute", "Highlight", "Notice"};

    private CalcBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int naiveRows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path table = dir.resolve("calc-tasks-" + tasks + ".xlsx");
        if (!Files.exists(table)) {
            Benchmark.generate(tasks, table);
        }
        System.out.printf(Locale.ROOT, "%s, %d cores, load average %s%n",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        Path oxt = BenchExtension.build(TestOffice.oxt(), Path.of("target/tongbao-bench.oxt"));
        TestOffice office = TestOffice.standalone(oxt);
        try {
            Map<String, double[]> inProcess = new LinkedHashMap<>();
            Map<String, double[]> remote = new HashMap<>();
            String roundTripDetail = "";
            for (int round = 0; round < rounds; round++) {
                XSpreadsheetDocument document = open(office, table, dir.resolve("round.xlsx"));
                try {
                    for (String step : STEPS) {
                        long t0 = System.nanoTime();
                        Map<String, String> figures = bench(office, document, step, Integer.MAX_VALUE);
                        double wall = (System.nanoTime() - t0) / 1e6;
                        double ms = Double.parseDouble(figures.getOrDefault("action", figures.get("roundTrip")));
                        System.out.printf(Locale.ROOT, "round %d %s: %s (%.0f ms over the socket)%n", round + 1, step,
                                figures, wall);
                        if (step.equals("RoundTrip")) {
                            roundTripDetail = figures.toString();
                        }
                        record(inProcess, step, round, rounds, ms);
                        record(remote, step, round, rounds, wall);
                    }
                } finally {
                    Docs.close(document);
                }
            }
            double remoteRoundTrip = remoteRoundTrip(office, table, dir.resolve("remote.xlsx"));

            System.out.println("bare round trip in-process: " + roundTripDetail);
            System.out.printf(Locale.ROOT, "bare round trip over the socket (this client): %.0f ms%n", remoteRoundTrip);
            System.out.println();
            System.out.println("| " + tasks + " tasks, in-process | first round | best of rounds 2–" + rounds
                    + " | × bare round trip | over the socket (best) |");
            System.out.println("|---|---|---|---|---|");
            double bare = best(inProcess.get("RoundTrip"));
            for (String step : STEPS) {
                double[] r = inProcess.get(step);
                System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.1f | %.0f ms |%n", step, r[0], best(r),
                        best(r) / bare, best(remote.get(step)));
            }

            XSpreadsheetDocument parts = open(office, table, dir.resolve("phases.xlsx"));
            try {
                System.out.println();
                System.out.println("Compute and Highlight by part, in-process: " + bench(office, parts, "Phases", 0));
            } finally {
                Docs.close(parts);
            }

            XSpreadsheetDocument document = open(office, table, dir.resolve("naive.xlsx"));
            try {
                Map<String, String> n = bench(office, document, "Naive", naiveRows);
                double read = d(n, "read") * d(n, "usedRows") / d(n, "readRows");
                double write = d(n, "write") * d(n, "computedRows") / Math.max(1, d(n, "writeRows"));
                double style = d(n, "style") * d(n, "allMarks") / Math.max(1, d(n, "styledMarks"));
                System.out.println();
                System.out.println("naive, cell by cell, in-process, measured on the first " + naiveRows + " rows: " + n);
                System.out.printf(Locale.ROOT, "| naive, extrapolated to %d rows | read %.1f s | write computed columns"
                                + " %.1f s | engine %.2f s | style rows %.1f s | Compute %.1f s | Highlight %.1f s |%n",
                        (int) d(n, "usedRows"), read / 1e3, write / 1e3, d(n, "engine") / 1e3, style / 1e3,
                        (read + d(n, "engine") + write) / 1e3, (read + d(n, "engine") + style) / 1e3);
            } finally {
                Docs.close(document);
            }
        } finally {
            office.close();
        }
    }

    private static XSpreadsheetDocument open(TestOffice office, Path table, Path copy) throws Exception {
        // a fresh name each time: a killed run leaves its lock files behind
        Path fresh = Files.createTempFile(copy.getParent(), copy.getFileName().toString().replace(".xlsx", "-"), ".xlsx");
        fresh.toFile().deleteOnExit();
        return Docs.openCalc(office, Files.copy(table, fresh, StandardCopyOption.REPLACE_EXISTING));
    }

    private static Map<String, String> bench(TestOffice office, XSpreadsheetDocument document, String what, int rows)
            throws Exception {
        PropertyValue[] arguments = {PropertyValues.of("What", what), PropertyValues.of("Rows", rows)};
        DispatchResultEvent result = Docs.dispatchUrl(office, document, BenchDispatcher.PROTOCOL + CalcBench.PATH,
                arguments);
        if (result.State != DispatchResultState.SUCCESS) {
            throw new IllegalStateException(what + ": " + result.Result);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (String pair : String.valueOf(result.Result).split(";")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    /** The same round trip from this client, across the socket. */
    private static double remoteRoundTrip(TestOffice office, Path table, Path copy) throws Exception {
        XSpreadsheetDocument document = open(office, table, copy);
        try {
            XSpreadsheet sheet = SheetCells.requireSheet(document, SheetCells.sheetNames(document).get(0));
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                CellRangeAddress used = SheetCells.usedArea(sheet);
                XCellRangeData range = UnoCast.require(XCellRangeData.class,
                        sheet.getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow));
                range.setDataArray(range.getDataArray());
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
            return best;
        } finally {
            Docs.close(document);
        }
    }

    private static void record(Map<String, double[]> figures, String step, int round, int rounds, double ms) {
        figures.computeIfAbsent(step, k -> new double[rounds])[round] = ms;
    }

    /** The best of the rounds after the first (the first alone when there is one round). */
    private static double best(double[] rounds) {
        double best = rounds[0];
        if (rounds.length > 1) {
            best = Double.MAX_VALUE;
            for (int i = 1; i < rounds.length; i++) {
                best = Math.min(best, rounds[i]);
            }
        }
        return best;
    }

    private static double d(Map<String, String> figures, String key) {
        return Double.parseDouble(figures.get(key));
    }
}
