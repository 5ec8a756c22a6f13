package org.tongbao.poi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show numbers as percentages, read from styles.xml with SAX.
 * POI's StylesTable would do it too, but loading its XMLBeans types costs seconds on a cold
 * JVM, more than reading the whole sample workbook.
 */
final class PercentStyles {

    private PercentStyles() {
    }

    /** The built-in number formats that are percentages: 9 is 0%, 10 is 0.00%. */
    private static final Set<Integer> BUILTIN_PERCENT = Set.of(9, 10);

    /** For each cellXfs index, whether its number format is a percent format; empty without a styles part. */
    static boolean[] read(XlsxPackage pkg, String part) throws IOException, SAXException, ParserConfigurationException {
        if (part == null) {
            return new boolean[0];
        }
        Handler handler = new Handler();
        pkg.parse(part, handler);
        boolean[] percent = new boolean[handler.cellFormats.size()];
        for (int i = 0; i < percent.length; i++) {
            int id = handler.cellFormats.get(i);
            String custom = handler.customFormats.get(id);
            percent[i] = custom != null ? CellValues.isPercentFormat(custom) : BUILTIN_PERCENT.contains(id);
        }
        return percent;
    }

    private static final class Handler extends DefaultHandler {
        final Map<Integer, String> customFormats = new HashMap<>();
        final List<Integer> cellFormats = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
            switch (name) {
                case "numFmt" -> customFormats.put(whole(attrs.getValue("numFmtId")), attrs.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        cellFormats.add(whole(attrs.getValue("numFmtId")));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
            if (name.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        private static int whole(String s) {
            try {
                return s == null ? 0 : Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
