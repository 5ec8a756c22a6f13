package org.tongbao.table;

/** A formula error left in a cell (#DIV/0!, #VALUE!, …), as the spreadsheet shows it. */
public record CellError(String code) {
}
