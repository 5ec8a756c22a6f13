package org.tongbao.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XSheetCellRangeContainer;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUniqueCellFormatRangesSupplier;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.uno.Exception;

import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * The tool's marks as named cell styles (通报-成效明显 …), so staff can restyle them in the Styles
 * sidebar. Styles are created once per document and never overwritten; they are applied to a whole
 * SheetCellRanges collection per kind, never cell by cell. A style only changes a background, never
 * a row's height, so Calc does not re-measure the rows meanwhile ({@link RowHeights}).
 */
public final class CellStyles {

    /** The style a cleared cell goes back to. */
    static final String DEFAULT_STYLE = "Default";

    private CellStyles() {
    }

    /**
     * Creates the missing 通报-… styles (a highlight: background = {@link Highlight#rgb()}; the
     * header look: bold on {@link HeaderLook#rgb()}); keeps those staff edited.
     */
    public static void ensure(XSpreadsheetDocument document) throws Exception {
        try {
            define(document);
        } catch (Exception | RuntimeException e) {
            List<String> locked = new ArrayList<>();
            for (String name : SheetCells.sheetNames(document)) {
                if (SheetCells.isProtected(SheetCells.requireSheet(document, name))) {
                    locked.add("「" + name + "」");
                }
            }
            if (locked.isEmpty()) {
                throw e;
            }
            // LibreOffice refuses new cell styles while any sheet is protected, with a message naming its source file
            throw new IllegalStateException("工作表" + String.join("、", locked) + "受保护，LibreOffice 此时不允许新建单元格样式；"
                    + "请先在「工具 ▸ 保护工作表」中取消保护，运行一次后可再保护。\n"
                    + "A protected sheet (" + String.join(", ", locked) + ") keeps LibreOffice from adding the tool's "
                    + "cell styles: unprotect it (Tools ▸ Protect Sheet), run once, then protect it again.", e);
        }
    }

    private static void define(XSpreadsheetDocument document) throws Exception {
        XNameContainer styles = UnoCast.require(XNameContainer.class, UnoCast.require(XStyleFamiliesSupplier.class,
                document).getStyleFamilies().getByName("CellStyles"));
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        for (Highlight highlight : Highlight.values()) {
            if (!styles.hasByName(highlight.styleName())) {
                create(styles, factory, highlight.styleName(), highlight.rgb(), false);
            }
        }
        for (HeaderLook look : HeaderLook.values()) {
            if (!styles.hasByName(look.styleName())) {
                create(styles, factory, look.styleName(), look.rgb(), true);
            }
        }
    }

    private static void create(XNameContainer styles, XMultiServiceFactory factory, String name, int rgb, boolean bold)
            throws Exception {
        Object style = factory.createInstance("com.sun.star.style.CellStyle");
        styles.insertByName(name, style);
        XPropertySet properties = UnoCast.require(XPropertySet.class, style);
        try {
            properties.setPropertyValue("CellBackColor", rgb);
            properties.setPropertyValue("IsCellBackgroundTransparent", false);
            if (bold) {
                properties.setPropertyValue("CharWeight", com.sun.star.awt.FontWeight.BOLD);
            }
        } catch (Exception | RuntimeException e) {
            try {
                styles.removeByName(name); // else the next run would find the style and never colour it
            } catch (Exception | RuntimeException removal) {
                e.addSuppressed(removal);
            }
            throw e;
        }
    }

    /**
     * The update's row marks, as {@link SheetUpdate} says: the earlier row marks (通报-成效明显, 通报-未完成,
     * 通报-滞后) anywhere on the sheet go, then each mark's rectangle gets its style.
     */
    public static void mark(XSpreadsheetDocument document, String sheetName, List<RowMark> marks) throws Exception {
        XSpreadsheet sheet = SheetCells.writableSheet(document, sheetName);
        clear(document, sheet, Highlight.rowMarks());
        apply(document, sheet, marks);
    }

    /** Gives {@code range} the look's cell style. */
    static void look(XSpreadsheetDocument document, XCellRange range, HeaderLook look) throws Exception {
        ensure(document);
        UnoCast.require(XPropertySet.class, range).setPropertyValue("CellStyle", look.styleName());
    }

    /** Applies each kind's style to all its marks on {@code sheet} at once. */
    public static void apply(XSpreadsheetDocument document, XSpreadsheet sheet, Collection<RowMark> marks)
            throws Exception {
        if (marks.isEmpty()) {
            return;
        }
        ensure(document);
        short sheetIndex = UnoCast.require(com.sun.star.sheet.XCellRangeAddressable.class, sheet)
                .getRangeAddress().Sheet;
        Map<Highlight, List<CellRangeAddress>> byKind = new EnumMap<>(Highlight.class);
        for (RowMark mark : marks) {
            byKind.computeIfAbsent(mark.highlight(), k -> new ArrayList<>()).add(new CellRangeAddress(sheetIndex,
                    mark.firstColumn(), mark.firstRow(), mark.lastColumn(), mark.lastRow()));
        }
        XMultiServiceFactory factory = UnoCast.require(XMultiServiceFactory.class, document);
        RowHeights.keptWhile(document, () -> {
            for (Map.Entry<Highlight, List<CellRangeAddress>> kind : byKind.entrySet()) {
                Object ranges = factory.createInstance("com.sun.star.sheet.SheetCellRanges");
                UnoCast.require(XSheetCellRangeContainer.class, ranges)
                        .addRangeAddresses(kind.getValue().toArray(new CellRangeAddress[0]), false);
                UnoCast.require(XPropertySet.class, ranges).setPropertyValue("CellStyle", kind.getKey().styleName());
            }
            return null;
        });
    }

    /**
     * Puts the cells styled with the given kinds back to the default style. Walks the sheet's
     * uniformly formatted ranges (a few per distinct format), not its cells. Returns how many ranges
     * were cleared.
     */
    public static int clear(XSpreadsheetDocument document, XSpreadsheet sheet, Set<Highlight> kinds) throws Exception {
        return unstyle(document, sheet, kinds.stream().map(Highlight::styleName).collect(Collectors.toSet()));
    }

    /** Every 通报-… look (highlights and header) inside {@code range} back to the default style. */
    static int clearLooks(XSpreadsheetDocument document, XCellRange range) throws Exception {
        Set<String> names = new HashSet<>();
        EnumSet.allOf(Highlight.class).forEach(h -> names.add(h.styleName()));
        EnumSet.allOf(HeaderLook.class).forEach(h -> names.add(h.styleName()));
        return unstyle(document, range, names);
    }

    private static int unstyle(XSpreadsheetDocument document, Object range, Set<String> names) throws Exception {
        XIndexAccess formats = UnoCast.require(XUniqueCellFormatRangesSupplier.class, range)
                .getUniqueCellFormatRanges();
        List<XPropertySet> toClear = new ArrayList<>();
        for (int i = 0; i < formats.getCount(); i++) {
            XPropertySet ranges = UnoCast.require(XPropertySet.class, formats.getByIndex(i));
            if (names.contains(String.valueOf(ranges.getPropertyValue("CellStyle")))) {
                toClear.add(ranges);
            }
        }
        RowHeights.keptWhile(document, () -> {
            for (XPropertySet ranges : toClear) {
                ranges.setPropertyValue("CellStyle", DEFAULT_STYLE);
            }
            return null;
        });
        return toClear.size();
    }
}
