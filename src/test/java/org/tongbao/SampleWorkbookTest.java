package org.tongbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.rules.Summary;

/** The bundled sample and each of its broken copies, read from disk through the POI door. */
class SampleWorkbookTest {

    static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");

    static Assessment assess(Path file) throws Exception {
        return org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(WorkbookReader.read(file), "完成情况表");
    }

    @Test
    void theSampleHasNoErrorsAndTheReferenceCounts() throws Exception {
        Assessment a = assess(SAMPLE);
        List<Finding> notInfo = a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), notInfo);
        Summary s = a.summary();
        assertEquals(new Summary(175, 170, "97.1%", 13, 5, "2.9%", -1, null, null), s);
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                Arguments.of("missing-lead-column.xlsx", "MISSING_COLUMN", "A3", Severity.ERROR),
                Arguments.of("missing-lead.xlsx", "MISSING_LEAD", "C28", Severity.ERROR),
                Arguments.of("duplicate-serial.xlsx", "SERIAL_DUPLICATE", "A16", Severity.ERROR),
                Arguments.of("unknown-status.xlsx", "UNKNOWN_STATUS", "N17", Severity.ERROR),
                Arguments.of("text-in-number.xlsx", "NOT_A_NUMBER", "I27", Severity.ERROR),
                Arguments.of("percent-out-of-range.xlsx", "PERCENT_OUT_OF_RANGE", "J5", Severity.WARNING),
                Arguments.of("completed-below-target.xlsx", "COMPLETED_BELOW_TARGET", "I52", Severity.WARNING),
                Arguments.of("unfinished-above-target.xlsx", "UNFINISHED_ABOVE_TARGET", "N53", Severity.WARNING),
                Arguments.of("notable-not-completed.xlsx", "NOTABLE_NOT_COMPLETED", "O11", Severity.ERROR),
                Arguments.of("bad-rank.xlsx", "RANK_INVALID", "L8", Severity.ERROR),
                Arguments.of("formula-error.xlsx", "FORMULA_ERROR", "I37", Severity.ERROR),
                Arguments.of("lead-variant.xlsx", "LEAD_VARIANT", "C20", Severity.WARNING),
                Arguments.of("narrative-mismatch.xlsx", "NARRATIVE_MISMATCH", "P27", Severity.WARNING));
    }

    /** Findings that follow from a planted defect: a broken number leaves its 通报表述 without values, … */
    static final Map<String, Set<String>> CONSEQUENCES = Map.of(
            "text-in-number.xlsx", Set.of("TEMPLATE_PROBLEM"),
            "percent-out-of-range.xlsx", Set.of("NARRATIVE_MISMATCH"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void eachBrokenCopyYieldsItsFindingAtItsCell(String file, String code, String cell, Severity severity)
            throws Exception {
        Assessment a = assess(Path.of("sample-workbooks/broken", file));
        List<Finding> found = a.findings().stream().filter(f -> f.code().name().equals(code)).toList();
        assertEquals(1, found.size(), a.findings().toString());
        assertEquals(cell, found.get(0).a1());
        assertEquals("完成情况表", found.get(0).sheet());
        assertEquals(severity, found.get(0).severity());
        Set<String> otherCodes = a.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code().name()).filter(c -> !c.equals(code)).collect(Collectors.toSet());
        assertEquals(CONSEQUENCES.getOrDefault(file, Set.of()), otherCodes, a.findings().toString());
    }
}
