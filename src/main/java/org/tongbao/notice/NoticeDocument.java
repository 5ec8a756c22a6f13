package org.tongbao.notice;

import java.util.List;
import java.util.stream.Collectors;

/** The whole notice as a model: what every renderer (.docx, .odt, plain text) lays out. */
public record NoticeDocument(List<NoticeParagraph> paragraphs, AttachmentTable attachment) {

    public NoticeDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph a line, as the notice reads without layout. */
    public String plainText() {
        return paragraphs.stream().map(NoticeParagraph::text).collect(Collectors.joining("\n", "", "\n"));
    }
}
