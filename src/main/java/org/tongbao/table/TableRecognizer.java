package org.tongbao.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the completion table in a grid as staff make it: title rows, a header row (or two),
 * category rows, tasks spanning several rows, blank rows and notes below.
 */
public final class TableRecognizer {

    /** The header is looked for in this many rows from the top. */
    static final int HEADER_SCAN_ROWS = 20;
    private static final int MIN_HEADER_FIELDS = 3;
    /** Status words are short; prose in a 完成情况 column is longer than this. */
    private static final int SHORT_WORD = 8;

    private static final Pattern CATEGORY = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部类篇章])");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("^[一二三四五六七八九十]+$");
    private static final Pattern NOTE = Pattern.compile("^(?:注|备注|说明|数据来源|填报|制表)[：:0-9１-９.、]?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** Indicators that are rates by their name (城镇化率, 森林覆盖率, 民营经济增加值占比) when no unit says so. */
    private static final Pattern RATE_NAME = Pattern.compile("(?:率|比重|占比)$");
    private static final Pattern UPPER_LIMIT_WORDS = Pattern.compile("控制在|不超过|不高于|以内");
    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);
    private static final Pattern UNIT_SPLIT = Pattern.compile("[、，,;；/\\s]+");
    private static final List<Field> INDICATOR_FIELDS = List.of(Field.INDICATOR, Field.TARGET, Field.PRIOR,
            Field.ACTUAL, Field.GROWTH, Field.TARGET_GROWTH, Field.CITY_AVERAGE, Field.RANK, Field.GROUP_RANK,
            Field.PROGRESS);

    private TableRecognizer() {
    }

    public static CompletionTable recognise(Grid grid) throws TableNotRecognised {
        int headerTop = findHeaderRow(grid);
        int headerBottom = headerTop;
        if (isSecondHeaderRow(grid, headerTop + 1)) {
            headerBottom = headerTop + 1;
        }

        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        List<String> headers = new ArrayList<>();
        int toolLeft = -1;
        int toolCount = 0;
        for (int c = 0; c < grid.columnCount(); c++) {
            String lower = headerBottom > headerTop ? grid.text(headerBottom, c).trim() : "";
            String upper = grid.text(headerTop, c).trim();
            if (upper.isEmpty()) {
                CellRange merge = grid.mergeAt(headerTop, c);
                if (merge != null) {
                    upper = grid.text(merge.firstRow(), merge.firstColumn()).trim();
                }
            }
            String header = HeaderText.match(lower) != null || lower.startsWith(HeaderText.TOOL_PREFIX)
                    ? lower : upper;
            if (header.startsWith(HeaderText.TOOL_PREFIX)) {
                if (toolLeft < 0) {
                    toolLeft = c;
                }
                toolCount = c - toolLeft + 1;
                continue;
            }
            if (!header.isEmpty()) {
                headers.add(header);
            }
            Field field = HeaderText.match(header);
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, c);
            }
        }

        boolean leadFromResponsible = false;
        Integer responsible = columns.remove(Field.RESPONSIBLE);
        if (responsible != null) {
            if (!columns.containsKey(Field.LEAD)) {
                columns.put(Field.LEAD, responsible);
                leadFromResponsible = true;
            } else {
                columns.putIfAbsent(Field.PARTNERS, responsible);
            }
        }
        Integer mixed = columns.remove(Field.STATUS_OR_NARRATIVE);
        if (mixed != null) {
            Field role = holdsStatusWords(grid, mixed, headerBottom + 1) ? Field.STATUS : Field.NARRATIVE;
            columns.putIfAbsent(role, mixed);
        }

        List<String> missing = new ArrayList<>();
        for (Field required : List.of(Field.TASK, Field.LEAD)) {
            if (!columns.containsKey(required)) {
                missing.add("「" + required.label() + "」");
            }
        }
        if (!missing.isEmpty()) {
            throw new TableNotRecognised(true, CellAddress.of(headerTop, 0),
                    "缺少必需的列" + String.join("、", missing) + "（第" + (headerTop + 1) + "行的表头中没有）。识别到的表头："
                            + String.join("、", headers));
        }

        String title = findTitle(grid, headerTop);
        String year = null;
        Matcher y = YEAR.matcher(title);
        if (y.find()) {
            year = y.group(1);
        }

        List<Task> tasks = new Rows(grid, Map.copyOf(columns), leadFromResponsible).read(headerBottom + 1);
        if (leadFromResponsible && !tasks.isEmpty()
                && tasks.stream().filter(t -> t.lead().isEmpty()).count() * 2 > tasks.size()) {
            // A 责任单位 column empty for most tasks lists partners, not leads: the lead column is missing.
            throw new TableNotRecognised(true, CellAddress.of(headerTop, 0),
                    "缺少必需的列「牵头单位」（「责任单位」列大多为空，不能代替牵头单位）。识别到的表头："
                            + String.join("、", headers));
        }
        int lastRow = tasks.isEmpty() ? headerBottom : tasks.get(tasks.size() - 1).lastRow();
        return new CompletionTable(grid, title, year, headerTop, headerBottom, columns, headers, tasks, lastRow,
                toolLeft, toolCount);
    }

    private static int findHeaderRow(Grid grid) throws TableNotRecognised {
        int best = -1;
        int bestScore = 0;
        int rows = Math.min(grid.rowCount(), HEADER_SCAN_ROWS);
        for (int r = 0; r < rows; r++) {
            Set<Field> fields = fieldsIn(grid, r);
            if (fields.size() > bestScore && fields.size() >= MIN_HEADER_FIELDS
                    && (fields.contains(Field.TASK) || fields.contains(Field.LEAD)
                    || fields.contains(Field.RESPONSIBLE))) {
                best = r;
                bestScore = fields.size();
            }
        }
        if (best < 0) {
            List<String> seen = new ArrayList<>();
            for (int r = 0; r < rows && seen.size() < 12; r++) {
                for (int c = 0; c < grid.columnCount() && seen.size() < 12; c++) {
                    String t = grid.text(r, c).trim();
                    if (!t.isEmpty()) {
                        seen.add(t.length() > 20 ? t.substring(0, 20) + "…" : t);
                    }
                }
            }
            throw new TableNotRecognised(false, null,
                    "未找到目标任务完成情况表：前" + HEADER_SCAN_ROWS + "行中没有含「目标任务」「牵头单位」等列名的表头行。"
                            + (seen.isEmpty() ? emptyTop(grid, rows) : "看到的文字：" + String.join("、", seen)));
        }
        return best;
    }

    /** What to say when the rows scanned hold nothing: the sheet is empty, or where its content starts. */
    private static String emptyTop(Grid grid, int scanned) {
        for (int r = scanned; r < grid.rowCount(); r++) {
            if (!grid.isRowEmpty(r)) {
                return "前" + HEADER_SCAN_ROWS + "行是空的，第" + (r + 1) + "行起才有内容；请删去表格上方的空行，使表头在前"
                        + HEADER_SCAN_ROWS + "行内。";
            }
        }
        return "工作表是空的。";
    }

    private static Set<Field> fieldsIn(Grid grid, int row) {
        Set<Field> fields = new LinkedHashSet<>();
        for (int c = 0; c < grid.columnCount(); c++) {
            Object v = grid.value(row, c);
            if (v instanceof String s) {
                Field f = HeaderText.match(s);
                if (f != null) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /** A second header row names fields, holds no numbers, and little else. */
    private static boolean isSecondHeaderRow(Grid grid, int row) {
        if (row >= grid.rowCount()) {
            return false;
        }
        int nonEmpty = 0;
        for (int c = 0; c < grid.columnCount(); c++) {
            Object v = grid.value(row, c);
            if (v instanceof Double) {
                return false;
            }
            if (!grid.isEmpty(row, c)) {
                nonEmpty++;
            }
        }
        int named = fieldsIn(grid, row).size();
        return named >= 2 && named * 2 >= nonEmpty;
    }

    private static boolean holdsStatusWords(Grid grid, int column, int fromRow) {
        int words = 0;
        int filled = 0;
        int longest = 0;
        for (int r = fromRow; r < grid.rowCount(); r++) {
            String t = grid.text(r, column).trim();
            if (!t.isEmpty()) {
                filled++;
                longest = Math.max(longest, t.length());
                if (Status.of(t) != null) {
                    words++;
                }
            }
        }
        // An empty column, or one of mostly status words, or of short words only, is a status column.
        return filled == 0 || words * 10 >= filled * 6 || (words > 0 && longest <= SHORT_WORD);
    }

    private static String findTitle(Grid grid, int headerTop) {
        String title = "";
        for (int r = 0; r < headerTop; r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                String t = grid.text(r, c).trim();
                if (t.length() > title.length() && !t.matches("^附件\\s*\\d*[：:]?$")) {
                    title = t;
                }
            }
        }
        return title;
    }

    /** Walks the rows below the header, one task at a time. */
    private static final class Rows {
        private final Grid grid;
        private final Map<Field, Integer> columns;
        private final boolean leadFromResponsible;
        private final boolean[] continued;

        Rows(Grid grid, Map<Field, Integer> columns, boolean leadFromResponsible) {
            this.grid = grid;
            this.columns = columns;
            this.leadFromResponsible = leadFromResponsible;
            this.continued = mergedFromAbove(grid, columns);
        }

        /** Rows whose 序号 or 目标任务 cell is merged down from a row above: the rest of a task. */
        private static boolean[] mergedFromAbove(Grid grid, Map<Field, Integer> columns) {
            boolean[] rows = new boolean[grid.rowCount()];
            for (CellRange m : grid.merges()) {
                if (m.lastRow() > m.firstRow() && (covers(m, columns.get(Field.SERIAL))
                        || covers(m, columns.get(Field.TASK)))) {
                    for (int r = m.firstRow() + 1; r <= m.lastRow() && r < rows.length; r++) {
                        rows[r] = true;
                    }
                }
            }
            return rows;
        }

        private static boolean covers(CellRange m, Integer column) {
            return column != null && m.firstColumn() <= column && column <= m.lastColumn();
        }

        List<Task> read(int fromRow) {
            List<Task> tasks = new ArrayList<>();
            String category = "";
            TaskBuilder current = null;
            for (int r = fromRow; r < grid.rowCount(); r++) {
                if (grid.isRowEmpty(r) || onlyToolCells(r)) {
                    continue;
                }
                if (current != null && (continued[r] || (empty(Field.SERIAL, r) && empty(Field.TASK, r)
                        && empty(Field.LEAD, r) && hasIndicatorData(r)))) {
                    current.indicators.add(indicator(r));
                    current.lastRow = r;
                    continue;
                }
                String serial = text(Field.SERIAL, r);
                String task = text(Field.TASK, r);
                String lead = text(Field.LEAD, r);
                String first = firstText(r);
                if (lead.isEmpty() && NOTE.matcher(first).find() && (!tasks.isEmpty() || current != null)) {
                    break;
                }
                if (lead.isEmpty() && !hasIndicatorData(r) && (CATEGORY.matcher(first).find()
                        || CHINESE_NUMERAL.matcher(serial).matches() || onlyOneText(r))) {
                    if (current != null) {
                        tasks.add(current.build());
                        current = null;
                    }
                    category = CHINESE_NUMERAL.matcher(serial).matches() && !task.isEmpty()
                            ? serial + "、" + task : first;
                    continue;
                }
                if (current != null) {
                    tasks.add(current.build());
                }
                current = new TaskBuilder(r, columns.containsKey(Field.CATEGORY)
                        ? text(Field.CATEGORY, r) : category);
                current.indicators.add(indicator(r));
            }
            if (current != null) {
                tasks.add(current.build());
            }
            return tasks;
        }

        private boolean onlyToolCells(int r) {
            for (Integer c : columns.values()) {
                if (!grid.isEmpty(r, c)) {
                    return false;
                }
            }
            return true;
        }

        private boolean onlyOneText(int r) {
            int filled = 0;
            for (int c = 0; c < grid.columnCount(); c++) {
                if (!grid.isEmpty(r, c)) {
                    filled++;
                }
            }
            return filled == 1 && grid.value(r, firstColumn(r)) instanceof String;
        }

        private int firstColumn(int r) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (!grid.isEmpty(r, c)) {
                    return c;
                }
            }
            return 0;
        }

        private String firstText(int r) {
            return grid.text(r, firstColumn(r)).trim();
        }

        private boolean hasIndicatorData(int r) {
            for (Field f : INDICATOR_FIELDS) {
                if (!empty(f, r)) {
                    return true;
                }
            }
            return false;
        }

        private boolean empty(Field field, int row) {
            Integer c = columns.get(field);
            return c == null || grid.isEmpty(row, c);
        }

        private String text(Field field, int row) {
            Integer c = columns.get(field);
            return c == null ? "" : grid.text(row, c).trim();
        }

        private Num num(Field field, int row) {
            Integer c = columns.get(field);
            return c == null ? null : NumberText.read(grid.value(row, c), CellAddress.of(row, c));
        }

        private Indicator indicator(int r) {
            Num target = num(Field.TARGET, r);
            Num actual = num(Field.ACTUAL, r);
            Num growth = num(Field.GROWTH, r);
            Num targetGrowth = num(Field.TARGET_GROWTH, r);
            String name = text(Field.INDICATOR, r);
            boolean first = !empty(Field.TASK, r);
            String taskText = first ? text(Field.TASK, r) : "";
            if (name.isEmpty() && first) {
                name = IndicatorName.of(taskText);
            }
            if (targetGrowth == null && growth != null && target != null && target.valid() && target.percent()
                    && (actual == null || !actual.valid() || !actual.percent()) && !RATE_NAME.matcher(name).find()) {
                targetGrowth = target; // 目标值 增长8% over 完成值 358.6亿元 and 增速 6.9: a growth target
                target = null;
            }
            String unit = text(Field.UNIT, r);
            if (unit.isEmpty()) {
                unit = unitOf(actual);
                if (unit.isEmpty()) {
                    unit = unitOf(target);
                }
                if (unit.isEmpty() && target != null && target.valid()) {
                    unit = IndicatorName.unit(taskText, target.value());
                }
            }
            if (unit.isEmpty() && RATE_NAME.matcher(name).find() && (actual == null || !actual.valid()
                    || actual.value().compareTo(HUNDRED) <= 0)) {
                unit = "%";
            }
            boolean upperLimit = (target != null && target.upperLimit())
                    || UPPER_LIMIT_WORDS.matcher(name + taskText).find();
            return new Indicator(r, name, unit, target, num(Field.PRIOR, r), actual, growth, targetGrowth,
                    num(Field.CITY_AVERAGE, r), num(Field.RANK, r), num(Field.GROUP_RANK, r), upperLimit,
                    num(Field.SCHEDULE, r), num(Field.PROGRESS, r));
        }

        /**
         * A growth indicator with no target in its row takes the one its task states: 一般公共预算收入增长5%
         * sets 5% for 一般公共预算收入 (or for the task's only indicator, whatever it is called).
         */
        private static Indicator growthTargetFromText(Indicator ind, String taskText, CellAddress cell, boolean only) {
            if (ind.growth() == null || ind.targetGrowth() != null || ind.target() != null) {
                return ind;
            }
            java.math.BigDecimal stated = IndicatorName.statedGrowth(taskText, ind.name(), only);
            if (stated == null) {
                return ind;
            }
            Num target = new Num(stated, true, "", cell, taskText, false);
            return new Indicator(ind.row(), ind.name(), ind.unit(), ind.target(), ind.prior(), ind.actual(), ind.growth(),
                    target, ind.cityAverage(), ind.rank(), ind.groupRank(), ind.upperLimit(), ind.schedule(),
                    ind.progress());
        }

        private static String unitOf(Num n) {
            if (n == null || !n.valid()) {
                return "";
            }
            return n.percent() ? "%" : n.unit();
        }

        private final class TaskBuilder {
            final int firstRow;
            int lastRow;
            final String category;
            final List<Indicator> indicators = new ArrayList<>();

            TaskBuilder(int firstRow, String category) {
                this.firstRow = firstRow;
                this.lastRow = firstRow;
                this.category = category;
            }

            Task build() {
                int r = firstRow;
                String leadText = text(Field.LEAD, r);
                List<String> leads = new ArrayList<>();
                for (String unit : UNIT_SPLIT.split(leadText)) {
                    if (!unit.isBlank()) {
                        leads.add(unit.trim());
                    }
                }
                String lead = leadText;
                String partners = text(Field.PARTNERS, r);
                if (leadFromResponsible && leads.size() > 1) {
                    lead = leads.get(0);
                    partners = String.join("、", leads.subList(1, leads.size()));
                    leads = List.of(lead);
                }
                String taskText = text(Field.TASK, r);
                Integer taskColumn = columns.get(Field.TASK);
                List<Indicator> measured = new ArrayList<>();
                for (Indicator ind : indicators) {
                    measured.add(growthTargetFromText(ind, taskText, CellAddress.of(r, taskColumn),
                            indicators.size() == 1));
                }
                return new Task(firstRow, lastRow, category, text(Field.SERIAL, r), taskText, lead,
                        leads, partners, text(Field.STATUS, r), text(Field.NOTABLE, r), text(Field.STARTED, r),
                        text(Field.FINISHED, r), text(Field.NARRATIVE, r),
                        text(Field.SOURCE, r), text(Field.TEMPLATE, r), measured);
            }
        }
    }
}
