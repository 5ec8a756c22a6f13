package org.tongbao.rules;

import java.util.List;

import org.tongbao.check.Finding;

/** The classified tasks in sheet order, and what the classifier had to guess or saw disagree. */
public record Classification(List<AssessedTask> tasks, List<Finding> findings) {

    public Classification {
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
    }
}
