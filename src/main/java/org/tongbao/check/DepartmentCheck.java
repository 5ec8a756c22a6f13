package org.tongbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CellAddress;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/**
 * Every 牵头单位 and 配合单位 is a department of the office's 部门名录, when the workbook has one: an
 * unknown name is a warning at its cell, with the directory's closest names suggested.
 */
final class DepartmentCheck implements TableCheck {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s]+");
    /** A name at least this alike (shared characters in order ÷ the longer name) is suggested. */
    private static final double ALIKE = 0.5;
    private static final int SUGGESTIONS = 3;
    private static final Pattern LEVEL = Pattern.compile("^(?:[县区市州省旗]|自治县)");
    private static final Pattern KIND = Pattern.compile("(?:委员会|局|委|办公室|办|中心|人民政府|政府|服务中心)$");

    @Override
    public List<Finding> check(CheckContext context) {
        DepartmentDirectory directory = context.directory();
        List<Finding> found = new ArrayList<>();
        if (directory.isEmpty()) {
            return found;
        }
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            for (String lead : task.leads()) {
                unknown(context, directory, lead, "牵头单位", context.cell(Field.LEAD, task)).ifPresent(found::add);
            }
            for (String partner : SEPARATORS.split(task.partners())) {
                if (!partner.isBlank()) {
                    CellAddress cell = context.table().has(Field.PARTNERS) ? context.cell(Field.PARTNERS, task)
                            : context.cell(Field.LEAD, task);
                    unknown(context, directory, partner.trim(), "配合单位", cell).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static java.util.Optional<Finding> unknown(CheckContext context, DepartmentDirectory directory, String name,
                                                       String role, CellAddress cell) {
        if (directory.find(name) != null) {
            return java.util.Optional.empty();
        }
        List<String> closest = closest(directory, name);
        return java.util.Optional.of(context.finding(FindingCode.DEPARTMENT_UNKNOWN, cell, role + "「" + name
                + "」不在「" + DepartmentDirectory.SHEET_NAME + "」中" + (closest.isEmpty() ? ""
                : "，是否为「" + String.join("」「", closest) + "」？")));
    }

    /** The directory's full names most like {@code name}, best first. */
    static List<String> closest(DepartmentDirectory directory, String name) {
        record Scored(String fullName, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (DepartmentDirectory.Department d : directory.departments()) {
            double best = alike(name, d.fullName());
            for (String other : d.otherNames()) {
                best = Math.max(best, alike(name, other));
            }
            if (best >= ALIKE) {
                scored.add(new Scored(d.fullName(), best));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(SUGGESTIONS)
                .map(Scored::fullName).toList();
    }

    /**
     * How alike two names are by what tells them apart: the level in front (县, 区 …) and the kind
     * behind (局, 委员会 …) are dropped, then the characters the two share in order are counted over
     * the longer's length (县商务局 and 县商务委员会: 1; 县商务局 and 县统计局: 0).
     */
    static double alike(String a, String b) {
        return shared(core(a), core(b));
    }

    private static String core(String name) {
        String c = LEVEL.matcher(KIND.matcher(name).replaceFirst("")).replaceFirst("");
        return c.isEmpty() ? name : c;
    }

    /** Characters the two share in order, over the longer one's length. */
    private static double shared(String a, String b) {
        int[][] common = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                common[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? common[i - 1][j - 1] + 1
                        : Math.max(common[i - 1][j], common[i][j - 1]);
            }
        }
        return (double) common[a.length()][b.length()] / Math.max(1, Math.max(a.length(), b.length()));
    }
}
