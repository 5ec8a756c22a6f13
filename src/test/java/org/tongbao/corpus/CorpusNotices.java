package org.tongbao.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/**
 * The notice of each corpus table, as text, made on a fixed day (tables without a 成文日期 are
 * dated by it). {@link #main} writes them to {@code expected/} beside the tables, to be read
 * sentence by sentence before they are committed; {@link CorpusTest} holds the engine to them.
 */
public final class CorpusNotices {

    /** The day the expected notices are made on. */
    static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    static final Path EXPECTED = CorpusTest.CORPUS.resolve("expected");

    private CorpusNotices() {
    }

    static Assessment assess(String table) throws IOException {
        List<Grid> grids = WorkbookReader.read(CorpusTest.CORPUS.resolve(table));
        return org.tongbao.Engines.shipped(DAY).assess(grids, null);
    }

    static Path expected(String table) {
        return EXPECTED.resolve(table.replaceFirst("\\.xlsx?$", ".txt"));
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        Files.createDirectories(EXPECTED);
        for (String table : CorpusGenerator.tables().keySet()) {
            Files.writeString(expected(table), assess(table).notice().plainText(), StandardCharsets.UTF_8);
            System.out.println("wrote " + expected(table));
        }
    }
}
