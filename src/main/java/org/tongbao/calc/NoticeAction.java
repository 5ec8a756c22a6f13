package org.tongbao.calc;

import com.sun.star.text.XTextDocument;
import com.sun.star.uno.Exception;

import org.tongbao.Assessment;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;

/** 生成通报: the notice in a new Writer document; refused while the table has errors. */
final class NoticeAction implements CalcAction {

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws Exception {
        progress.step(0.1, "读取表格 / reading the sheets");
        Assessment assessment = session.assessTable(session.sheets());
        if (assessment.hasErrors()) {
            long errors = assessment.count(Severity.ERROR);
            return ActionResult.failed("表中有 " + errors + " 个错误，请先点「校验」查看并改正，再生成通报。\n"
                    + "The table has " + errors + " errors: run Validate, correct them, then make the notice.");
        }
        // the engine reads the workbook's own 通报设置 sheet during assess
        NoticeDocument notice = session.engine().notice(assessment);
        progress.step(0.5, "生成通报 / writing the notice");
        XTextDocument document = NoticeWriter.open(session.context(), Dialogs.suppressed(session.frame()));
        NoticeWriter.fill(document, notice, progress);
        return ActionResult.done("通报已生成。\nThe notice is ready.").withValue(document);
    }
}
