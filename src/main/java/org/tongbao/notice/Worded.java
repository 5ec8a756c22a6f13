package org.tongbao.notice;

import java.util.List;

import org.tongbao.check.Finding;
import org.tongbao.table.CompletionTable;

/**
 * The notice as worded — its paragraphs and its attachment's title — and the warnings the wording
 * gave. The attachment itself (the whole table as printed) is made only when a notice is written
 * ({@link #document}), not each time a table is assessed.
 */
public record Worded(List<NoticeParagraph> paragraphs, String attachmentTitle, List<Finding> findings) {

    public Worded {
        paragraphs = List.copyOf(paragraphs);
        findings = List.copyOf(findings);
    }

    /** The whole notice of {@code table}, attachment included. */
    public NoticeDocument document(CompletionTable table) {
        return new NoticeDocument(paragraphs, NoticeWording.attachment(table, attachmentTitle));
    }
}
