package org.tongbao.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongbao.io.XmlText;
import org.tongbao.io.ZipParts;

/**
 * Freezes the top rows of one sheet in a file the office stored: a document the office holds hidden
 * has no view, so LibreOffice stores no split and the frozen header of a new table would be lost. The
 * freeze is written in as LibreOffice's own view would give it — in an .ods the view settings
 * (settings.xml, "Views"), in an .xlsx the sheet view's frozen pane. Every other part stays as it was;
 * an .ods keeps its mimetype first and stored ({@link ZipParts}).
 */
public final class FrozenRows {

    private static final String ODS_SETTINGS = "settings.xml";
    private static final String ODS_VIEW_SET = "<config:config-item-set config:name=\"ooo:view-settings\">";
    private static final Pattern ODS_VIEWS = Pattern.compile(
            "<config:config-item-map-indexed config:name=\"Views\">.*?</config:config-item-map-indexed>", Pattern.DOTALL);

    private FrozenRows() {
    }

    /** Freezes the first {@code rows} rows of {@code sheet} in the .ods at {@code ods}. */
    public static void inOds(Path ods, String sheet, int rows) throws IOException {
        Map<String, byte[]> parts = ZipParts.read(ods);
        String xml = text(parts, ODS_SETTINGS);
        if (xml == null || !xml.contains(ODS_VIEW_SET)) {
            throw new IOException("LibreOffice 保存的 .ods 没有可补写的视图设置 / no view settings to freeze the header in");
        }
        // a version that does store a view for a hidden document: its view of a new table gives way to ours
        String withoutViews = ODS_VIEWS.matcher(xml).replaceFirst("");
        parts.put(ODS_SETTINGS, withoutViews.replace(ODS_VIEW_SET, ODS_VIEW_SET + odsViews(sheet, rows))
                .getBytes(StandardCharsets.UTF_8));
        ZipParts.write(ods, parts);
    }

    /** Freezes the first {@code rows} rows of {@code sheet} in the .xlsx at {@code xlsx}. */
    public static void inXlsx(Path xlsx, String sheet, int rows) throws IOException {
        Map<String, byte[]> parts = ZipParts.read(xlsx);
        String part = "xl/" + xlsxSheetTarget(parts, sheet);
        String xml = text(parts, part);
        // a version that does store a pane for a hidden document: its pane gives way to ours
        xml = xml == null ? null : xml.replaceFirst("<pane [^>]*/>", "").replaceFirst("<sheetView ([^>]*)/>",
                "<sheetView $1></sheetView>");
        Matcher view = xml == null ? null : Pattern.compile("<sheetView [^>]*[^/]>").matcher(xml);
        if (view == null || !view.find()) {
            throw new IOException("LibreOffice 保存的 .xlsx 没有可补写的工作表视图 / no sheet view to freeze the header in");
        }
        String pane = "<pane xSplit=\"0\" ySplit=\"" + rows + "\" topLeftCell=\"A" + (rows + 1)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/>";
        String frozen = xml.substring(0, view.end()) + pane
                + xml.substring(view.end()).replaceFirst("<selection pane=\"topLeft\"", "<selection pane=\"bottomLeft\"");
        parts.put(part, frozen.getBytes(StandardCharsets.UTF_8));
        ZipParts.write(xlsx, parts);
    }

    /** The worksheet part of {@code sheet}, relative to xl/: workbook.xml names its relationship. */
    private static String xlsxSheetTarget(Map<String, byte[]> parts, String sheet) throws IOException {
        String workbook = text(parts, "xl/workbook.xml");
        String rels = text(parts, "xl/_rels/workbook.xml.rels");
        if (workbook != null && rels != null) {
            Matcher s = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(XmlText.attribute(sheet))
                    + "\"[^>]*r:id=\"([^\"]+)\"").matcher(workbook);
            if (s.find()) {
                Matcher r = Pattern.compile("<Relationship [^>]*Id=\"" + Pattern.quote(s.group(1))
                        + "\"[^>]*Target=\"([^\"]+)\"").matcher(rels);
                if (r.find()) {
                    return r.group(1);
                }
            }
        }
        throw new IOException("LibreOffice 保存的 .xlsx 中找不到工作表「" + sheet + "」/ sheet not found in the stored .xlsx");
    }

    /** One view showing {@code sheet} with its first {@code rows} rows frozen. */
    static String odsViews(String sheet, int rows) {
        StringBuilder x = new StringBuilder("<config:config-item-map-indexed config:name=\"Views\">"
                + "<config:config-item-map-entry>");
        item(x, "ViewId", "string", "view1");
        x.append("<config:config-item-map-named config:name=\"Tables\"><config:config-item-map-entry config:name=\"")
                .append(XmlText.attribute(sheet)).append("\">");
        item(x, "HorizontalSplitMode", "short", "0");
        item(x, "VerticalSplitMode", "short", "2");
        item(x, "HorizontalSplitPosition", "int", "0");
        item(x, "VerticalSplitPosition", "int", String.valueOf(rows));
        item(x, "ActiveSplitRange", "short", "2");
        item(x, "PositionLeft", "int", "0");
        item(x, "PositionRight", "int", "0");
        item(x, "PositionTop", "int", "0");
        item(x, "PositionBottom", "int", String.valueOf(rows));
        x.append("</config:config-item-map-entry></config:config-item-map-named>");
        item(x, "ActiveTable", "string", XmlText.attribute(sheet));
        return x.append("</config:config-item-map-entry></config:config-item-map-indexed>").toString();
    }

    private static void item(StringBuilder x, String name, String type, String value) {
        x.append("<config:config-item config:name=\"").append(name).append("\" config:type=\"").append(type)
                .append("\">").append(value).append("</config:config-item>");
    }

    private static String text(Map<String, byte[]> parts, String name) {
        byte[] bytes = parts.get(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
