package org.tongbao.poi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx (sharedStrings.xml) with SAX: each item's text runs joined,
 * phonetic runs (rPh) left out, _xHHHH_ escapes decoded, repeated texts one String object.
 */
final class SharedStringsReader extends DefaultHandler {

    private final CellValues values;
    private final List<String> items = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsReader(CellValues values) {
        this.values = values;
    }

    static String[] read(XlsxPackage pkg, String part, CellValues values)
            throws IOException, SAXException, ParserConfigurationException {
        if (part == null) {
            return new String[0];
        }
        SharedStringsReader reader = new SharedStringsReader(values);
        pkg.parse(part, reader);
        return reader.items.toArray(new String[0]);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> items.add(values.intern(CellValues.decodeEscapes(text.toString())));
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }
}
