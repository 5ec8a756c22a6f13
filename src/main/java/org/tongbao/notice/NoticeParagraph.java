package org.tongbao.notice;

/**
 * One paragraph of the notice. For {@link ParagraphRole#HEADING_2} paragraphs that run on
 * (（一）提高工作认识。要进一步…), {@code lead} is the heading part set in 楷体 and {@code text}
 * the whole paragraph; otherwise {@code lead} is empty.
 */
public record NoticeParagraph(ParagraphRole role, String lead, String text) {

    public NoticeParagraph {
        lead = lead == null ? "" : lead;
        if (!text.startsWith(lead)) {
            throw new IllegalArgumentException("lead must open the text: " + lead);
        }
    }

    public static NoticeParagraph of(ParagraphRole role, String text) {
        return new NoticeParagraph(role, "", text);
    }
}
