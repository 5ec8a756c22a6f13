package org.tongbao.notice;

import java.util.List;

/**
 * The attachment (附件): the completion table as printed after the notice, on a page of its own.
 * {@code header} is repeated on every page; {@code rows} are already written as text.
 */
public record AttachmentTable(String label, String title, List<String> header, List<List<String>> rows) {
    public AttachmentTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
