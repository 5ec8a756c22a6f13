package org.tongbao.table;

/** A1-style names for 0-based row and column numbers, as staff see them in Calc. */
public final class CellAddress {

    private CellAddress() {
    }

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

    public static String of(int row, int column) {
        return column(column) + (row + 1);
    }
}
