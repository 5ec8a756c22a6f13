package org.tongbao.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.figures.ChineseNumerals;
import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.rules.AssessedTask;
import org.tongbao.rules.DepartmentStanding;
import org.tongbao.rules.Comparison;
import org.tongbao.rules.Schedule;
import org.tongbao.rules.Summary;
import org.tongbao.table.CellAddress;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Field;
import org.tongbao.table.Period;
import org.tongbao.table.PrintedTable;
import org.tongbao.table.Task;

/**
 * Writes the notice, section by section, from the assessed table and the settings. Every
 * sentence of the notice is made here (one method a section) or, for a notable item's result,
 * in {@link ItemPhrases}; every number comes from the figures, never from typed text. A section
 * with nothing to say is left out and the rest numbered on; a count of zero is never a sentence.
 * Nothing is refused: a phrase that cannot be filled falls back to its default, with a warning.
 */
public final class NoticeWording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> LEVELS = Set.of("县", "区", "市", "旗");
    private static final Pattern LEVEL = Pattern.compile("([县区市旗])(?:人民)?政府");
    private static final Pattern LABEL = Pattern.compile("^附件\\s*\\d*\\s*[：:]?\\s*");
    private static final Pattern TITLE_END = Pattern.compile("(?:(?:完成|推进|落实|进展|办理)?情况)?(?:统计|汇总|一览)?表$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年");
    /** A sentence of the office's note that says why a task is unfinished. */
    private static final Pattern REASON = Pattern.compile("原因|受.{0,30}影响|由于|因为");

    private final NoticeSettings settings;
    private final NumberWriter writer;
    private final LocalDate today;
    private final Phrasing phrasing;

    public NoticeWording(NoticeSettings settings, Wording wording, LocalDate today) {
        this.settings = settings;
        this.writer = new NumberWriter(settings.numberStyle());
        this.today = today;
        this.phrasing = new Phrasing(settings, wording, writer);
    }

    /**
     * The notice, and a warning for each phrase that could not be filled (at the setting's cell,
     * at the row's 通报表述, or at the task's row) and each setting the notice had to guess.
     */
    public Worded write(CompletionTable table, List<AssessedTask> tasks, Summary summary, Period period) {
        return write(table, tasks, summary, period, null);
    }

    /** As {@link #write(CompletionTable, List, Summary, Period)}, saying after 总体情况 what changed since the previous table. */
    public Worded write(CompletionTable table, List<AssessedTask> tasks, Summary summary, Period period,
                        Comparison changes) {
        Draft d = new Draft(table, period);
        Map<String, String> v = d.values;
        String year = year(table, d);
        String level = level();
        v.put("年度", year);
        v.put("下一年度", String.valueOf(Integer.parseInt(year) + 1));
        v.put("级别", level);
        v.put("全级", "全" + level);
        v.put("上级", table.comparedWith());
        String organ = settings.get("发文机关");
        if (organ.isEmpty()) {
            organ = level + "人民政府督查办公室";
            d.missing("发文机关", "通报中暂写作「" + organ + "」");
        }
        v.put("发文机关", organ);
        v.put("发文机关简称", d.fill("发文机关简称"));
        v.put("事项名称", subject(table, d));
        v.put("总数", String.valueOf(summary.total()));
        v.put("已完成", String.valueOf(summary.completed()));
        v.put("完成占比", summary.completedShare());
        v.put("成效明显", String.valueOf(summary.notable()));
        v.put("未完成", String.valueOf(summary.unfinished()));
        v.put("未完成占比", summary.unfinishedShare());
        v.put("已开工", summary.started() < 0 ? null : String.valueOf(summary.started()));
        v.put("开工率", summary.startedShare());
        v.put("情况", period == null ? "完成情况" : "推进情况");
        v.put("超序时", null);
        Summary.OnSchedule schedule = summary.schedule();
        if (schedule != null) {
            v.put("期间", schedule.period().isEmpty() ? null : schedule.period());
            v.put("序时进度", schedule.share());
            v.put("达序时", String.valueOf(schedule.onSchedule()));
            v.put("达序时占比", schedule.onScheduleShare());
            v.put("滞后", String.valueOf(schedule.behind()));
            v.put("滞后占比", schedule.behindShare());
            v.put("超进度", String.valueOf(schedule.ahead()));
        }
        v.put("进展", schedule == null ? progress(summary, d) : progress(summary, schedule, d));
        String date = settings.date(today);
        if (settings.get("成文日期").isEmpty()) {
            d.missing("成文日期", "通报中暂写作生成当天的" + date);
        }

        String headerOffice = settings.get("页眉单位").isEmpty() ? v.get("发文机关简称") : settings.get("页眉单位");
        d.add(ParagraphRole.HEADER, headerOffice + "\t" + date);
        d.add(ParagraphRole.ORGAN, organ);
        d.add(ParagraphRole.TITLE, d.fill("标题"));
        d.add(ParagraphRole.BODY, d.fill("开头"));
        d.heading(d.fill("总体情况标题"));
        d.add(ParagraphRole.BODY, d.fill("总体情况"));
        if (changes != null) {
            d.add(ParagraphRole.BODY, sinceLast(changes, d));
        }
        ownPhrases(tasks, d);
        if (summary.notable() > 0) {
            notable(tasks, d);
        }
        if (tasks.stream().anyMatch(t -> t.verdict().lagging()) && settings.yes("列出未完成事项")) {
            lagging(tasks, d);
        }
        d.heading(d.fill("下步工作要求标题"));
        for (String line : d.fill("下步工作要求").split("\\R")) {
            if (!line.isBlank()) {
                d.p.add(requirement(line.trim()));
            }
        }
        String attachmentName = attachmentName(table, d);
        AttachmentTable departments = null;
        if (settings.yes("附部门统计")) {
            departments = departments(tasks, period, d.fill("部门统计名称"));
            d.add(ParagraphRole.ATTACHMENT_NOTE, "附件：1．" + attachmentName);
            d.add(ParagraphRole.BODY, "\u3000\u3000\u30002．" + departments.title()); // under 1．, past 附件：
        } else {
            d.add(ParagraphRole.ATTACHMENT_NOTE, "附件：" + attachmentName);
        }
        d.add(ParagraphRole.SIGNATURE, organ);
        d.add(ParagraphRole.SIGNATURE, date);
        return new Worded(d.p, departments == null ? "附件" : "附件1", attachmentName, departments,
                List.copyOf(d.findings));
    }

    /** 已完成170项，占总任务数的97.1%，其中13件事项成效明显；未完成事项5项，占总任务数的2.9% — zero counts left out. */
    private String progress(Summary s, Draft d) {
        StringBuilder out = new StringBuilder();
        if (s.started() > 0 && s.completed() < s.total()) {
            out.append(d.fill("进展-开工")).append("，");
        }
        if (s.total() > 0 && s.completed() == s.total()) {
            out.append(d.fill("进展-全部完成"));
        } else if (s.completed() > 0) {
            out.append(d.fill("进展-已完成"));
        }
        if (s.notable() > 0) {
            out.append(out.length() > 0 ? "，" : "").append(d.fill("进展-成效明显"));
        }
        if (s.unfinished() > 0) {
            out.append(out.length() > 0 ? "；" : "").append(d.fill("进展-未完成"));
        }
        return out.toString();
    }

    /**
     * 按序时进度75%计，达到序时进度的30项，占83.3%，其中已完成3项；未达序时进度的6项，占16.7% — a periodic
     * table's account, zero counts left out.
     */
    private String progress(Summary s, Summary.OnSchedule schedule, Draft d) {
        StringBuilder out = new StringBuilder(d.fill("进展-序时"));
        if (schedule.onSchedule() > 0) {
            out.append("，").append(d.fill("进展-达序时"));
            if (s.completed() > 0) {
                out.append("，").append(d.fill("进展-其中完成"));
            }
        }
        if (schedule.behind() > 0) {
            out.append("；").append(d.fill("进展-滞后"));
        }
        return out.toString();
    }

    /**
     * 与上期相比，2项新完成，1项新滞后；持续滞后的事项：实际利用外资（第6项）。 — zero counts left out; with none of
     * the three moves, 变化-无 says so plainly.
     */
    private String sinceLast(Comparison changes, Draft d) {
        Map<String, String> v = d.values;
        List<String> moves = new ArrayList<>();
        for (Map.Entry<String, Comparison.Kind> move : List.of(Map.entry("新完成", Comparison.Kind.NEWLY_COMPLETED),
                Map.entry("新滞后", Comparison.Kind.NEWLY_BEHIND), Map.entry("不再滞后", Comparison.Kind.NO_LONGER_BEHIND))) {
            int n = changes.of(move.getValue()).size();
            v.put(move.getKey(), n == 0 ? null : String.valueOf(n)); // an office's [{新完成}项新完成] drops out at zero
            if (n > 0) {
                moves.add(d.fill("变化-" + move.getKey()));
            }
        }
        StringBuilder said = new StringBuilder(moves.isEmpty() ? d.fill("变化-无") : String.join("，", moves));
        List<String> still = new ArrayList<>();
        for (Comparison.Change c : changes.of(Comparison.Kind.STILL_BEHIND)) {
            Task task = c.task();
            // a task measured by figures goes by its indicator (实际利用外资); any other by its text
            List<IndicatorFigures> measured = c.now().figures().indicators();
            String name = measured.isEmpty() || !measured.get(0).indicator().hasNumbers()
                    ? Placeholders.stripStop(task.text()) : Placeholders.name(measured.get(0).indicator(), task);
            still.add(name + (task.serial().isBlank() ? "" : "（第" + task.serial().trim() + "项）"));
        }
        v.put("持续滞后", String.join("、", still));
        if (!still.isEmpty()) {
            said.append("；").append(d.fill("变化-持续滞后"));
        }
        v.put("变化", said.toString());
        return d.fill("对比上期");
    }

    /** 二、工作成效明显的N个事项, one paragraph an item. */
    private void notable(List<AssessedTask> tasks, Draft d) {
        d.heading(d.fill("成效明显标题"));
        ItemPhrases phrases = new ItemPhrases(phrasing);
        String defaultSource = d.fill("任务来源");
        int n = 1;
        for (AssessedTask t : tasks) {
            if (!t.notable()) {
                continue;
            }
            Task task = t.task();
            Map<String, String> item = Placeholders.of(t.figures(), d.values, writer);
            item.put("超序时", aheadOfSchedule(t, d));
            Phrase content = phrases.content(t.figures(), item);
            d.taskProblems(task, content.problems());
            item.put("序号", String.valueOf(n++));
            item.put("内容", content.text());
            item.put("来源", task.source().isEmpty() ? defaultSource : task.source());
            d.add(ParagraphRole.ITEM, d.fill("事项", item, task));
        }
    }

    /** 高于序时进度4个百分点: a periodic task's one quantity above its share of the year; null otherwise. */
    private String aheadOfSchedule(AssessedTask t, Draft d) {
        List<IndicatorFigures> quantities = Placeholders.quantities(t.figures());
        if (d.period == null || quantities.size() != 1) {
            return null;
        }
        IndicatorFigures f = quantities.get(0);
        BigDecimal printed = f.completion().setScale(writer.style().completionDecimals(), writer.style().rounding());
        BigDecimal above = printed.subtract(Schedule.share(f, d.period.schedule()));
        return above.signum() > 0 && printed.compareTo(HUNDRED) < 0 ? "高于序时进度" + writer.points(above) : null;
    }

    /**
     * 未完成的N个事项 (a year-end table) or 未达序时进度的N个事项 (a periodic one): each with what it lacks, by
     * its figures, and the reason the office gave.
     */
    private void lagging(List<AssessedTask> tasks, Draft d) {
        d.heading(d.fill(d.period == null ? "未完成标题" : "滞后标题"));
        int n = 1;
        for (AssessedTask t : tasks) {
            if (!t.verdict().lagging()) {
                continue;
            }
            Task task = t.task();
            Map<String, String> item = Placeholders.of(t.figures(), d.values, writer);
            List<String> said = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (String sentence : task.narrative().split("[。；;]")) {
                String s = sentence.trim();
                if (!s.isEmpty()) {
                    (REASON.matcher(s).find() ? reasons : said).add(s);
                }
            }
            String gap = shortfall(t, item, d);
            List<String> why = NoteClauses.news(String.join("，", reasons), gap);
            item.put("序号", String.valueOf(n++));
            item.put("任务序号", task.serial().isEmpty() ? null : task.serial());
            item.put("差距", !gap.isEmpty() ? gap : said.isEmpty() ? null : String.join("，", said));
            item.put("原因", why.isEmpty() ? null : String.join("，", why));
            d.add(ParagraphRole.ITEM, d.fill("未完成事项", item, task));
        }
    }

    /**
     * What an unfinished task's figures lack, indicator by indicator: 实际利用外资完成3.73亿美元，完成年度目标的53.3%，
     * 低于目标46.7个百分点. The gap is taken from the printed figure, so the two always add up.
     */
    private String shortfall(AssessedTask t, Map<String, String> item, Draft d) {
        int decimals = settings.whole("差距完成率小数位");
        List<String> parts = new ArrayList<>();
        List<IndicatorFigures> inds = t.figures().indicators();
        for (int i = 0; i < inds.size(); i++) {
            IndicatorFigures f = inds.get(i);
            int n = i + 1;
            Map<String, String> values = new HashMap<>(item);
            String key = null;
            BigDecimal gap = null;
            boolean inUnit = false;
            if (f.indicator().upperLimit() && f.levelPoints() != null && f.levelPoints().signum() < 0) {
                key = "差距-控制";
                gap = f.levelPoints().negate();
                inUnit = !f.indicator().rate(); // 14人 against 12: 2人, not 2个百分点
            } else if (f.completion() != null && f.completion().compareTo(HUNDRED) < 0 && (d.period == null
                    || f.completion().compareTo(Schedule.share(f, d.period.schedule())) < 0)) {
                BigDecimal printed = f.completion().setScale(decimals, writer.style().rounding());
                values.put("完成率" + n, writer.rounded(printed, decimals) + "%");
                key = d.period == null ? "差距-完成" : "差距-序时";
                gap = (d.period == null ? HUNDRED : Schedule.share(f, d.period.schedule())).subtract(printed);
            } else if (!f.indicator().upperLimit() && f.levelPoints() != null && f.levelPoints().signum() < 0) {
                key = "差距-达标";
                gap = f.levelPoints().negate();
            } else if (f.growth() != null && f.indicator().targetGrowth() != null && f.indicator().targetGrowth().valid()
                    && f.growth().compareTo(f.indicator().targetGrowth().value()) < 0) {
                key = "差距-增速";
                gap = f.indicator().targetGrowth().value().subtract(f.growth());
            }
            if (key != null) {
                values.put("相差" + n, inUnit ? writer.typed(gap) + f.indicator().unit() : writer.points(gap));
                Phrase phrase = phrasing.fill(key, values, t.figures(), f, n);
                d.taskProblems(t.task(), phrase.problems());
                parts.add(phrase.text());
            }
        }
        return String.join("；", parts);
    }

    /** Each row's own 通报表述 is checked, notable or not, so a row that becomes notable later does not surprise. */
    private void ownPhrases(List<AssessedTask> tasks, Draft d) {
        for (AssessedTask t : tasks) {
            String own = t.task().template().trim();
            if (own.isEmpty()) {
                continue;
            }
            for (String problem : PhraseTemplate.fill(own, Placeholders.of(t.figures(), d.values, writer)).problems()) {
                d.findings.add(new Finding(FindingCode.TEMPLATE_PROBLEM, d.table.sheetName(),
                        d.table.cell(Field.TEMPLATE, t.task()), "通报表述：" + problem
                        + (t.notable() ? "；通报中改用默认表述" : "")));
            }
        }
    }

    /** The year the notice reports on: the setting, else the table title's year, else last year (with a warning). */
    private String year(CompletionTable table, Draft d) {
        String y = settings.get("年度");
        if (y.matches("\\d{4}")) {
            return y;
        }
        if (table.year() != null) {
            return table.year();
        }
        String guess = String.valueOf(today.getYear() - 1);
        d.missing("年度", "表格标题中也没有年份，通报按" + guess + "年写");
        return guess;
    }

    /** 县, 区 or 市: the setting, else what 发文机关 names (渝北区人民政府… → 区), else 县. */
    private String level() {
        String set = settings.get("级别").trim();
        if (LEVELS.contains(set)) {
            return set;
        }
        Matcher m = LEVEL.matcher(settings.get("发文机关"));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found != null ? found : "县";
    }

    /** What the notice is about: the setting, else the table's title without 完成情况表 (2022年政府工作报告目标任务). */
    private String subject(CompletionTable table, Draft d) {
        if (!settings.get("事项名称").isEmpty()) {
            return d.fill("事项名称");
        }
        String title = TITLE_END.matcher(LABEL.matcher(table.title()).replaceFirst("").trim()).replaceFirst("").trim();
        if (title.isEmpty()) {
            return d.values.get("年度") + "年政府工作报告目标任务";
        }
        return YEAR.matcher(title).find() ? title : d.values.get("年度") + "年" + title;
    }

    private String attachmentName(CompletionTable table, Draft d) {
        if (!settings.get("附件名称").isEmpty()) {
            return d.fill("附件名称");
        }
        String title = LABEL.matcher(table.title()).replaceFirst("").trim();
        return title.isEmpty() ? d.values.get("事项名称") + "完成情况表" : title;
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

    /** The notice as it is being written: its paragraphs, the notice's own values and the warnings so far. */
    private final class Draft {
        final CompletionTable table;
        final Period period;
        final List<NoticeParagraph> p = new ArrayList<>();
        final Map<String, String> values = new HashMap<>();
        final Set<Finding> findings = new LinkedHashSet<>();
        int section = 1;

        Draft(CompletionTable table, Period period) {
            this.table = table;
            this.period = period;
        }

        void add(ParagraphRole role, String text) {
            p.add(NoticeParagraph.of(role, text));
        }

        void heading(String text) {
            p.add(NoticeParagraph.of(ParagraphRole.HEADING_1, ChineseNumerals.of(section++) + "、" + text));
        }

        /** A notice-wide setting, filled with the notice's values; problems are warnings at the setting's cell. */
        String fill(String key) {
            Phrase phrase = phrasing.fill(key, values);
            for (String problem : phrase.problems()) {
                findings.add(new Finding(FindingCode.NOTICE_TEMPLATE, NoticeSettings.SHEET_NAME, settings.cell(key),
                        problem));
            }
            return phrase.text();
        }

        /** A setting filled for one task: problems are warnings at the task's row. */
        String fill(String key, Map<String, String> item, Task task) {
            Phrase phrase = phrasing.fill(key, item);
            taskProblems(task, phrase.problems());
            return phrase.text();
        }

        void taskProblems(Task task, List<String> problems) {
            for (String problem : problems) {
                findings.add(new Finding(FindingCode.NOTICE_TEMPLATE, table.sheetName(), table.cell(Field.TASK, task),
                        "第" + task.serial() + "项：" + problem));
            }
        }

        void missing(String key, String consequence) {
            CellAddress cell = settings.cell(key);
            findings.add(new Finding(FindingCode.SETTING_MISSING, NoticeSettings.SHEET_NAME, cell,
                    (cell == null ? "通报设置中没有「" + key + "」" : "「" + key + "」未填写") + "，" + consequence
                            + "；请在「" + NoticeSettings.SHEET_NAME + "」工作表中填写"));
        }
    }

    /** The table as printed ({@link PrintedTable}), as the notice's attachment under {@code label} and {@code title}. */
    static AttachmentTable attachment(CompletionTable table, String label, String title) {
        PrintedTable printed = PrintedTable.of(table);
        return new AttachmentTable(label, title, printed.header(), printed.rows());
    }

    /** 附件2: the lead departments' league table, as compute writes it on 部门统计, its figures as the notice writes them. */
    private AttachmentTable departments(List<AssessedTask> tasks, Period period, String title) {
        boolean periodic = period != null;
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentStanding d : DepartmentStanding.of(tasks)) {
            rows.add(d.row(periodic).stream().map(v -> v instanceof BigDecimal rate
                    ? writer.rounded(rate, writer.style().shareDecimals()) : String.valueOf(v)).toList());
        }
        return new AttachmentTable("附件2", title, DepartmentStanding.header(periodic), rows);
    }
}
