package org.tongbao.rules;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.Task;

/** A task with its figures and the engine's verdict: completed or not, notable or not. */
public record AssessedTask(TaskFigures figures, boolean completed, boolean notable) {

    public Task task() {
        return figures.task();
    }
}
