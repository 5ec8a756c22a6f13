package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input of {@code bad-inputs.tsv} through validate, compute and notice on the
 * poi engine: the exit code and message the table gives, and for every run no stack trace, no
 * stray parser output on the process's own stdout/stderr, nothing left in the output folder but
 * the file written, the input unchanged.
 */
class BadInputTest {

    static final String CASES = "/org/tongbao/cli/bad-inputs.tsv";

    @TempDir
    Path dir;

    record Case(String kind, int validate, int compute, boolean computeWrites, int notice, List<String> said) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = BadInputTest.class.getResourceAsStream(CASES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                cases.add(new Case(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2].replace("+", "")),
                        f[2].endsWith("+") || f[2].equals("0"), Integer.parseInt(f[3]),
                        List.of(Arrays.copyOfRange(f, 4, f.length))));
            }
        }
        return cases;
    }

    static Stream<Arguments> kinds() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @Test
    void theCorpusHoldsAtLeastThirtyKindsEachMadeOnce() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, cases.size() + " kinds");
        assertEquals(cases.size(), new TreeSet<>(cases.stream().map(Case::kind).toList()).size(), "a kind twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindIsAnsweredCleanly(Case c) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path outputs = Files.createDirectories(dir.resolve("out"));
        BadInputs.Input in = new BadInputs(inputs).make(c.kind());
        String ext = Main.extension(in.file());
        Path copy = in.computeOut() != null ? in.computeOut() : outputs.resolve("copy." + ext);
        Path notice = in.noticeOut() != null ? in.noticeOut() : outputs.resolve("通报.docx");
        String before = Files.isRegularFile(in.file()) && Files.isReadable(in.file()) ? MainTest.hash(in.file()) : null;
        Set<String> inputFiles = listing(inputs);

        Run validate = run(in, "validate", in.file().toString());
        check(c, validate, c.validate(), before);
        if (c.validate() == 0 && c.compute() == 0 && c.notice() == 0) {
            for (String said : c.said()) {
                assertTrue(validate.out.contains(said), c + ": validate should say " + said + "\n" + validate.out);
            }
        }

        Set<String> outputsBefore = listing(outputs);
        Run compute = run(in, "compute", in.file().toString(), "-o", copy.toString());
        check(c, compute, c.compute(), before);
        Set<String> expected = new TreeSet<>(outputsBefore);
        if (c.computeWrites()) {
            expected.add(copy.getFileName().toString());
            assertTrue(Files.isRegularFile(copy), c + ": compute should write " + copy);
        }
        assertEquals(expected, listing(outputs), c + ": compute left in the output folder");

        Run n = run(in, "notice", in.file().toString(), "-o", notice.toString());
        check(c, n, c.notice(), before);
        if (c.notice() == 0) {
            expected.add(notice.getFileName().toString());
        }
        assertEquals(expected, listing(outputs), c + ": notice left in the output folder");
        assertEquals(inputFiles, listing(inputs), c + ": the input folder changed");
    }

    private static void check(Case c, Run run, int exit, String before) throws Exception {
        String what = c + " " + run.command + ": ";
        assertEquals(exit, run.exit, what + "exit\nstdout: " + run.out + "\nstderr: " + run.err);
        for (String text : List.of(run.out, run.err)) {
            assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("at org.")
                    || text.contains("[Fatal Error]"), what + "a stack trace or parser output: " + text);
        }
        assertEquals("", run.stray, what + "printed past the tool's own streams");
        if (exit != 0) {
            assertFalse(run.err.isBlank() && run.out.isBlank(), what + "nothing said");
            for (String said : c.said()) {
                if (exit == 3 && said.startsWith("错误：")) {
                    assertEquals(said, run.err.strip(), what + "the one line on stderr");
                } else {
                    assertTrue(run.out.contains(said) || run.err.contains(said), what + "should say " + said
                            + "\nstdout: " + run.out + "\nstderr: " + run.err);
                }
            }
        }
        if (before != null) {
            assertEquals(before, MainTest.hash(run.input), what + "the input changed");
        }
    }

    private record Run(String command, Path input, int exit, String out, String err, String stray) {
    }

    /** Runs one command, catching whatever reaches the process's own System.out and System.err meanwhile. */
    private static Run run(BadInputs.Input in, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(in.extra());
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream catcher = new PrintStream(stray, true, StandardCharsets.UTF_8);
        CommandRun cli = new CommandRun();
        int exit;
        System.setOut(catcher);
        System.setErr(catcher);
        try {
            exit = cli.run(all.toArray(String[]::new));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return new Run(args[0], in.file(), exit, cli.out(), cli.err(), stray.toString(StandardCharsets.UTF_8));
    }

    private static Set<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
