package org.tongbao.calc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.Exception;
import com.sun.star.uno.XComponentContext;

import org.tongbao.Assessment;
import org.tongbao.check.Severity;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.odf.OdtNoticeWriter;

/**
 * 生成通报: the notice in a new Writer document; refused while the table has errors. The document
 * is the notice's .odt ({@link OdtNoticeWriter}, the same file the command line writes and turns
 * into PDF) loaded as a new untitled document, so that saving asks for a name and the temporary
 * file can go at once.
 */
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
        XTextDocument document = open(session.context(), notice, Dialogs.suppressed(session.frame()));
        return ActionResult.done("通报已生成。\nThe notice is ready.").withValue(document);
    }

    /** The notice as a new untitled Writer document; hidden when the Calc window is (tests, headless use). */
    static XTextDocument open(XComponentContext context, NoticeDocument notice, boolean hidden) throws Exception {
        Path odt = null;
        try {
            odt = Files.createTempFile("tongbao-notice-", ".odt");
            OdtNoticeWriter.write(notice, odt);
            Object desktop = context.getServiceManager().createInstanceWithContext("com.sun.star.frame.Desktop", context);
            PropertyValue asTemplate = PropertyValues.of("AsTemplate", true);
            PropertyValue[] arguments = hidden ? new PropertyValue[] {asTemplate, PropertyValues.of("Hidden", true)}
                    : new PropertyValue[] {asTemplate};
            XComponent component = UnoCast.require(XComponentLoader.class, desktop)
                    .loadComponentFromURL(odt.toUri().toString(), "_blank", 0, arguments);
            if (component == null) {
                throw new Exception("LibreOffice 未能打开通报 / LibreOffice could not open the notice");
            }
            return UnoCast.require(XTextDocument.class, component);
        } catch (IOException e) {
            throw new Exception("无法写出通报 / cannot write the notice: " + e.getMessage());
        } finally {
            if (odt != null) {
                try {
                    Files.deleteIfExists(odt);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temporary folder
                }
            }
        }
    }
}
