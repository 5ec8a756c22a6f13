package org.tongbao.rules;

import java.math.BigDecimal;
import java.util.List;

import org.tongbao.figures.NumberStyle;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.Shares;

/**
 * The counts of 一、总体情况, with the shares as printed ("97.1%"). {@code started} counts the
 * projects begun (民生实事: 是否开工, a finished project included); -1 when the table does not say.
 */
public record Summary(int total, int completed, String completedShare, int notable, int unfinished,
                      String unfinishedShare, int started, String startedShare) {

    public static Summary of(List<AssessedTask> tasks, NumberStyle style) {
        int total = tasks.size();
        int completed = (int) tasks.stream().filter(AssessedTask::completed).count();
        int notable = (int) tasks.stream().filter(AssessedTask::notable).count();
        int unfinished = total - completed;
        List<BigDecimal> shares = Shares.of(List.of(completed, unfinished), total, style);
        NumberWriter w = new NumberWriter(style);
        boolean saysStarted = tasks.stream().anyMatch(t -> t.task().started() != null);
        int started = saysStarted ? (int) tasks.stream().filter(t -> Boolean.TRUE.equals(t.task().started())).count() : -1;
        String startedShare = saysStarted ? w.share(Shares.of(List.of(started), total, style).get(0)) : null;
        return new Summary(total, completed, w.share(shares.get(0)), notable, unfinished, w.share(shares.get(1)),
                started, startedShare);
    }
}
