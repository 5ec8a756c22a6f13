package org.tongbao.notice;

import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.table.CompletionTable;

/**
 * The notice as worded — its paragraphs, its attachment's label and title, and the lead departments'
 * league table when the office attaches it (附件2; null otherwise) — and the warnings the wording gave.
 * The completion table as printed, the largest part of a notice, is made only when a notice is
 * written ({@link #document}), not each time a table is assessed.
 */
public record Worded(List<NoticeParagraph> paragraphs, String attachmentLabel, String attachmentTitle,
                     AttachmentTable departments, List<Finding> findings) {

    public Worded {
        paragraphs = List.copyOf(paragraphs);
        findings = List.copyOf(findings);
    }

    /** The whole notice of {@code table}, attachment included. */
    public NoticeDocument document(CompletionTable table) {
        return new NoticeDocument(paragraphs, NoticeDocument.of(NoticeWording.attachment(table, attachmentLabel,
                attachmentTitle), departments));
    }
}
