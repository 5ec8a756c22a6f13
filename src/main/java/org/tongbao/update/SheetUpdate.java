package org.tongbao.update;

import java.util.List;

/**
 * What the tool writes back into the sheet, as plain data: a block of computed columns
 * (header row included) placed at {@code top,left}, and the rows to highlight. Every door
 * applies it the same way: one batched write and one styling call per highlight kind.
 * {@code values} is rectangular; its cells are {@link String}, {@link Double} or {@code null}.
 * {@code clearColumns} says how many columns from {@code left} belong to the tool and are
 * cleared first (a second run may write fewer columns than the first).
 */
public record SheetUpdate(String sheetName, int top, int left, Object[][] values, int clearColumns,
                          List<RowMark> marks) {

    public SheetUpdate {
        marks = List.copyOf(marks);
    }
}
