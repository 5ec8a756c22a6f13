package org.tongbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tongbao.table.CellAddress;
import org.tongbao.table.CellError;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;

/**
 * Mutates a workbook's grids at random, as an office's hands and other tools do: cell values
 * replaced, their types swapped (numbers to text and back, booleans, formula errors), emptied;
 * rows deleted, moved, doubled or inserted; columns swapped or cleared; merges added or removed.
 * The same random source gives the same mutant, and {@link #log} says what was done.
 */
final class Mutator {

    private static final String[] WORDS = {
        "序号", "目标任务", "牵头单位", "责任单位", "目标值", "完成值", "上年值", "完成情况", "同比增长(%)", "全市排名",
        "是否成效明显", "完成情况说明", "单位", "已完成", "未完成", "基本完成", "超额完成", "序时推进", "滞后", "是", "否",
        "县发展改革委", "县交通局", "一、主要经济指标", "合计", "557.7", "4.7%", "１２３", "12,345", "-", "—", "",
        "完成年度目标任务的120%", "亿元", "%", "第一", "通报设置", "发文机关", "成文日期", "{任务}完成{完成值}",
        "{不存在的占位}", "{", "}}", "2023年2月27日", "截至3月底", "序时进度", "75%",
    };
    private static final String[] ERRORS = {"#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"};
    private static final String[] ODD = {
        "地区\u0001生产\u0008总值", "🌾🚜农业", "\u202Eطريق\u202C", "\u200B", "\t\n", "  ", "\uFEFF已完成",
        "𠀀𠀁𠀂", "null", "NaN", "Infinity", "-0", "1e308", "0x1F", "=1/0", "<v>1</v>", "&amp;", "\"", "'",
    };

    private final Random random;
    final List<String> log = new ArrayList<>();

    Mutator(Random random) {
        this.random = random;
    }

    /** The grids with 1–5 mutations, mostly on the table's sheet ({@code main}); the originals untouched. */
    List<Grid> mutate(List<Grid> grids, String main) {
        List<Grid> out = new ArrayList<>();
        for (Grid g : grids) {
            out.add(copy(g, identity(g.rowCount())));
        }
        int index = Math.max(0, indexOf(out, main));
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n && !out.isEmpty(); i++) {
            int at = random.nextInt(10) < 8 ? index : random.nextInt(out.size());
            out.set(at, mutateOne(out.get(at)));
        }
        return out;
    }

    private Grid mutateOne(Grid g) {
        int rows = Math.max(1, g.rowCount());
        int cols = Math.max(1, g.columnCount());
        int r = random.nextInt(rows + 2);
        int c = random.nextInt(cols + 2);
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                Object v = value();
                log.add(g.sheetName() + " set " + cell(r, c) + "=" + show(v));
                g.set(r, c, v);
            }
            case 3, 4 -> {
                Object old = g.value(r, c);
                Object v = swapped(old);
                log.add(g.sheetName() + " swap " + cell(r, c) + " " + show(old) + "→" + show(v));
                g.set(r, c, v);
            }
            case 5 -> {
                log.add(g.sheetName() + " empty " + cell(r, c));
                g.set(r, c, null);
            }
            case 6 -> {
                log.add(g.sheetName() + " delete row " + (r + 1));
                return copy(g, without(rows, r));
            }
            case 7 -> {
                int to = random.nextInt(rows + 1);
                log.add(g.sheetName() + " move row " + (r + 1) + " to " + (to + 1));
                return copy(g, moved(rows, Math.min(r, rows - 1), to));
            }
            case 8 -> {
                boolean blank = random.nextBoolean();
                log.add(g.sheetName() + (blank ? " insert blank row at " : " double row ") + (r + 1));
                int[] map = new int[rows + 1];
                for (int i = 0, j = 0; i <= rows; i++) {
                    map[i] = i == r ? (blank ? -1 : Math.min(r, rows - 1)) : j++;
                }
                return copy(g, map);
            }
            case 9 -> {
                int height = random.nextInt(10) == 0 ? rows : 1 + random.nextInt(4);
                int width = 1 + random.nextInt(random.nextInt(10) == 0 ? cols : 3);
                CellRange m = new CellRange(r, c, r + height - 1, c + width - 1);
                if (height * width > 1) {
                    log.add(g.sheetName() + " merge " + cell(r, c) + ":" + cell(m.lastRow(), m.lastColumn()));
                    g.addMerge(m);
                }
            }
            case 10 -> {
                if (!g.merges().isEmpty()) {
                    CellRange m = g.merges().get(random.nextInt(g.merges().size()));
                    log.add(g.sheetName() + " unmerge " + cell(m.firstRow(), m.firstColumn()));
                    Grid copy = copy(g, identity(g.rowCount()));
                    copy.merges().remove(m);
                    return copy;
                }
            }
            default -> {
                int other = random.nextInt(cols);
                boolean clear = random.nextInt(3) == 0;
                log.add(g.sheetName() + (clear ? " clear column " + CellAddress.column(c)
                        : " swap columns " + CellAddress.column(c) + "," + CellAddress.column(other)));
                for (int i = 0; i < rows; i++) {
                    Object a = g.value(i, c);
                    Object b = g.value(i, other);
                    g.set(i, c, clear ? null : b);
                    if (!clear) {
                        g.set(i, other, a);
                    }
                }
            }
        }
        return g;
    }

    private Object value() {
        return switch (random.nextInt(9)) {
            case 0 -> number();
            case 1 -> Grid.numberText(Math.round(random.nextGaussian() * 1000) / 10.0);
            case 2, 3 -> WORDS[random.nextInt(WORDS.length)];
            case 4 -> random.nextBoolean();
            case 5 -> new CellError(ERRORS[random.nextInt(ERRORS.length)]);
            case 6 -> ODD[random.nextInt(ODD.length)];
            case 7 -> "长".repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 10_000 : 80));
            default -> null;
        };
    }

    private Double number() {
        return switch (random.nextInt(10)) {
            case 0 -> -random.nextDouble() * 1000;
            case 1 -> random.nextBoolean() ? 1e300 : 4.9e-324;
            case 2 -> random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
            case 3 -> 0.0;
            case 4 -> (double) random.nextInt(200);
            default -> Math.round(random.nextDouble() * 100_000) / 10.0;
        };
    }

    /** The same content in another type: numbers become their text, numeric text a number, text a boolean… */
    private Object swapped(Object old) {
        if (old instanceof Double d) {
            return random.nextBoolean() ? Grid.numberText(d) : Boolean.valueOf(d != 0);
        }
        if (old instanceof String s) {
            try {
                return Double.parseDouble(s.replace("%", "").trim());
            } catch (NumberFormatException e) {
                return random.nextBoolean() ? null : new CellError("#VALUE!");
            }
        }
        if (old instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return value();
    }

    // ---- rows -----------------------------------------------------------------------------

    private static int[] identity(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }

    private static int[] without(int n, int gone) {
        if (gone >= n) {
            return identity(n);
        }
        int[] map = new int[n - 1];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != gone) {
                map[j++] = i;
            }
        }
        return map;
    }

    private static int[] moved(int n, int from, int to) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.remove(Integer.valueOf(from));
        order.add(Math.min(to, order.size()), from);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A grid whose row i is the old row map[i] (-1: blank); merges follow their rows while they stay whole. */
    private static Grid copy(Grid g, int[] map) {
        Grid out = new Grid(g.sheetName());
        int[] where = new int[Math.max(g.rowCount(), 1)];
        java.util.Arrays.fill(where, -1);
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0 && map[i] < g.rowCount()) { // rows past the grid are blank
                if (where[map[i]] < 0) {
                    where[map[i]] = i;
                }
                for (int c = 0; c < g.columnCount(); c++) {
                    Object v = g.value(map[i], c);
                    if (v != null) {
                        out.set(i, c, v);
                    }
                }
            }
        }
        for (CellRange m : g.merges()) {
            int first = m.firstRow() < where.length ? where[m.firstRow()] : m.firstRow();
            int last = m.lastRow() < where.length ? where[m.lastRow()] : m.lastRow();
            if (first >= 0 && last >= first && last - first == m.lastRow() - m.firstRow()) {
                out.addMerge(new CellRange(first, m.firstColumn(), last, m.lastColumn()));
            }
        }
        return out;
    }

    private static int indexOf(List<Grid> grids, String name) {
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).sheetName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(int r, int c) {
        return CellAddress.column(c) + (r + 1);
    }

    private static String show(Object v) {
        String s = String.valueOf(v);
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }
}
