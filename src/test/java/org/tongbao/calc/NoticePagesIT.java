package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.notice.ParagraphRole;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.office.OfficeProcess;
import org.tongbao.office.Pdfs;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/**
 * A heading never ends a page: the sample's notice made longer line by line (a longer opening
 * paragraph, with and without the section of unfinished tasks, which adds 四、), so that its
 * headings fall on every line of a page in one length or another, each laid out by LibreOffice
 * from the notice's .odt as PDF. On no page before the attachment is the last line (the page
 * number aside) a heading, nor the first line of a paragraph that a heading opens and that goes
 * on over the page.
 */
@ExtendWith(TestOffice.class)
class NoticePagesIT {

    private static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");
    /** 28 characters: one more line of the opening paragraph. */
    private static final String LINE = "各责任单位按月报送进展情况，督查办逐项核对并跟踪督促到位";
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）).*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^—\\s*\\d+\\s*—$");

    @TempDir
    Path dir;

    @Test
    void noHeadingEndsAPageWhereverTheHeadingsFall(TestOffice office) throws Exception {
        List<Grid> sheets = WorkbookReader.read(SAMPLE);
        String opening = setting(sheets, "开头").orElse(NoticeSettings.DEFAULTS.get("开头"));
        List<String> failures = new ArrayList<>();
        int notices = 0;
        for (boolean unfinished : new boolean[] {true, false}) {
            for (int extra = 0; extra < 22; extra += unfinished ? 1 : 3) {
                NoticeDocument notice = notice(sheets, opening + LINE.repeat(extra), unfinished);
                Path pdf = pdf(office, notice, dir.resolve("notice-" + unfinished + "-" + extra + ".pdf"));
                failures.addAll(headingsAtThePageFoot(notice, Pdfs.pages(pdf), (unfinished ? "with" : "without")
                        + " unfinished tasks, opening longer by " + extra + " lines"));
                notices++;
            }
        }
        assertEquals(22 + 8, notices);
        assertEquals(List.of(), failures);
    }

    /** Where a page before the attachment ends with a heading, or the one line of a heading's paragraph. */
    private static List<String> headingsAtThePageFoot(NoticeDocument notice, List<List<String>> pages, String which) {
        List<String> paragraphs = notice.paragraphs().stream().filter(p -> p.role() != ParagraphRole.HEADER)
                .map(p -> squeeze(p.text())).toList();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            List<String> lines = pages.get(n).stream().filter(line -> !PAGE_NUMBER.matcher(line).matches()).toList();
            if (lines.isEmpty() || lines.get(0).equals("附件")) {
                break; // the attachment's pages: category rows (一、…) in a table may end a page
            }
            String last = squeeze(lines.get(lines.size() - 1));
            if (!HEADING.matcher(last).matches()) {
                continue;
            }
            // the paragraph that this line opens: a heading alone, or a heading running on over the page
            String paragraph = paragraphs.stream().filter(p -> p.startsWith(last)).findFirst().orElse(last);
            boolean runsOnOverThePage = paragraph.length() > last.length();
            boolean headingAlone = notice.paragraphs().stream().anyMatch(p -> squeeze(p.text()).equals(last)
                    && (p.role() == ParagraphRole.HEADING_1 || p.role() == ParagraphRole.HEADING_2));
            if (headingAlone || runsOnOverThePage) {
                failures.add(which + ": page " + (n + 1) + " ends with " + last);
            }
        }
        return failures;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The sample's notice with {@code opening} as its opening paragraph. */
    private static NoticeDocument notice(List<Grid> sheets, String opening, boolean unfinished) {
        Grid settings = settingsSheet(sheets);
        set(settings, "开头", opening);
        set(settings, "列出未完成事项", unfinished ? "是" : "否");
        Engine engine = org.tongbao.Engines.shipped(java.time.LocalDate.now());
        Assessment assessment = engine.assess(sheets, "完成情况表");
        assertTrue(!assessment.hasErrors(), assessment.findings().toString());
        NoticeDocument notice = engine.notice(assessment);
        assertEquals(unfinished, notice.paragraphs().stream().map(NoticeParagraph::text)
                .anyMatch(text -> text.startsWith("四、")), "the section of unfinished tasks adds 四、");
        return notice;
    }

    private static Grid settingsSheet(List<Grid> sheets) {
        return sheets.stream().filter(g -> g.sheetName().equals(NoticeSettings.SHEET_NAME)).findFirst().orElseThrow();
    }

    private static Optional<String> setting(List<Grid> sheets, String key) {
        Grid settings = settingsSheet(sheets);
        for (int r = 0; r < settings.rowCount(); r++) {
            if (settings.text(r, 0).trim().equals(key)) {
                return Optional.of(settings.text(r, 1));
            }
        }
        return Optional.empty();
    }

    private static void set(Grid settings, String key, String value) {
        for (int r = 0; r < settings.rowCount(); r++) {
            if (settings.text(r, 0).trim().equals(key)) {
                settings.set(r, 1, value);
                return;
            }
        }
        int row = settings.rowCount();
        settings.set(row, 0, key);
        settings.set(row, 1, value);
    }

    /** The notice's .odt laid out by the test office and stored as PDF. */
    private Path pdf(TestOffice office, NoticeDocument notice, Path pdf) throws Exception {
        Path odt = dir.resolve("notice.odt");
        OdtNoticeWriter.write(notice, odt);
        XComponent document = UnoCast.require(XComponentLoader.class, office.process().desktop()).loadComponentFromURL(
                OfficeProcess.fileUrl(odt), "_blank", 0, new PropertyValue[] {PropertyValues.of("Hidden", true)});
        try {
            UnoCast.require(XStorable.class, document).storeToURL(OfficeProcess.fileUrl(pdf),
                    new PropertyValue[] {PropertyValues.of("FilterName", "writer_pdf_Export")});
        } finally {
            Docs.close(document);
            Files.delete(odt);
        }
        return pdf;
    }
}
