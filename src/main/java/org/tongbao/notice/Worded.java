package org.tongbao.notice;

import java.util.List;

import org.tongbao.check.Finding;

/** The notice as worded, and the phrases of the settings that could not be filled. */
public record Worded(NoticeDocument notice, List<Finding> findings) {

    public Worded {
        findings = List.copyOf(findings);
    }
}
