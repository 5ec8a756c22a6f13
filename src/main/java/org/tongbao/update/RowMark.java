package org.tongbao.update;

/** A highlight over rows {@code firstRow..lastRow} and columns {@code firstColumn..lastColumn} (0-based, inclusive). */
public record RowMark(Highlight highlight, int firstRow, int lastRow, int firstColumn, int lastColumn) {
}
