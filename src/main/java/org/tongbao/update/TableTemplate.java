package org.tongbao.update;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.notice.NoticeSettings;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Field;
import org.tongbao.table.Grid;
import org.tongbao.table.Indicator;
import org.tongbao.table.Period;
import org.tongbao.table.Status;
import org.tongbao.table.Task;

/**
 * The template a year's (or a period's) completion table starts from ({@link NewTable}): the
 * standard columns, and from an earlier table its tasks, departments and targets with the figures
 * left empty, its 通报设置 (less what belongs to one notice: date, year, period) and its 部门名录.
 */
public final class TableTemplate {

    /** The sheet the table goes on. */
    public static final String SHEET_NAME = "完成情况表";

    /** 通报设置 keys that belong to one table's notice, emptied when the settings are carried over. */
    private static final Set<String> PER_NOTICE = Set.of("成文日期", "年度", "期间", "序时进度");

    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s]+");
    private static final Pattern YEAR_AND_PERIOD = Pattern.compile(
            "\\d{4}\\s*年度?\\s*(?:1\\s*[-—–~～至到]\\s*\\d{1,2}\\s*月|上半年|前三季度|第?[一二三四1-4]季度|截至\\d{1,2}月底?)?");
    private static final String TEXT = "@";
    private static final String NUMBER = "General";
    private static final String RATE = "0.0";

    private TableTemplate() {
    }

    /**
     * The new table.
     *
     * @param earlier the earlier table, or null to start from nothing
     * @param earlierSheets every sheet of the earlier workbook (its 通报设置 and 部门名录), empty without one
     * @param period null for a year's table
     */
    public static NewTable of(String year, Period period, CompletionTable earlier, List<Grid> earlierSheets) {
        List<NewTable.Column> columns = columns(period);
        List<List<Object>> rows = earlier == null ? List.of() : rows(earlier, period, columns.size());
        return new NewTable(SHEET_NAME, List.of("附件", title(year, period, earlier)), columns, rows,
                settings(earlierSheets), directory(earlierSheets, earlier));
    }

    private static List<NewTable.Column> columns(Period period) {
        List<NewTable.Column> columns = new ArrayList<>();
        columns.add(new NewTable.Column("序号", 6, NUMBER, List.of(), false));
        columns.add(new NewTable.Column("目标任务", 40, TEXT, List.of(), false));
        columns.add(new NewTable.Column("牵头单位", 16, TEXT, List.of(), true));
        columns.add(new NewTable.Column("配合单位", 16, TEXT, List.of(), false));
        columns.add(new NewTable.Column("指标", 16, TEXT, List.of(), false));
        columns.add(new NewTable.Column("单位", 8, TEXT, List.of(), false));
        columns.add(new NewTable.Column("目标值", 10, NUMBER, List.of(), false));
        if (period != null) {
            columns.add(new NewTable.Column("序时进度(%)", 10, RATE, List.of(), false));
        }
        columns.add(new NewTable.Column(period == null ? "完成值" : period.label() + "完成值", 10, NUMBER, List.of(), false));
        columns.add(new NewTable.Column("同比增长(%)", 10, NUMBER, List.of(), false));
        columns.add(new NewTable.Column("完成情况", 12, TEXT, Status.choices(period != null), false));
        columns.add(new NewTable.Column("是否成效明显", 8, TEXT, List.of("是", "否"), false));
        columns.add(new NewTable.Column("完成情况说明", 50, TEXT, List.of(), false));
        return columns;
    }

    private static String title(String year, Period period, CompletionTable earlier) {
        String stated = year + "年" + (period == null ? "" : period.label());
        if (earlier != null && earlier.title() != null) {
            Matcher m = YEAR_AND_PERIOD.matcher(earlier.title().trim());
            if (m.find()) {
                return m.replaceFirst(Matcher.quoteReplacement(stated));
            }
        }
        return stated + "政府工作报告目标任务完成情况表";
    }

    /** The earlier table's category rows and tasks, one row per indicator, with its targets and no figures. */
    private static List<List<Object>> rows(CompletionTable earlier, Period period, int width) {
        Grid grid = earlier.grid();
        List<List<Object>> rows = new ArrayList<>();
        String category = "";
        for (Task task : earlier.tasks()) {
            if (!task.category().isEmpty() && !task.category().equals(category)) {
                List<Object> row = emptyRow(width);
                row.set(0, task.category());
                rows.add(row);
            }
            category = task.category();
            boolean first = true;
            for (Indicator indicator : task.indicators()) {
                int r = indicator.row();
                List<Object> row = emptyRow(width);
                if (first) {
                    row.set(0, grid.value(r, earlier.columns().get(Field.SERIAL) == null ? -1
                            : earlier.columns().get(Field.SERIAL)));
                    row.set(1, task.text());
                    row.set(2, task.lead());
                    row.set(3, task.partners());
                }
                row.set(4, cell(earlier, Field.INDICATOR, r));
                row.set(5, cell(earlier, Field.UNIT, r));
                row.set(6, cell(earlier, Field.TARGET, r));
                if (period != null) {
                    row.set(7, period.schedule().setScale(1, RoundingMode.HALF_UP).doubleValue());
                }
                rows.add(row);
                first = false;
            }
        }
        return rows;
    }

    private static Object cell(CompletionTable table, Field field, int row) {
        Integer column = table.columns().get(field);
        Object value = column == null ? null : table.grid().value(row, column);
        return value instanceof String || value instanceof Double ? value : null;
    }

    private static List<Object> emptyRow(int width) {
        List<Object> row = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            row.add(null);
        }
        return row;
    }

    /** The earlier 通报设置 without what belongs to its notice and with the keys it lacks; else every key's default. */
    private static SheetRows settings(List<Grid> earlierSheets) {
        Grid existing = sheet(earlierSheets, NoticeSettings.SHEET_NAME);
        List<List<String>> rows = new ArrayList<>();
        if (existing == null) {
            rows.add(List.of("设置项", "内容", "说明"));
        }
        for (int r = 0; existing != null && r < existing.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < existing.columnCount(); c++) {
                row.add(c == 1 && PER_NOTICE.contains(existing.text(r, 0).trim()) ? "" : existing.text(r, c));
            }
            rows.add(row);
        }
        Set<String> listed = new LinkedHashSet<>();
        rows.forEach(row -> listed.add(row.isEmpty() ? "" : row.get(0).trim()));
        for (NoticeSettings.Setting s : NoticeSettings.SETTINGS) {
            if (!listed.contains(s.key())) {
                rows.add(List.of(s.key(), s.defaultValue(), s.note()));
            }
        }
        return new SheetRows(NoticeSettings.SHEET_NAME, true, 0, rows, List.of(16, 60, 60));
    }

    /** The earlier 部门名录 as it is; else its header, and the departments the earlier table names. */
    private static SheetRows directory(List<Grid> earlierSheets, CompletionTable earlier) {
        Grid existing = sheet(earlierSheets, DepartmentDirectory.SHEET_NAME);
        List<List<String>> rows = new ArrayList<>();
        if (existing != null && !DepartmentDirectory.from(existing).isEmpty()) {
            for (int r = 0; r < existing.rowCount(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < existing.columnCount(); c++) {
                    row.add(existing.text(r, c));
                }
                rows.add(row);
            }
        } else {
            rows.add(List.of("单位全称", "简称", "类别"));
            Set<String> names = new LinkedHashSet<>();
            for (Task task : earlier == null ? List.<Task>of() : earlier.tasks()) {
                names.addAll(task.leads());
                for (String partner : SEPARATORS.split(task.partners())) {
                    if (!partner.isBlank()) {
                        names.add(partner.trim());
                    }
                }
            }
            names.forEach(name -> rows.add(List.of(name, "", "")));
        }
        return new SheetRows(DepartmentDirectory.SHEET_NAME, true, 0, rows, List.of(30, 20, 14));
    }

    private static Grid sheet(List<Grid> sheets, String name) {
        return sheets.stream().filter(g -> g.sheetName().equals(name)).findFirst().orElse(null);
    }

    /** A year as four digits, one after {@code year}; null when it is not one. */
    public static String nextYear(String year) {
        return year != null && year.matches("\\d{4}") ? String.valueOf(Integer.parseInt(year) + 1) : null;
    }

    /** The period {@code text} names (1-6月, 上半年, 前三季度…); null for a whole year (1-12月). */
    public static Period period(String text) {
        Period period = Period.fromTitle(text);
        if (period == null && !text.matches("\\s*(?:1\\s*[-—–~～至到]\\s*12\\s*月|全年)\\s*")) {
            throw new IllegalArgumentException("期间「" + text + "」不是可识别的期间，请写作 1-6月、上半年、前三季度 等");
        }
        return period;
    }
}
