package org.tongbao.poi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongbao.update.HeaderLook;
import org.tongbao.update.Highlight;

/**
 * The cell styles the tool derives from the office's own: the same style with a highlight
 * fill, with the header look (bold on the look's fill), or with a tool fill taken off again. Each
 * derived style is made once per (original style, change) and shared by every cell that
 * needs it, so a sheet of 100,000 marked rows adds a handful of styles, not 100,000.
 */
final class ToolStyles {

    private static final int HEADER = Highlight.values().length;
    private static final int CLEARED = HEADER + 1;

    private final Workbook workbook;
    private final Map<Long, CellStyle> derived = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Integer, Integer> fills = new HashMap<>();
    private final Map<Integer, Short> hssfColors = new HashMap<>();
    private Set<Short> hssfUsedColors;

    ToolStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The style with a solid fill of the highlight's colour, all else kept. */
    CellStyle highlighted(CellStyle style, Highlight highlight) {
        if (fillOf(style) == highlight.rgb()) {
            return style;
        }
        return derive(style, highlight.ordinal(), s -> fill(s, highlight.rgb()));
    }

    /** The style in bold with the look's fill, all else kept. */
    CellStyle header(CellStyle style, HeaderLook look) {
        if (fillOf(style) == look.rgb() && workbook.getFontAt(style.getFontIndex()).getBold()) {
            return style;
        }
        return derive(style, HEADER, s -> {
            fill(s, look.rgb());
            s.setFont(font(style.getFontIndex(), true));
        });
    }

    /** Whether the style carries a row mark of an earlier run (成效明显, 未完成 or 滞后). */
    boolean isRowMark(CellStyle style) {
        int rgb = fillOf(style);
        return Highlight.rowMarks().stream().anyMatch(h -> h.rgb() == rgb);
    }

    /**
     * For a cell being cleared: the style without a fill the tool put there (highlight or
     * header look; a header also loses its bold). Other fills stay.
     */
    CellStyle cleared(CellStyle style) {
        int rgb = fillOf(style);
        if (!isToolColour(rgb)) {
            return style;
        }
        return derive(style, CLEARED, s -> {
            s.setFillPattern(FillPatternType.NO_FILL);
            if (s instanceof XSSFCellStyle xs) {
                xs.setFillForegroundColor((XSSFColor) null);
            }
            if (rgb == HeaderLook.TOOL_HEADER.rgb()) {
                s.setFont(font(style.getFontIndex(), false));
            }
        });
    }

    private static boolean isToolColour(int rgb) {
        if (rgb == HeaderLook.TOOL_HEADER.rgb()) {
            return true;
        }
        for (Highlight h : Highlight.values()) {
            if (h.rgb() == rgb) {
                return true;
            }
        }
        return false;
    }

    private interface Change {
        void apply(CellStyle style);
    }

    private CellStyle derive(CellStyle style, int change, Change how) {
        long key = ((long) (style.getIndex() & 0xFFFF) << 8) | change;
        CellStyle made = derived.get(key);
        if (made == null) {
            made = workbook.createCellStyle();
            made.cloneStyleFrom(style);
            how.apply(made);
            derived.put(key, made);
            // the derived style maps to itself, so a second pass over the same cell adds nothing
            derived.put(((long) (made.getIndex() & 0xFFFF) << 8) | change, made);
        }
        return made;
    }

    // ---- fills ------------------------------------------------------------------------

    private void fill(CellStyle style, int rgb) {
        if (style instanceof XSSFCellStyle xs) {
            xs.setFillForegroundColor(new XSSFColor(rgbBytes(rgb), null));
        } else {
            style.setFillForegroundColor(hssfColor(rgb));
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The explicit RGB of a solid fill (theme colours, patterns and no fill give -1). */
    int fillOf(CellStyle style) {
        int index = style.getIndex() & 0xFFFF;
        Integer known = fills.get(index);
        if (known == null) {
            known = readFill(style);
            fills.put(index, known);
        }
        return known;
    }

    private int readFill(CellStyle style) {
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return -1;
        }
        if (style instanceof XSSFCellStyle xs) {
            XSSFColor color = xs.getFillForegroundColorColor();
            if (color == null || !color.isRGB() || color.isThemed()) {
                return -1;
            }
            byte[] rgb = color.getRGB();
            return rgb == null || rgb.length < 3 ? -1
                    : ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
        }
        HSSFColor color = ((HSSFWorkbook) workbook).getCustomPalette().getColor(style.getFillForegroundColor());
        if (color == null) {
            return -1;
        }
        short[] t = color.getTriplet();
        int rgb = (t[0] << 16) | (t[1] << 8) | t[2];
        // a colour the palette only approximates still counts as the tool's
        for (Map.Entry<Integer, Short> e : hssfColors.entrySet()) {
            if (e.getValue() == style.getFillForegroundColor()) {
                return e.getKey();
            }
        }
        return rgb;
    }

    private static byte[] rgbBytes(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /**
     * A palette index showing this colour in a .xls: the exact colour if the palette has it,
     * else a palette slot no style or font of the workbook uses, set to the colour; only when
     * every slot is taken, the nearest colour.
     */
    private short hssfColor(int rgb) {
        Short known = hssfColors.get(rgb);
        if (known != null) {
            return known;
        }
        HSSFWorkbook hwb = (HSSFWorkbook) workbook;
        HSSFPalette palette = hwb.getCustomPalette();
        byte r = (byte) (rgb >> 16);
        byte g = (byte) (rgb >> 8);
        byte b = (byte) rgb;
        HSSFColor exact = palette.findColor(r, g, b);
        short index;
        if (exact != null) {
            index = exact.getIndex();
        } else {
            index = -1;
            Set<Short> used = hssfUsedColors();
            for (short i = 0x3F; i >= 0x10; i--) {
                if (!used.contains(i)) {
                    palette.setColorAtIndex(i, r, g, b);
                    used.add(i);
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                index = palette.findSimilarColor(r, g, b).getIndex();
            }
        }
        hssfColors.put(rgb, index);
        return index;
    }

    private Set<Short> hssfUsedColors() {
        if (hssfUsedColors == null) {
            Set<Short> used = new HashSet<>();
            for (int i = 0; i < workbook.getNumCellStyles(); i++) {
                CellStyle s = workbook.getCellStyleAt(i);
                used.add(s.getFillForegroundColor());
                used.add(s.getFillBackgroundColor());
                used.add(s.getTopBorderColor());
                used.add(s.getBottomBorderColor());
                used.add(s.getLeftBorderColor());
                used.add(s.getRightBorderColor());
            }
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                try {
                    used.add(workbook.getFontAt(i).getColor());
                } catch (RuntimeException e) {
                    // HSSF has no font at index 4
                }
            }
            hssfUsedColors = used;
        }
        return hssfUsedColors;
    }

    // ---- fonts ------------------------------------------------------------------------

    /** The font at this index, bold or not, every other attribute kept. */
    private Font font(int index, boolean bold) {
        Font original = workbook.getFontAt(index);
        if (original.getBold() == bold) {
            return original;
        }
        long key = ((long) index << 1) | (bold ? 1 : 0);
        Font made = fonts.get(key);
        if (made != null) {
            return made;
        }
        if (workbook instanceof XSSFWorkbook xwb) {
            XSSFFont copy = xwb.createFont();
            copy.getCTFont().set(((XSSFFont) original).getCTFont());
            copy.setBold(bold);
            made = copy;
        } else {
            HSSFFont o = (HSSFFont) original;
            made = workbook.findFont(bold, o.getColor(), o.getFontHeight(), o.getFontName(), o.getItalic(),
                    o.getStrikeout(), o.getTypeOffset(), o.getUnderline());
            if (made == null || ((HSSFFont) made).getCharSet() != o.getCharSet()) {
                HSSFFont copy = ((HSSFWorkbook) workbook).createFont();
                copy.setBold(bold);
                copy.setColor(o.getColor());
                copy.setFontHeight(o.getFontHeight());
                copy.setFontName(o.getFontName());
                copy.setItalic(o.getItalic());
                copy.setStrikeout(o.getStrikeout());
                copy.setTypeOffset(o.getTypeOffset());
                copy.setUnderline(o.getUnderline());
                copy.setCharSet(o.getCharSet());
                made = copy;
            }
        }
        fonts.put(key, made);
        return made;
    }
}
