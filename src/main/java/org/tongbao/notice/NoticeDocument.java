package org.tongbao.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole notice as a model: what every renderer (.docx, .odt, plain text) lays out. Its
 * attachments follow it, each on pages of its own: the completion table, and, when the office asks
 * for it, the lead departments' league table (附件2).
 */
public record NoticeDocument(List<NoticeParagraph> paragraphs, List<AttachmentTable> attachments) {

    public NoticeDocument {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }

    /** A notice with one attachment, or none ({@code attachment} null). */
    public NoticeDocument(List<NoticeParagraph> paragraphs, AttachmentTable attachment) {
        this(paragraphs, attachment == null ? List.of() : List.of(attachment));
    }

    /** The first attachment (the completion table), or null when there is none. */
    public AttachmentTable attachment() {
        return attachments.isEmpty() ? null : attachments.get(0);
    }

    /** One paragraph a line, as the notice reads without layout. */
    public String plainText() {
        return paragraphs.stream().map(NoticeParagraph::text).collect(Collectors.joining("\n", "", "\n"));
    }

    static List<AttachmentTable> of(AttachmentTable first, AttachmentTable second) {
        List<AttachmentTable> all = new ArrayList<>(List.of(first));
        if (second != null) {
            all.add(second);
        }
        return all;
    }
}
