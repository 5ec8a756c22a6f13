package org.tongbao.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** What a PDF says, read with poppler-utils (pdftotext, pdffonts). */
public final class Pdfs {

    private Pdfs() {
    }

    /** The PDF's text in reading order, pages ended by form feeds. */
    public static String text(Path pdf) throws Exception {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** Each page's non-blank lines, trimmed. */
    public static List<List<String>> pages(Path pdf) throws Exception {
        List<List<String>> pages = new ArrayList<>();
        String[] split = text(pdf).split("\f", -1);
        // the text ends with a form feed after the last page
        for (int i = 0; i < split.length - 1; i++) {
            pages.add(split[i].lines().map(String::trim).filter(line -> !line.isEmpty()).toList());
        }
        return pages;
    }

    /** The fonts the PDF embeds, by name without the subset prefix (ABCDEF+). */
    public static List<String> fonts(Path pdf) throws Exception {
        List<String> lines = run("pdffonts", pdf.toString()).lines().skip(2).toList();
        TreeSet<String> names = new TreeSet<>();
        for (String line : lines) {
            String name = line.split("\\s+")[0];
            names.add(name.contains("+") ? name.substring(name.indexOf('+') + 1) : name);
        }
        return List.copyOf(names);
    }

    private static String run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(Arrays.asList(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed to read the PDF: apt-get install poppler-utils", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), command[0]);
        return new String(out, StandardCharsets.UTF_8);
    }
}
