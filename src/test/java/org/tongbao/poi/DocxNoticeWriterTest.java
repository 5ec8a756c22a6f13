package org.tongbao.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.tongbao.notice.NoticeDocument;
import org.tongbao.notice.NoticeParagraph;
import org.tongbao.notice.ParagraphRole;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class DocxNoticeWriterTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    static Path dir;
    static NoticeDocument notice;
    static Path docx;
    static Map<String, Document> parts;
    static List<Element> bodyParagraphs;

    @BeforeAll
    static void writeSample() throws Exception {
        notice = SampleNotice.notice();
        docx = dir.resolve("通报.docx");
        DocxNoticeWriter.write(notice, docx);
        parts = xmlParts(docx);
        bodyParagraphs = children(body(), "p");
    }

    @Test
    void paragraphTextsReadBackAsTheModelInOrder() throws IOException {
        List<String> expected = notice.paragraphs().stream().map(NoticeParagraph::text).toList();
        assertEquals(expected, DocxNoticeWriter.paragraphTexts(docx));
    }

    @Test
    void noticePagesAreA4WithTheStandardMarginsAndGrid() {
        Element sect = noticeSection();
        Element size = child(sect, "pgSz");
        assertEquals("11906", attr(size, "w"));
        assertEquals("16838", attr(size, "h"));
        Element mar = child(sect, "pgMar");
        assertEquals("2098", attr(mar, "top"));    // 37 mm
        assertEquals("1587", attr(mar, "left"));   // 28 mm
        assertEquals("1474", attr(mar, "right"));  // 26 mm
        assertEquals("1984", attr(mar, "bottom")); // 35 mm
        Element grid = child(sect, "docGrid");
        assertEquals("lines", attr(grid, "type"));
        assertEquals("579", attr(grid, "linePitch")); // 22 lines in 225 mm
        assertEquals(11906 - 1587 - 1474, 8845);
        // 28 characters a line: 28 × (16 pt − 0.25 pt) = 441 pt fit the 442 pt (156 mm) line, 27 × 16 pt + 16 pt do not.
        Element bodyRun = children(bodyParagraphs.get(indexOf(ParagraphRole.BODY)), "r").get(0);
        assertEquals("-5", attr(child(child(bodyRun, "rPr"), "spacing"), "val"));
    }

    @Test
    void eachRoleHasItsEastAsianFont() {
        assertEquals(List.of("仿宋_GB2312"), eastAsiaFonts(ParagraphRole.BODY));
        assertEquals(List.of("仿宋_GB2312"), eastAsiaFonts(ParagraphRole.ITEM));
        assertEquals(List.of("仿宋_GB2312"), eastAsiaFonts(ParagraphRole.SIGNATURE));
        assertEquals(List.of("仿宋_GB2312"), eastAsiaFonts(ParagraphRole.ATTACHMENT_NOTE));
        assertEquals(List.of("黑体"), eastAsiaFonts(ParagraphRole.HEADING_1));
        assertEquals(List.of("方正小标宋简体"), eastAsiaFonts(ParagraphRole.TITLE));
        assertEquals(List.of("方正小标宋简体"), eastAsiaFonts(ParagraphRole.ORGAN));

        int i = indexOf(ParagraphRole.HEADING_2);
        List<Element> runs = children(bodyParagraphs.get(i), "r");
        assertEquals(notice.paragraphs().get(i).lead(), text(runs.get(0)));
        assertEquals("楷体_GB2312", attr(rFonts(runs.get(0)), "eastAsia"));
        assertEquals("eastAsia", attr(rFonts(runs.get(0)), "hint"));
        assertEquals("仿宋_GB2312", attr(rFonts(runs.get(runs.size() - 1)), "eastAsia"));

        Element organRun = children(bodyParagraphs.get(indexOf(ParagraphRole.ORGAN)), "r").get(0);
        assertTrue(List.of("C00000", "FF0000").contains(attr(child(child(organRun, "rPr"), "color"), "val")));
    }

    @Test
    void bodyTextIsSixteenPointOnAFixedLineIndentedTwoCharacters() {
        for (ParagraphRole role : List.of(ParagraphRole.BODY, ParagraphRole.ITEM, ParagraphRole.HEADING_1,
                ParagraphRole.HEADING_2, ParagraphRole.ATTACHMENT_NOTE)) {
            Element p = bodyParagraphs.get(indexOf(role));
            Element spacing = child(child(p, "pPr"), "spacing");
            assertEquals("579", attr(spacing, "line"), role.name());
            assertEquals("exact", attr(spacing, "lineRule"), role.name());
            assertEquals("0", attr(spacing, "after"), role.name());
            assertEquals("200", attr(child(child(p, "pPr"), "ind"), "firstLineChars"), role.name());
            Element firstRun = children(p, "r").get(0);
            assertEquals("32", attr(child(child(firstRun, "rPr"), "sz"), "val"), role.name());
        }
        assertEquals("0", attr(child(child(bodyParagraphs.get(indexOf(ParagraphRole.ITEM)), "pPr"), "spacing"), "before"));
        // 附件： one blank line below the body
        assertEquals("579", attr(child(child(bodyParagraphs.get(indexOf(ParagraphRole.ATTACHMENT_NOTE)), "pPr"), "spacing"), "before"));

        Element title = bodyParagraphs.get(indexOf(ParagraphRole.TITLE));
        assertEquals("center", attr(child(child(title, "pPr"), "jc"), "val"));
        assertEquals("44", attr(child(child(children(title, "r").get(0), "rPr"), "sz"), "val"));
        assertEquals(1, descendants(title, "br").size(), "the title's line break");
    }

    @Test
    void headingsAndTheTitleKeepWithTheNextParagraphSoThatNoneEndsAPage() {
        for (ParagraphRole role : List.of(ParagraphRole.TITLE, ParagraphRole.HEADING_1)) {
            assertNotNull(child(child(bodyParagraphs.get(indexOf(role)), "pPr"), "keepNext"), role.name());
        }
        for (ParagraphRole role : List.of(ParagraphRole.BODY, ParagraphRole.ITEM, ParagraphRole.SIGNATURE)) {
            assertNull(child(child(bodyParagraphs.get(indexOf(role)), "pPr"), "keepNext"), role.name());
        }
    }

    @Test
    void headerPutsTheDateAtARightTabStop() {
        Element header = bodyParagraphs.get(indexOf(ParagraphRole.HEADER));
        Element tab = child(child(child(header, "pPr"), "tabs"), "tab");
        assertEquals("right", attr(tab, "val"));
        assertEquals(String.valueOf(11906 - 1587 - 1474), attr(tab, "pos"));
    }

    @Test
    void attachmentStartsANewPageWithLabelTitleAndRepeatingHeaderRow() {
        int lastNotice = notice.paragraphs().size() - 1;
        Element sect = noticeSection();
        assertEquals(bodyParagraphs.get(lastNotice), sect.getParentNode().getParentNode());
        String type = child(sect, "type") == null ? "nextPage" : attr(child(sect, "type"), "val");
        assertEquals("nextPage", type, "a section break that starts a new page");

        Element label = bodyParagraphs.get(lastNotice + 1);
        assertEquals("附件", text(label));
        assertEquals("黑体", attr(rFonts(children(label, "r").get(0)), "eastAsia"));
        assertEquals("32", attr(child(child(children(label, "r").get(0), "rPr"), "sz"), "val"));
        Element title = bodyParagraphs.get(lastNotice + 2);
        assertEquals(SampleNotice.ATTACHMENT_TITLE, text(title));
        assertEquals("center", attr(child(child(title, "pPr"), "jc"), "val"));
        assertEquals("方正小标宋简体", attr(rFonts(children(title, "r").get(0)), "eastAsia"));

        List<Element> tables = children(body(), "tbl");
        assertEquals(1, tables.size());
        List<Element> rows = children(tables.get(0), "tr");
        assertEquals(1 + SampleNotice.ATTACHMENT_ROWS, rows.size());
        assertNotNull(child(child(rows.get(0), "trPr"), "tblHeader"), "header row repeats on every page");
        assertNull(child(child(rows.get(1), "trPr"), "tblHeader"));
        assertEquals("序号", text(rows.get(0)).substring(0, 2));
        Element cellRun = descendants(children(rows.get(1), "tc").get(1), "r").get(0);
        assertEquals("仿宋_GB2312", attr(rFonts(cellRun), "eastAsia"));
        Element tblPr = child(tables.get(0), "tblPr");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertEquals("single", attr(child(child(tblPr, "tblBorders"), side), "val"), side);
        }

        // Eight columns: the attachment is set on landscape A4, the table as wide as the type area.
        Element attachmentSect = child(body(), "sectPr");
        assertEquals("16838", attr(child(attachmentSect, "pgSz"), "w"));
        assertEquals("11906", attr(child(attachmentSect, "pgSz"), "h"));
        assertEquals("landscape", attr(child(attachmentSect, "pgSz"), "orient"));
        Element mar = child(attachmentSect, "pgMar");
        int typeWidth = 16838 - Integer.parseInt(attr(mar, "left")) - Integer.parseInt(attr(mar, "right"));
        assertEquals(String.valueOf(typeWidth), attr(child(tblPr, "tblW"), "w"));
        int gridSum = children(child(tables.get(0), "tblGrid"), "gridCol").stream()
                .mapToInt(c -> Integer.parseInt(attr(c, "w"))).sum();
        assertEquals(typeWidth, gridSum);
    }

    @Test
    void oddAndEvenFootersCarryPageNumbers() {
        Element settings = parts.get("word/settings.xml").getDocumentElement();
        assertNotNull(child(settings, "evenAndOddHeaders"));
        Map<String, String> targets = relationshipTargets();
        for (Element sect : List.of(noticeSection(), child(body(), "sectPr"))) {
            Map<String, String> footers = new HashMap<>();
            for (Element ref : children(sect, "footerReference")) {
                footers.put(attr(ref, "type"), ref.getAttributeNS(R, "id"));
            }
            assertEquals(Map.of("default", footers.get("default"), "even", footers.get("even")), footers);
            for (String type : List.of("default", "even")) {
                Document footer = parts.get("word/" + targets.get(footers.get(type)));
                assertNotNull(footer, type);
                Element root = footer.getDocumentElement();
                String instr = descendants(root, "instrText").stream().map(Node::getTextContent).reduce("", String::concat);
                assertEquals("PAGE", instr.trim(), type);
                assertEquals("— 1 —", text(root), type);
                Element p = descendants(root, "p").get(0);
                assertEquals(type.equals("default") ? "right" : "left", attr(child(child(p, "pPr"), "jc"), "val"));
                Element run = descendants(p, "r").get(0);
                assertEquals("宋体", attr(rFonts(run), "eastAsia"));
                assertEquals("宋体", attr(rFonts(run), "ascii"));
                assertEquals("28", attr(child(child(run, "rPr"), "sz"), "val"));
            }
        }
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("again"));
        Path target = folder.resolve("notice.docx");
        Files.writeString(target, "old");
        DocxNoticeWriter.write(notice, target);
        assertTrue(new String(Files.readAllBytes(target), 0, 2).startsWith("PK"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("blocked"));
        Path target = Files.createDirectory(folder.resolve("notice.docx"));
        Files.writeString(target.resolve("keep.txt"), "a folder is in the way");
        IOException e = assertThrows(IOException.class, () -> DocxNoticeWriter.write(notice, target));
        assertTrue(e.getMessage().contains("notice.docx"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
        IOException missing = assertThrows(IOException.class,
                () -> DocxNoticeWriter.write(notice, folder.resolve("no/such/folder/notice.docx")));
        assertTrue(missing.getMessage().contains("folder"), missing.getMessage());
    }

    @Test
    void aNoticeWithoutAttachmentIsOneSection() throws Exception {
        Path target = dir.resolve("plain.docx");
        NoticeDocument plain = new NoticeDocument(notice.paragraphs(), List.of());
        DocxNoticeWriter.write(plain, target);
        assertEquals(plain.paragraphs().stream().map(NoticeParagraph::text).toList(), DocxNoticeWriter.paragraphTexts(target));
        Element plainBody = child(xmlParts(target).get("word/document.xml").getDocumentElement(), "body");
        assertTrue(children(plainBody, "tbl").isEmpty());
        assertEquals("11906", attr(child(child(plainBody, "sectPr"), "pgSz"), "w"));
    }

    @Test
    void aHeadingOnItsOwnLineIsKaitiThroughout() throws Exception {
        Path target = dir.resolve("heading.docx");
        DocxNoticeWriter.write(new NoticeDocument(List.of(
                NoticeParagraph.of(ParagraphRole.HEADING_2, "（一）提高工作认识"),
                NoticeParagraph.of(ParagraphRole.BODY, "要进一步提高政治站位。")), List.of()), target);
        Element p = children(child(xmlParts(target).get("word/document.xml").getDocumentElement(), "body"), "p").get(0);
        assertEquals(List.of("楷体_GB2312"), children(p, "r").stream().map(r -> attr(rFonts(r), "eastAsia")).distinct().toList());
        assertEquals("（一）提高工作认识", text(p));
    }

    @Test
    void markupCharactersAndSpacesInTextSurviveTheRoundTrip() throws Exception {
        Path target = dir.resolve("markup.docx");
        String body = " 完成率<50% & “在建”\"项目\"，R&D 投入 ";
        String cell = "a < b && c > d";
        DocxNoticeWriter.write(new NoticeDocument(List.of(NoticeParagraph.of(ParagraphRole.BODY, body)),
                new org.tongbao.notice.AttachmentTable("附件", "表<1>", List.of("序号", "说明"), List.of(List.of("1", cell)))), target);
        assertEquals(List.of(body), DocxNoticeWriter.paragraphTexts(target));
        Element table = children(child(xmlParts(target).get("word/document.xml").getDocumentElement(), "body"), "tbl").get(0);
        assertEquals(cell, text(children(children(table, "tr").get(1), "tc").get(1)));
    }

    // ---------------------------------------------------------------- helpers

    private static int indexOf(ParagraphRole role) {
        for (int i = 0; i < notice.paragraphs().size(); i++) {
            if (notice.paragraphs().get(i).role() == role) {
                return i;
            }
        }
        throw new AssertionError("sample has no " + role);
    }

    private static List<String> eastAsiaFonts(ParagraphRole role) {
        return children(bodyParagraphs.get(indexOf(role)), "r").stream()
                .map(r -> attr(rFonts(r), "eastAsia")).distinct().toList();
    }

    private static Element body() {
        return child(parts.get("word/document.xml").getDocumentElement(), "body");
    }

    /** The notice's own section: the sectPr in the last notice paragraph. */
    private static Element noticeSection() {
        Element p = bodyParagraphs.get(notice.paragraphs().size() - 1);
        Element sect = child(child(p, "pPr"), "sectPr");
        assertNotNull(sect, "the last notice paragraph ends the notice's section");
        return sect;
    }

    private static Map<String, String> relationshipTargets() {
        Map<String, String> targets = new HashMap<>();
        Element rels = parts.get("word/_rels/document.xml.rels").getDocumentElement();
        for (Node n = rels.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                targets.put(e.getAttribute("Id"), e.getAttribute("Target"));
            }
        }
        return targets;
    }

    private static Element rFonts(Element run) {
        return child(child(run, "rPr"), "rFonts");
    }

    private static String text(Element element) {
        StringBuilder sb = new StringBuilder();
        for (Element t : descendants(element, "t")) {
            sb.append(t.getTextContent());
        }
        return sb.toString();
    }

    private static String attr(Element e, String name) {
        assertNotNull(e, "element with attribute " + name);
        return e.hasAttributeNS(W, name) ? e.getAttributeNS(W, name) : null;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        var list = parent.getElementsByTagNameNS(W, name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static Map<String, Document> xmlParts(Path docx) throws Exception {
        Map<String, Document> xml = new HashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes())));
                    }
                }
            }
        }
        return xml;
    }
}
