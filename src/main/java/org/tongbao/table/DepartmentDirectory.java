package org.tongbao.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The office's 部门名录 sheet: every department by its full name (单位全称), the other names it goes
 * by (简称, 别名), and its kind (类别: 县级部门, 乡镇（街道）…). Empty when the workbook has none.
 */
public record DepartmentDirectory(List<Department> departments) {

    /** The sheet's name. */
    public static final String SHEET_NAME = "部门名录";

    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s]+");
    private static final int HEADER_ROWS = 5;

    /** One department: its full name, its other names, its kind ("" when the sheet gives none). */
    public record Department(String fullName, List<String> otherNames, String kind) {

        public Department {
            otherNames = List.copyOf(otherNames);
        }

        public boolean named(String name) {
            return fullName.equals(name) || otherNames.contains(name);
        }
    }

    public DepartmentDirectory {
        departments = List.copyOf(departments);
    }

    public static DepartmentDirectory empty() {
        return new DepartmentDirectory(List.of());
    }

    public boolean isEmpty() {
        return departments.isEmpty();
    }

    /** The directory a 部门名录 sheet holds: its header names 单位全称 (or 单位名称), 简称/别名 and 类别. */
    public static DepartmentDirectory from(Grid sheet) {
        if (sheet == null) {
            return empty();
        }
        for (int r = 0; r < Math.min(HEADER_ROWS, sheet.rowCount()); r++) {
            int full = -1;
            int kind = -1;
            List<Integer> others = new ArrayList<>();
            for (int c = 0; c < sheet.columnCount(); c++) {
                String h = HeaderText.normalise(sheet.text(r, c));
                if (h.equals("单位全称") || h.equals("全称") || h.equals("单位名称") || h.equals("部门名称")) {
                    full = c;
                } else if (h.contains("简称") || h.contains("别名") || h.contains("曾用名") || h.contains("其他名称")) {
                    others.add(c);
                } else if (h.equals("类别") || h.equals("单位类别") || h.equals("类型")) {
                    kind = c;
                }
            }
            if (full >= 0) {
                return read(sheet, r, full, others, kind);
            }
        }
        return empty();
    }

    private static DepartmentDirectory read(Grid sheet, int header, int full, List<Integer> others, int kind) {
        Map<String, Department> byName = new LinkedHashMap<>();
        for (int r = header + 1; r < sheet.rowCount(); r++) {
            String name = sheet.text(r, full).trim();
            if (name.isEmpty()) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (int c : others) {
                for (String alias : SEPARATORS.split(sheet.text(r, c).trim())) {
                    if (!alias.isBlank() && !alias.equals(name)) {
                        aliases.add(alias.trim());
                    }
                }
            }
            byName.putIfAbsent(name, new Department(name, aliases, kind < 0 ? "" : sheet.text(r, kind).trim()));
        }
        return new DepartmentDirectory(new ArrayList<>(byName.values()));
    }

    /** The department a name stands for (its full name or another name), or null. */
    public Department find(String name) {
        for (Department d : departments) {
            if (d.named(name)) {
                return d;
            }
        }
        return null;
    }
}
