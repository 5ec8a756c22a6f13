package org.tongbao.rules;

import java.math.BigDecimal;
import java.util.List;

import org.tongbao.figures.NumberStyle;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.Shares;
import org.tongbao.table.Period;

/**
 * The counts of 一、总体情况, with the shares as printed ("97.1%"). {@code started} counts the
 * projects begun (民生实事: 是否开工, a finished project included); -1 when the table does not say.
 * {@code schedule} is a periodic table's account against 序时进度; null for a year-end table.
 */
public record Summary(int total, int completed, String completedShare, int notable, int unfinished,
                      String unfinishedShare, int started, String startedShare, OnSchedule schedule) {

    /**
     * A periodic table against 序时进度: the period as written (1-9月), the share as the notice writes
     * it (75%), the tasks 达到序时进度 (completed and ahead included) and those behind, with shares
     * that add up to 100%, and how many of them are ahead.
     */
    public record OnSchedule(String period, String share, int onSchedule, String onScheduleShare, int behind,
                             String behindShare, int ahead) {
    }

    public static Summary of(List<AssessedTask> tasks, Period period, NumberStyle style) {
        int total = tasks.size();
        int completed = (int) tasks.stream().filter(AssessedTask::completed).count();
        int notable = (int) tasks.stream().filter(AssessedTask::notable).count();
        int unfinished = total - completed;
        NumberStyle adding = new NumberStyle(style.keepTrailingZeros(), style.minus(), style.negativeGrowthAsDrop(),
                style.pointDecimals(), style.completionDecimals(), style.shareDecimals(), true, style.rounding());
        List<BigDecimal> shares = Shares.of(List.of(completed, unfinished), total, style);
        NumberWriter w = new NumberWriter(style);
        boolean saysStarted = tasks.stream().anyMatch(t -> t.task().started() != null);
        int started = saysStarted ? (int) tasks.stream().filter(t -> Boolean.TRUE.equals(t.task().started())).count() : -1;
        String startedShare = saysStarted ? w.share(Shares.of(List.of(started), total, style).get(0)) : null;
        OnSchedule schedule = null;
        if (period != null) {
            int on = (int) tasks.stream().filter(t -> t.verdict().onSchedule()).count();
            int ahead = (int) tasks.stream().filter(t -> t.verdict() == Verdict.AHEAD).count();
            // the two shares of a periodic account always add up to 100%, as offices print them
            List<BigDecimal> split = Shares.of(List.of(on, total - on), total, adding);
            schedule = new OnSchedule(period.label(), w.rounded(period.schedule(), style.shareDecimals()) + "%", on,
                    w.share(split.get(0)), total - on, w.share(split.get(1)), ahead);
        }
        return new Summary(total, completed, w.share(shares.get(0)), notable, unfinished, w.share(shares.get(1)),
                started, startedShare, schedule);
    }
}
