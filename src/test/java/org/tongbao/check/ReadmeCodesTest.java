package org.tongbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's table of checks lists every FindingCode, once, with its severity, and nothing else. */
class ReadmeCodesTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (error|warning|info) \\|", Pattern.MULTILINE);

    @Test
    void theReadmeTableIsTheEnum() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("## The checks");
        String section = readme.substring(from, readme.indexOf("\n## ", from + 1));
        Map<String, String> listed = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            assertEquals(null, listed.put(m.group(1), m.group(2)), m.group(1) + " listed twice");
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Arrays.stream(FindingCode.values()).forEach(c -> codes.put(c.name(), c.severity().english()));
        assertEquals(codes, listed);
    }
}
