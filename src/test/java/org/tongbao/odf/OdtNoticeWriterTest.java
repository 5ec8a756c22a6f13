package org.tongbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.notice.AttachmentTable;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeLayout;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;
import org.tongbao.poi.SampleNotice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class OdtNoticeWriterTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    @TempDir
    static Path dir;
    static NoticeDocument notice;
    static Path odt;
    static Document content;
    static Document styles;

    @BeforeAll
    static void writeSample() throws Exception {
        notice = SampleNotice.notice();
        odt = dir.resolve("通报.odt");
        OdtNoticeWriter.write(notice, odt);
        content = part(odt, "content.xml");
        styles = part(odt, "styles.xml");
    }

    @Test
    void aPackageWithItsMimetypeFirstAndStoredAndEveryPartInTheManifest() throws Exception {
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            ZipEntry first = entries.nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            try (InputStream in = zip.getInputStream(first)) {
                assertEquals(OdtNoticeWriter.MIME_TYPE, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
            String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/manifest.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String part : List.of("content.xml", "styles.xml")) {
                assertTrue(manifest.contains("manifest:full-path=\"" + part + "\""), part);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(odt), files.toList(), "no temporary file left");
        }
    }

    @Test
    void paragraphsBeforeTheAttachmentAreTheModelsInOrderEachInItsRolesStyle() {
        List<Element> paragraphs = noticeParagraphs();
        assertEquals(notice.paragraphs().stream().map(NoticeParagraph::text).toList(),
                paragraphs.stream().map(OdtNoticeWriterTest::text).toList());
        for (int i = 1; i < paragraphs.size(); i++) {
            NoticeParagraph model = notice.paragraphs().get(i);
            ParagraphRole role = model.lead().isEmpty() ? model.role() : ParagraphRole.BODY;
            assertEquals(NoticeLayout.look(role).style(), paragraphs.get(i).getAttributeNS(TEXT, "style-name"), model.text());
        }
    }

    @Test
    void everyLookIsANamedParagraphStyleAndHeadingsKeepWithTheNext() {
        Map<String, Element> named = namedStyles();
        for (ParagraphRole role : ParagraphRole.values()) {
            Element style = named.get(NoticeLayout.look(role).style());
            assertNotNull(style, role.name());
            Element paragraph = child(style, STYLE, "paragraph-properties");
            boolean keeps = "always".equals(paragraph.getAttributeNS(FO, "keep-with-next"));
            assertEquals(NoticeLayout.look(role).keepWithNext(), keeps, role.name());
            assertEquals(NoticeLayout.look(role).eastAsianFont(),
                    child(style, STYLE, "text-properties").getAttributeNS(STYLE, "font-name-asian"), role.name());
        }
        assertTrue("always".equals(child(named.get("通报-一级标题"), STYLE, "paragraph-properties")
                .getAttributeNS(FO, "keep-with-next")), "一、 never ends a page");
        for (String name : List.of("通报-表头", "通报-表格", "通报-表格居中", "通报-表格分类", "通报-附件标识", "通报-附件标题")) {
            assertNotNull(named.get(name), name);
        }
        Element body = child(named.get("通报-正文"), STYLE, "paragraph-properties");
        assertEquals("28.950pt", body.getAttributeNS(FO, "line-height"));
        assertEquals("32.000pt", body.getAttributeNS(FO, "text-indent"), "two characters of 3号");
    }

    @Test
    void theLeadOfARunOnHeadingIsKaitiInAFaceItsPartDeclares() {
        Element lead = elements(content, TEXT, "span").get(0);
        Element style = automaticStyle(lead.getAttributeNS(TEXT, "style-name"));
        String face = child(style, STYLE, "text-properties").getAttributeNS(STYLE, "font-name-asian");
        assertEquals(NoticeLayout.KAITI, face);
        assertTrue(elements(content, STYLE, "font-face").stream().anyMatch(f -> f.getAttributeNS(STYLE, "name").equals(face)),
                "content.xml declares the face its own styles name");
        NoticeParagraph runOn = notice.paragraphs().stream().filter(p -> !p.lead().isEmpty()).findFirst().orElseThrow();
        assertEquals(runOn.lead(), text(lead));
    }

    @Test
    void theNoticesPagesAreA4WithTheStandardTypeAreaAndTheWideAttachmentLandscape() {
        Map<String, Element> layouts = new HashMap<>();
        for (Element layout : elements(styles, STYLE, "page-layout")) {
            layouts.put(layout.getAttributeNS(STYLE, "name"), child(layout, STYLE, "page-layout-properties"));
        }
        Map<String, Element> masters = new HashMap<>();
        for (Element master : elements(styles, STYLE, "master-page")) {
            masters.put(master.getAttributeNS(STYLE, "name"), layouts.get(master.getAttributeNS(STYLE, "page-layout-name")));
            assertEquals("— 1 —", text(child(child(master, STYLE, "footer"), TEXT, "p")));
            assertNotNull(child(master, STYLE, "footer-left"), "even pages number on the left");
        }
        Element page = masters.get(OdtNoticeWriter.NOTICE_PAGE);
        assertEquals("210.00mm", page.getAttributeNS(FO, "page-width"));
        assertEquals("37.00mm", page.getAttributeNS(FO, "margin-top"));
        assertEquals("28.00mm", page.getAttributeNS(FO, "margin-left"));
        assertEquals("26.00mm", page.getAttributeNS(FO, "margin-right"));
        Element attachmentPage = masters.get(OdtNoticeWriter.ATTACHMENT_PAGE);
        assertTrue(SampleNotice.attachment().columns() > NoticeLayout.TABLE.portraitMaxColumns());
        assertEquals("297.00mm", attachmentPage.getAttributeNS(FO, "page-width"));
        assertEquals("landscape", attachmentPage.getAttributeNS(STYLE, "print-orientation"));
    }

    @Test
    void theAttachmentStartsItsOwnPageWithLabelTitleAndOneTableWithAHeaderRow() {
        Element label = paragraphsOfText().get(notice.paragraphs().size());
        assertEquals("附件", text(label));
        Element auto = automaticStyle(label.getAttributeNS(TEXT, "style-name"));
        assertEquals(OdtNoticeWriter.ATTACHMENT_PAGE, auto.getAttributeNS(STYLE, "master-page-name"));
        assertEquals(NoticeLayout.ATTACHMENT_LABEL.style(), auto.getAttributeNS(STYLE, "parent-style-name"));
        assertEquals(SampleNotice.ATTACHMENT_TITLE, text(paragraphsOfText().get(notice.paragraphs().size() + 1)));
        List<Element> tables = elements(content, TABLE, "table");
        assertEquals(1, tables.size());
        assertEquals(OdtNoticeWriter.TABLE_NAME, tables.get(0).getAttributeNS(TABLE, "name"));
        assertEquals(1, elements(content, TABLE, "table-header-rows").size());
        assertEquals(1 + SampleNotice.ATTACHMENT_ROWS, elements(content, TABLE, "table-row").size());
    }

    @Test
    void markupCharactersSpacesTabsAndLineBreaksSurvive() throws Exception {
        String body = "a <b> & \"c\"  two  spaces\tand a tab";
        String cell = " lead & trail ";
        NoticeDocument tricky = new NoticeDocument(List.of(NoticeParagraph.of(ParagraphRole.BODY, body),
                NoticeParagraph.of(ParagraphRole.TITLE, "上\n下")),
                new AttachmentTable("附件", "表<1>", List.of("序号", "说明"), List.of(List.of("1", cell))));
        Path target = dir.resolve("tricky/通报.odt");
        Files.createDirectories(target.getParent());
        OdtNoticeWriter.write(tricky, target);
        Document doc = part(target, "content.xml");
        List<Element> paragraphs = elements(doc, TEXT, "p");
        assertEquals(body, text(paragraphs.get(0)));
        assertEquals("上\n下", text(paragraphs.get(1)));
        assertEquals("表<1>", text(paragraphs.get(3)));
        assertEquals(cell, text(paragraphs.get(paragraphs.size() - 1)));
    }

    @Test
    void upToAThousandRowsAreOneTableAndLongerOnesPiecesOfAHundredInOrder() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_050; i++) {
            rows.add(List.of(String.valueOf(i), "任务"));
        }
        assertEquals(List.of(rows.subList(0, 1_000)), OdtNoticeWriter.pieces(rows.subList(0, 1_000)));
        List<List<List<String>>> pieces = OdtNoticeWriter.pieces(rows);
        assertEquals(11, pieces.size());
        assertEquals(rows, pieces.stream().flatMap(List::stream).toList(), "every row once, in order");
        assertEquals(50, pieces.get(10).size());
        assertEquals(List.of(List.of()), OdtNoticeWriter.pieces(List.of()), "no rows: one empty piece");

        NoticeDocument longNotice = new NoticeDocument(List.of(NoticeParagraph.of(ParagraphRole.BODY, "正文")),
                new AttachmentTable("附件", "表", List.of("序号", "目标任务"), rows));
        Document doc = parse(OdtNoticeWriter.contentXml(longNotice));
        List<Element> tables = elements(doc, TABLE, "table");
        assertEquals(11, tables.size());
        assertEquals("附件-2", tables.get(1).getAttributeNS(TABLE, "name"));
        assertEquals(1, elements(doc, TABLE, "table-header-rows").size(), "the header row heads the first piece only");
        assertEquals(1 + 1_050, elements(doc, TABLE, "table-row").size());
        Element firstOfSecond = child(child(tables.get(1), TABLE, "table-row"), TABLE, "table-cell");
        assertEquals("Y", firstOfSecond.getAttributeNS(TABLE, "style-name"), "no second rule where two pieces meet");
    }

    // ---------------------------------------------------------------- reading the parts

    private static List<Element> paragraphsOfText() {
        Element text = elements(content, OFFICE, "text").get(0);
        List<Element> paragraphs = new ArrayList<>();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("p")) {
                paragraphs.add(e);
            }
        }
        return paragraphs;
    }

    private static List<Element> noticeParagraphs() {
        return paragraphsOfText().subList(0, notice.paragraphs().size());
    }

    private static Map<String, Element> namedStyles() {
        Map<String, Element> named = new HashMap<>();
        Element office = elements(styles, OFFICE, "styles").get(0);
        for (Node n = office.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("style")) {
                named.put(e.getAttributeNS(STYLE, "name"), e);
            }
        }
        return named;
    }

    private static Element automaticStyle(String name) {
        return elements(content, STYLE, "style").stream().filter(e -> e.getAttributeNS(STYLE, "name").equals(name))
                .findFirst().orElseThrow();
    }

    /** The text a paragraph reads as: text:s as spaces, text:tab as "\t", text:line-break as "\n". */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(e.hasAttributeNS(TEXT, "c") ? Integer.parseInt(e.getAttributeNS(TEXT, "c")) : 1));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    default -> sb.append(text(e));
                }
            }
        }
        return sb.toString();
    }

    private static Element child(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Document part(Path odt, String name) throws Exception {
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            return parse(new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
