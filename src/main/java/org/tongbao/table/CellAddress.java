package org.tongbao.table;

/** A cell by 0-based row and column, written A1-style as staff see it in Calc ({@link #a1()}). */
public record CellAddress(int row, int column) {

    public CellAddress {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell address " + row + "," + column);
        }
    }

    public static CellAddress of(int row, int column) {
        return new CellAddress(row, column);
    }

    /** A column's letters: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int column) {
        StringBuilder name = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return name.toString();
    }

    /** C12. */
    public String a1() {
        return column(column) + (row + 1);
    }

    @Override
    public String toString() {
        return a1();
    }
}
