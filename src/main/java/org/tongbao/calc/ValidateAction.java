package org.tongbao.calc;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.uno.Exception;

import org.tongbao.Assessment;
import org.tongbao.check.Finding;
import org.tongbao.check.Severity;
import org.tongbao.update.Highlight;

/** 校验: findings to the 校验结果 sheet, 通报-校验问题 on the cells in error, a summary for the user. */
final class ValidateAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        progress.step(0.1, "读取表格 / reading the sheets");
        Assessment assessment = session.assess(session.sheets());
        List<Finding> findings = assessment.findings();
        progress.step(0.6, "写入校验结果 / writing the findings");
        FindingsSheet.write(session.document(), findings);
        for (String name : SheetCells.sheetNames(session.document())) {
            if (!CalcSession.FINDINGS_SHEET.equals(name)) {
                XSpreadsheet sheet = SheetCells.requireSheet(session.document(), name);
                CellStyles.clear(session.document(), sheet, EnumSet.of(Highlight.FINDING));
                CellStyles.apply(session.document(), sheet, FindingsSheet.errorMarks(findings, name));
            }
        }
        return ActionResult.announced(summary(findings));
    }

    static String summary(List<Finding> findings) {
        Function<Severity, Long> n = s -> findings.stream().filter(f -> f.severity() == s).count();
        if (findings.isEmpty()) {
            return "校验通过，未发现问题。\nValidation passed: nothing to report.";
        }
        return "校验完成：错误 " + n.apply(Severity.ERROR) + " 个，警告 " + n.apply(Severity.WARNING) + " 个，提示 "
                + n.apply(Severity.INFO) + " 个，详见工作表「" + CalcSession.FINDINGS_SHEET + "」。\n"
                + "Validation done: " + n.apply(Severity.ERROR) + " errors, " + n.apply(Severity.WARNING)
                + " warnings, " + n.apply(Severity.INFO) + " notes; see the sheet " + CalcSession.FINDINGS_SHEET + ".";
    }
}
