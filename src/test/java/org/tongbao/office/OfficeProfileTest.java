package org.tongbao.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OfficeProfileTest {

    @Test
    void theProfileSwitchesOnTheFontReplacementTable() throws Exception {
        org.w3c.dom.Document xcu = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(OfficeProfile.settings().getBytes(StandardCharsets.UTF_8)));
        var props = xcu.getElementsByTagName("prop");
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        String replace = null;
        for (int i = 0; i < props.getLength(); i++) {
            org.w3c.dom.Element prop = (org.w3c.dom.Element) props.item(i);
            String name = prop.getAttribute("oor:name");
            String value = prop.getTextContent();
            switch (name) {
                case "Replacement", "Always" -> assertEquals("true", value, name);
                case "OnScreenOnly" -> assertEquals("false", value);
                case "ReplaceFont" -> replace = value;
                case "SubstituteFont" -> pairs.put(replace, value);
                default -> fail("unexpected " + name);
            }
        }
        assertEquals("FandolFang R", pairs.get("仿宋_GB2312"));
        assertEquals("FandolKai", pairs.get("楷体_GB2312"));
        assertEquals("Noto Sans CJK SC", pairs.get("黑体"));
        assertEquals("Noto Serif CJK SC", pairs.get("方正小标宋简体"));
        assertEquals("Noto Serif CJK SC", pairs.get("宋体"));
    }
}
