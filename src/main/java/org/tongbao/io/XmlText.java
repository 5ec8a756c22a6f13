package org.tongbao.io;

/**
 * Text and attribute values escaped for the XML the tool writes by hand (the notice's .docx and
 * .odt parts, LibreOffice profile settings).
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code value} escaped as an attribute value (quotes, line ends and tabs as references). */
    public static String attribute(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        append(sb, value, true);
        return sb.toString();
    }

    /** {@code value} escaped as element text. */
    public static String text(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        append(sb, value, false);
        return sb.toString();
    }

    /**
     * Appends {@code value} with markup characters escaped; a carriage return is kept as a
     * character reference, and characters XML 1.0 cannot carry (other controls, unpaired
     * surrogates) become "?".
     */
    public static void append(StringBuilder sb, CharSequence value, boolean attribute) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n', '\t' -> sb.append(attribute ? (ch == '\n' ? "&#10;" : "&#9;") : String.valueOf(ch));
                default -> {
                    if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                        sb.append('?');
                    } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        sb.append(ch).append(value.charAt(++i));
                    } else if (Character.isSurrogate(ch)) {
                        sb.append('?');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
    }
}
