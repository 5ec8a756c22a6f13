package org.tongbao;

import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.check.Severity;

/** What the engine made of one workbook: the findings and (when a table was found) its summary. */
public record Assessment(String sheetName, List<Finding> findings, Summary summary) {

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
