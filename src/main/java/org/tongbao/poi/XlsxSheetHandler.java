package org.tongbao.poi;

import java.math.BigDecimal;

import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML into a {@link Grid}: cached values only (formulas are not
 * evaluated), rows and columns from the {@code r} attributes, merged ranges from
 * {@code <mergeCell>}. Shared strings are resolved once per index.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final Grid grid;
    private final String[] sharedStrings;
    private final boolean[] percentStyles;
    private final CellValues values;
    private final WorkbookLimits limits;

    private final StringBuilder text = new StringBuilder();
    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private String v;
    private String inline;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxSheetHandler(Grid grid, String[] sharedStrings, boolean[] percentStyles,
                     CellValues values, WorkbookLimits limits) {
        this.limits = limits;
        this.grid = grid;
        this.sharedStrings = sharedStrings;
        this.percentStyles = percentStyles;
        this.values = values;
    }

    /** A sheet's size in Excel and Calc: a cell beyond it is a damaged or hostile file, not data. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private int rowNumber(String r) throws SAXException {
        try {
            long n = Long.parseLong(r.trim());
            if (n >= 1 && n <= MAX_ROWS) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // said below, as any row outside the sheet
        }
        throw new XlsxPackage.Refused("工作表「" + grid.sheetName() + "」的行号 " + r + " 超出工作表范围（最多 "
                + MAX_ROWS + " 行），文件已损坏");
    }

    private XlsxPackage.Refused outside(String ref) {
        return new XlsxPackage.Refused("工作表「" + grid.sheetName() + "」的单元格 " + (ref != null ? ref : "（第" + (row + 1)
                + "行）") + " 超出工作表范围（最多 " + MAX_COLUMNS + " 列、" + MAX_ROWS + " 行），文件已损坏");
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        switch (local(localName, qName)) {
            case "row" -> {
                String r = attrs.getValue("r");
                row = r != null ? rowNumber(r) - 1 : row + 1;
                column = -1;
            }
            case "c" -> {
                String r = attrs.getValue("r");
                if (r != null) {
                    parseRef(r);
                } else {
                    column++;
                }
                if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) {
                    throw outside(r);
                }
                type = attrs.getValue("t");
                String s = attrs.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                v = null;
                inline = null;
            }
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            case "mergeCell" -> addMerge(attrs.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(localName, qName)) {
            case "v" -> {
                inValue = false;
                v = text.toString();
            }
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inInline = false;
                inline = text.toString();
            }
            case "c" -> {
                Object value = value();
                if (value != null) {
                    XlsxPackage.Refused tooMany = limits.countCell(grid.sheetName());
                    if (tooMany != null) {
                        throw tooMany;
                    }
                    grid.set(row, column, value);
                }
            }
            default -> {
            }
        }
    }

    private Object value() {
        if (type == null || type.equals("n")) {
            if (v == null || v.isEmpty()) {
                return null;
            }
            if (isPercent(style)) {
                return values.percent(new BigDecimal(v.trim()));
            }
            return CellValues.number(Double.parseDouble(v));
        }
        switch (type) {
            case "s" -> {
                if (v == null || v.isEmpty()) {
                    return null;
                }
                return shared(Integer.parseInt(v.trim()));
            }
            case "inlineStr" -> {
                return values.intern(CellValues.decodeEscapes(inline != null ? inline : v));
            }
            case "str" -> {
                return values.intern(CellValues.decodeEscapes(v));
            }
            case "b" -> {
                if (v == null || v.isEmpty()) {
                    return null;
                }
                return v.trim().equals("1") || v.trim().equalsIgnoreCase("true") ? Boolean.TRUE : Boolean.FALSE;
            }
            case "e" -> {
                return values.error(v);
            }
            default -> { // "d": an ISO 8601 date, kept as the text it is
                return values.intern(v);
            }
        }
    }

    /** A shared string by index; already interned and unescaped by {@link SharedStringsReader}. */
    private String shared(int index) {
        if (index < 0 || index >= sharedStrings.length) {
            return null;
        }
        return sharedStrings[index];
    }

    private boolean isPercent(int styleIndex) {
        return styleIndex >= 0 && styleIndex < percentStyles.length && percentStyles[styleIndex];
    }

    /** "AB12" → column 27, row 11 (0-based). */
    private void parseRef(String ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = Math.min(col * 26 + (ch - 'A' + 1), MAX_COLUMNS + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = Math.min(col * 26 + (ch - 'a' + 1), MAX_COLUMNS + 1);
            } else if (ch != '$') {
                break;
            }
            i++;
        }
        int r = 0;
        boolean digits = false;
        while (i < n) {
            char ch = ref.charAt(i);
            if (ch >= '0' && ch <= '9') {
                r = Math.min(r * 10 + (ch - '0'), MAX_ROWS + 1);
                digits = true;
            }
            i++;
        }
        column = col > 0 ? col - 1 : column + 1;
        if (digits) {
            row = r - 1;
        }
    }

    private void addMerge(String ref) {
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return; // a one-cell "merge" merges nothing
        }
        int[] first = cell(ref.substring(0, colon));
        int[] last = cell(ref.substring(colon + 1));
        if (first == null || last == null) {
            return;
        }
        grid.addMerge(new CellRange(Math.min(first[0], last[0]), Math.min(first[1], last[1]),
                Math.max(first[0], last[0]), Math.max(first[1], last[1])));
    }

    private static int[] cell(String ref) {
        int col = 0;
        int r = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch >= 'A' && ch <= 'Z') {
                col = Math.min(col * 26 + (ch - 'A' + 1), MAX_COLUMNS + 1);
            } else if (ch >= '0' && ch <= '9') {
                r = Math.min(r * 10 + (ch - '0'), MAX_ROWS + 1);
                digits = true;
            }
        }
        // a merge reaching outside the sheet merges nothing the table could hold
        return col > 0 && col <= MAX_COLUMNS && digits && r >= 1 && r <= MAX_ROWS ? new int[] {r - 1, col - 1} : null;
    }
}
