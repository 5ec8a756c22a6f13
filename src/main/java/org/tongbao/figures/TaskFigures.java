package org.tongbao.figures;

import java.util.List;

import org.tongbao.table.Task;

/** A task with the figures of each of its indicators, in row order. */
public record TaskFigures(Task task, List<IndicatorFigures> indicators) {

    public TaskFigures {
        indicators = List.copyOf(indicators);
    }

    public static TaskFigures of(Task task) {
        return new TaskFigures(task, task.indicators().stream().map(Figures::of).toList());
    }

    /** Whether every indicator that has a target reaches it; null when none has one. */
    public Boolean meetsTargets() {
        Boolean all = null;
        for (IndicatorFigures f : indicators) {
            if (f.meetsTarget() != null) {
                all = (all == null || all) && f.meetsTarget();
            }
        }
        return all;
    }
}
