package org.tongbao.rules;

/**
 * Where a task stands. A year-end table knows only {@link #COMPLETED} and {@link #UNFINISHED}; a
 * periodic one judges the rest against 序时进度. Ordered worst first, so a task with several
 * indicators stands where its worst one does.
 */
public enum Verdict {
    /** 未达序时进度: behind the share of the year gone by. */
    BEHIND("滞后"),
    /** Not completed at the year's end. */
    UNFINISHED("未完成"),
    /** 达到序时进度. */
    ON_SCHEDULE("序时推进"),
    /** 超进度: well ahead of schedule. */
    AHEAD("超进度"),
    COMPLETED("已完成");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** How the computed column and the messages write it. */
    public String word() {
        return word;
    }

    /** Counted as 达到序时进度 in a periodic notice: on schedule, ahead or done. */
    public boolean onSchedule() {
        return this == ON_SCHEDULE || this == AHEAD || this == COMPLETED;
    }

    /** Listed among the lagging items: behind schedule, or unfinished at the year's end. */
    public boolean lagging() {
        return this == BEHIND || this == UNFINISHED;
    }
}
