package org.tongbao.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet as plain cell values: the one shape every door (POI, Calc's getDataArray, a test)
 * hands to the core. Rows and columns are 0-based. A value is {@code null} (empty), a
 * {@link String}, a {@link Double}, a {@link Boolean} or a {@link CellError}.
 * Merged cells hold their value in the top-left cell only, as spreadsheets store them.
 */
public final class Grid {

    private final String sheetName;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<CellRange> merges = new ArrayList<>();
    private int columnCount;

    public Grid(String sheetName) {
        this.sheetName = sheetName;
    }

    /** A grid from a rectangular array, as Calc's getDataArray returns it. */
    public static Grid of(String sheetName, Object[][] values) {
        Grid grid = new Grid(sheetName);
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                grid.set(r, c, values[r][c]);
            }
        }
        return grid;
    }

    public String sheetName() {
        return sheetName;
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columnCount;
    }

    public List<CellRange> merges() {
        return merges;
    }

    public void addMerge(CellRange range) {
        merges.add(range);
    }

    /** Sets a cell; empty strings count as empty cells. */
    public void set(int row, int column, Object value) {
        if (value instanceof String s && s.isEmpty()) {
            value = null;
        }
        if (value != null && !(value instanceof String || value instanceof Double
                || value instanceof Boolean || value instanceof CellError)) {
            throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
        while (rows.size() <= row) {
            rows.add(null);
        }
        Object[] cells = rows.get(row);
        if (cells == null || cells.length <= column) {
            if (value == null) {
                return;
            }
            Object[] grown = new Object[Math.max(column + 1, cells == null ? 0 : cells.length * 2)];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            cells = grown;
            rows.set(row, cells);
        }
        cells[column] = value;
        if (value != null && column >= columnCount) {
            columnCount = column + 1;
        }
    }

    public Object value(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return null;
        }
        Object[] cells = rows.get(row);
        return cells == null || column >= cells.length ? null : cells[column];
    }

    public boolean isEmpty(int row, int column) {
        Object v = value(row, column);
        return v == null || (v instanceof String s && s.isBlank());
    }

    public boolean isRowEmpty(int row) {
        for (int c = 0; c < columnCount; c++) {
            if (!isEmpty(row, c)) {
                return false;
            }
        }
        return true;
    }

    /** The cell as text: numbers without binary noise (557.7, not 557.70000000000005). */
    public String text(int row, int column) {
        Object v = value(row, column);
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return numberText(d);
        }
        if (v instanceof CellError e) {
            return e.code();
        }
        return v.toString();
    }

    public static String numberText(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The merged range holding this cell, or null. */
    public CellRange mergeAt(int row, int column) {
        for (CellRange range : merges) {
            if (range.contains(row, column)) {
                return range;
            }
        }
        return null;
    }
}
