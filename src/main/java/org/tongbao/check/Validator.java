package org.tongbao.check;

import java.util.ArrayList;
import java.util.List;

/** Runs every check, in the order their findings are best read. */
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
            new LeadVariantCheck(),
            new DepartmentCheck(),
            new NarrativeCheck());

    private Validator() {
    }

    public static List<Finding> validate(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TableCheck check : CHECKS) {
            findings.addAll(check.check(context));
        }
        return findings;
    }
}
