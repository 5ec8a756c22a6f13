package org.tongbao.table;

/** A rectangle of cells, 0-based and inclusive: used for merged cells. */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
