package org.tongbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.tongbao.Engine;

/** Runs the command line in-process, as from a shell, and keeps what the last run printed. */
final class CommandRun {

    /** The reference notice's date, so that notices compare across runs. */
    static final LocalDate DAY = LocalDate.of(2023, 2, 27);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return run(org.tongbao.Engines.shipped(DAY), args);
    }

    int run(Engine engine, String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), engine).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
