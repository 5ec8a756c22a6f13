package org.tongbao.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The pair for compare (corpus/compare/) is what the generator writes from its recipes, and nothing else lies there. */
class ComparePairTest {

    private static final Path FOLDER = CorpusTest.CORPUS.resolve(CorpusGenerator.COMPARE_FOLDER);

    @Test
    void theCommittedPairIsWhatTheGeneratorWrites() throws Exception {
        for (Map.Entry<String, String> table : CorpusGenerator.comparePair().entrySet()) {
            assertArrayEquals(CorpusGenerator.workbook(table.getKey(), table.getValue()),
                    Files.readAllBytes(FOLDER.resolve(table.getKey())), table.getKey() + " differs: run CorpusGenerator");
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertEquals(CorpusGenerator.comparePair().keySet().stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of("xian-pengshui-2024-q1.xlsx", "xian-pengshui-2024-h1.xlsx"),
                List.copyOf(CorpusGenerator.comparePair().keySet()), "the previous table first");
    }
}
