package org.tongbao.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.ChineseNumerals;
import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.rules.AssessedTask;
import org.tongbao.rules.Summary;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.PrintedTable;
import org.tongbao.table.Task;

/**
 * Writes the notice, section by section, from the assessed table and the settings. Every
 * sentence of the notice is made here or in {@link ItemPhrases}; every number comes from
 * the figures, never from typed text.
 */
public final class NoticeWording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NoticeSettings settings;
    private final NumberWriter writer;
    private final LocalDate today;

    public NoticeWording(NoticeSettings settings, LocalDate today) {
        this.settings = settings;
        this.writer = new NumberWriter(settings.numberStyle());
        this.today = today;
    }

    /** The notice; template problems (missing values, unknown names) are added to {@code problems}. */
    public NoticeDocument write(CompletionTable table, List<AssessedTask> tasks, Summary summary,
                                List<String> problems) {
        String year = year(table);
        Map<String, String> v = new HashMap<>();
        v.put("年度", year);
        v.put("下一年度", String.valueOf(Integer.parseInt(year) + 1));
        v.put("发文机关", settings.get("发文机关"));
        v.put("发文机关简称", settings.get("发文机关简称"));
        v.put("总数", String.valueOf(summary.total()));
        v.put("已完成", String.valueOf(summary.completed()));
        v.put("完成占比", summary.completedShare());
        v.put("成效明显", String.valueOf(summary.notable()));
        v.put("未完成", String.valueOf(summary.unfinished()));
        v.put("未完成占比", summary.unfinishedShare());
        String date = settings.date(today);

        List<NoticeParagraph> p = new ArrayList<>();
        String headerOffice = settings.get("页眉单位").isEmpty() ? settings.get("发文机关简称") : settings.get("页眉单位");
        p.add(NoticeParagraph.of(ParagraphRole.HEADER, headerOffice + "\t" + date));
        p.add(NoticeParagraph.of(ParagraphRole.ORGAN, settings.get("发文机关")));
        p.add(NoticeParagraph.of(ParagraphRole.TITLE, fill("标题", v, problems)));
        p.add(NoticeParagraph.of(ParagraphRole.BODY, fill("开头", v, problems)));

        int section = 1;
        p.add(heading(section++, fill("总体情况标题", v, problems)));
        p.add(NoticeParagraph.of(ParagraphRole.BODY, fill("总体情况", v, problems)));

        p.add(heading(section++, fill("成效明显标题", v, problems)));
        ItemPhrases phrases = new ItemPhrases(settings, writer, year);
        String defaultSource = fill("任务来源", v, problems);
        int n = 1;
        for (AssessedTask t : tasks) {
            if (!t.notable()) {
                continue;
            }
            Task task = t.task();
            List<String> itemProblems = new ArrayList<>();
            Map<String, String> item = new HashMap<>(v);
            item.put("序号", String.valueOf(n++));
            item.put("牵头单位", task.lead());
            item.put("内容", phrases.content(t.figures(), itemProblems));
            item.put("来源", task.source().isEmpty() ? defaultSource : task.source());
            p.add(NoticeParagraph.of(ParagraphRole.ITEM, fill("事项", item, itemProblems)));
            for (String problem : itemProblems) {
                problems.add("第" + task.serial() + "项：" + problem);
            }
        }

        if (settings.yes("列出未完成事项")) {
            p.add(heading(section++, fill("未完成标题", v, problems)));
            int u = 1;
            for (AssessedTask t : tasks) {
                if (t.completed()) {
                    continue;
                }
                Map<String, String> item = new HashMap<>(v);
                item.put("序号", String.valueOf(u++));
                item.put("牵头单位", t.task().lead());
                item.put("任务", Placeholders.stripStop(t.task().text()));
                item.put("任务序号", t.task().serial());
                item.put("差距", shortfall(t));
                p.add(NoticeParagraph.of(ParagraphRole.ITEM, fill("未完成事项", item, problems)));
            }
        }

        p.add(heading(section, fill("下步工作要求标题", v, problems)));
        for (String line : fill("下步工作要求", v, problems).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            p.add(requirement(line.trim()));
        }

        String attachmentName = settings.get("附件名称").isEmpty()
                ? (table.title().isEmpty() ? year + "年政府工作报告目标任务完成情况表" : table.title())
                : fill("附件名称", v, problems);
        p.add(NoticeParagraph.of(ParagraphRole.ATTACHMENT_NOTE, "附件：" + attachmentName));
        p.add(NoticeParagraph.of(ParagraphRole.SIGNATURE, settings.get("发文机关")));
        p.add(NoticeParagraph.of(ParagraphRole.SIGNATURE, date));
        return new NoticeDocument(p, attachment(table, attachmentName));
    }

    /** The year the notice reports on: the setting, else the table title's year, else last year. */
    private String year(CompletionTable table) {
        String y = settings.get("年度");
        if (y.matches("\\d{4}")) {
            return y;
        }
        return table.year() != null ? table.year() : String.valueOf(today.getYear() - 1);
    }

    /** ：实际利用外资完成3.73亿美元，完成年度目标的53.3%，低于目标46.7个百分点 — what an unfinished task lacks. */
    private String shortfall(AssessedTask t) {
        List<String> parts = new ArrayList<>();
        for (IndicatorFigures f : t.figures().indicators()) {
            String name = Placeholders.name(f.indicator(), t.task());
            if (f.completion() != null && f.completion().compareTo(HUNDRED) < 0) {
                parts.add(name + "完成" + writer.typed(f.indicator().actual().value()) + f.indicator().unit()
                        + "，完成年度目标的" + writer.rounded(f.completion(), 1) + "%，低于目标"
                        + writer.points(HUNDRED.subtract(f.completion())));
            } else if (f.levelPoints() != null && f.levelPoints().signum() < 0) {
                parts.add(name + "为" + writer.typed(f.indicator().actual().value()) + "%，低于目标"
                        + writer.points(f.levelPoints().negate()));
            }
        }
        if (parts.isEmpty() && !t.task().narrative().isEmpty()) {
            parts.add(Placeholders.stripStop(t.task().narrative()));
        }
        return parts.isEmpty() ? "" : "：" + String.join("；", parts);
    }

    private String fill(String key, Map<String, String> values, List<String> problems) {
        return PhraseTemplate.fill(settings.get(key), values, problems);
    }

    private static NoticeParagraph heading(int n, String text) {
        return NoticeParagraph.of(ParagraphRole.HEADING_1, ChineseNumerals.of(n) + "、" + text);
    }

    /** （一）提高工作认识。要…: the sub-head runs on into its paragraph. */
    private static NoticeParagraph requirement(String line) {
        if (line.startsWith("（")) {
            int stop = line.indexOf('。');
            if (stop > 0) {
                return new NoticeParagraph(ParagraphRole.HEADING_2, line.substring(0, stop + 1), line);
            }
        }
        return NoticeParagraph.of(ParagraphRole.BODY, line);
    }

    /** The table as printed ({@link PrintedTable}), as the notice's attachment under {@code title}. */
    static AttachmentTable attachment(CompletionTable table, String title) {
        PrintedTable printed = PrintedTable.of(table);
        return new AttachmentTable("附件", title, printed.header(), printed.rows());
    }
}
