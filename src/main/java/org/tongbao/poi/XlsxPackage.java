package org.tongbao.poi;

import org.tongbao.io.Failures;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx package read straight from its zip with SAX: the main document, its relationships,
 * content types and parts. POI's OPCPackage does the same with DOM and XMLBeans, which costs
 * seconds on a cold JVM; validate and notice only ever read.
 */
final class XlsxPackage implements Closeable {

    /** Parts this small may inflate at any ratio: a sheet of blanks packs very well and harms nobody. */
    private static final long SMALL_PART = 1 << 20;

    /**
     * A part the tool will not read, for a reason its message gives in full (not a damaged file):
     * a DTD, a zip bomb, a cell outside any sheet.
     */
    static final class Refused extends SAXException {
        Refused(String message) {
            super(message);
        }
    }

    /** One relationship of a part: its id, its type's last word (worksheet, styles, …), its target part. */
    record Relation(String id, String type, String target) {
    }

    private final Path file;
    private final ZipFile zip;

    private XlsxPackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static XlsxPackage open(Path file) throws WorkbookException {
        try {
            return new XlsxPackage(file, new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw WorkbookFiles.notOoxml(file, e);
        } catch (IOException e) {
            throw WorkbookFiles.cannotRead(file, "读取出错（" + Failures.oneLine(e) + "）", e);
        }
    }

    /** The part's bytes, or null when the package has no such part. */
    InputStream part(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        long ratioLimit = Math.max(SMALL_PART, entry.getCompressedSize() * WorkbookLimits.MAX_RATIO);
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > ratioLimit || read > WorkbookLimits.MAX_PART_BYTES) {
                    String why = read > WorkbookLimits.MAX_PART_BYTES ? WorkbookLimits.partTooLarge(name)
                            : "其中的 " + name + " 解压后超过压缩大小的" + WorkbookLimits.MAX_RATIO + "倍（疑为压缩炸弹），不予读取";
                    throw new IOException(why, new Refused(why));
                }
            }
        };
    }

    /** The main document (xl/workbook.xml as a rule), from the package relationships; null when there is none. */
    String mainDocument() throws IOException, SAXException, ParserConfigurationException {
        for (Relation r : relations("")) {
            if (r.type().equals("officeDocument")) {
                return r.target();
            }
        }
        return null;
    }

    /** The content type of a part, from [Content_Types].xml (an Override, else the Default for its extension). */
    String contentType(String part) throws IOException, SAXException, ParserConfigurationException {
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        parse("[Content_Types].xml", new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("Override")) {
                    overrides.put(strip(a.getValue("PartName")), a.getValue("ContentType"));
                } else if (localName.equals("Default")) {
                    defaults.put(a.getValue("Extension").toLowerCase(java.util.Locale.ROOT), a.getValue("ContentType"));
                }
            }
        });
        String type = overrides.get(part);
        if (type != null) {
            return type;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? "" : defaults.getOrDefault(part.substring(dot + 1).toLowerCase(java.util.Locale.ROOT), "");
    }

    /** The relationships of a part ("" for the package's own), targets resolved to part names. */
    List<Relation> relations(String part) throws IOException, SAXException, ParserConfigurationException {
        int slash = part.lastIndexOf('/');
        String dir = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relation> out = new ArrayList<>();
        parse(rels, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("Relationship") && !"External".equals(a.getValue("TargetMode"))) {
                    String type = a.getValue("Type");
                    out.add(new Relation(a.getValue("Id"), type.substring(type.lastIndexOf('/') + 1),
                            resolve(dir, a.getValue("Target"))));
                }
            }
        });
        return out;
    }

    /** Parses a part with SAX, namespace-aware, with DTDs and external entities refused; a missing part is empty. */
    void parse(String part, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream in = part(part)) {
            if (in == null) {
                return;
            }
            XMLReader xml = newReader();
            xml.setContentHandler(handler);
            try {
                xml.parse(new InputSource(in));
            } catch (SAXParseException e) {
                if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                    throw new Refused("其中的 " + part + " 声明了文档类型（DTD/实体），为安全起见不予读取");
                }
                throw e;
            }
        }
    }

    static XMLReader newReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setErrorHandler(SILENT);
        return reader;
    }

    /**
     * Without an error handler the JDK's parser prints "[Fatal Error] …" to stderr before it
     * throws; the exception alone says it, once, in the tool's own message.
     */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop reading, and staff have nothing to do about it
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static String strip(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    /** A relationship target relative to {@code dir} (or absolute), as a part name without leading slash. */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    Path file() {
        return file;
    }
}
