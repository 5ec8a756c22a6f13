package org.tongbao.rules;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Task;

/** A task with its figures and the engine's verdict: where it stands, and whether it is notable. */
public record AssessedTask(TaskFigures figures, Verdict verdict, boolean notable) {

    public Task task() {
        return figures.task();
    }

    public boolean completed() {
        return verdict == Verdict.COMPLETED;
    }
}
