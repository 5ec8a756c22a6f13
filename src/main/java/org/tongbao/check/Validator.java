package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check, in the order their findings are best read: the built-in ones, then the office's
 * rule scripts' own (macros/checks.py: 部门名录 among them), then the notes against the figures.
 */
public final class Validator {

    private static final List<TableCheck> CHECKS = List.of(
            new LeadCheck(),
            new SerialCheck(),
            new StatusWordCheck(),
            new NumberCellCheck(),
            new FormulaErrorCheck(),
            new PercentRangeCheck(),
            new RankCheck(),
            new TargetConsistencyCheck(),
            new NotableCompletedCheck(),
            new LeadVariantCheck());

    private Validator() {
    }

    public static List<Finding> validate(CheckContext context, TableCheck scripted) {
        List<Finding> findings = new ArrayList<>();
        for (TableCheck check : CHECKS) {
            findings.addAll(check.check(context));
        }
        findings.addAll(scripted.check(context));
        findings.addAll(new NarrativeCheck().check(context));
        return findings;
    }
}
