package org.tongbao.table;

import java.util.Map;

/** The status words offices write in 完成情况 / 完成状态, and what each means. */
public enum Status {
    COMPLETED,
    /** Ahead of the time-elapsed schedule (超进度). */
    AHEAD,
    /** On the time-elapsed schedule (序时进度) but not yet done. */
    ON_SCHEDULE,
    /** Behind the time-elapsed schedule. */
    BEHIND,
    UNFINISHED;

    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("已完成", COMPLETED), Map.entry("完成", COMPLETED), Map.entry("提前完成", COMPLETED),
            Map.entry("超额完成", COMPLETED), Map.entry("全面完成", COMPLETED), Map.entry("已全面完成", COMPLETED),
            Map.entry("已超额完成", COMPLETED), Map.entry("已办结", COMPLETED),
            Map.entry("超进度", AHEAD), Map.entry("超序时进度", AHEAD), Map.entry("超过序时进度", AHEAD),
            Map.entry("快于序时进度", AHEAD),
            Map.entry("序时推进", ON_SCHEDULE), Map.entry("达到序时进度", ON_SCHEDULE), Map.entry("达序时进度", ON_SCHEDULE),
            Map.entry("正在推进", ON_SCHEDULE), Map.entry("推进中", ON_SCHEDULE), Map.entry("按序时推进", ON_SCHEDULE),
            Map.entry("基本完成", ON_SCHEDULE), Map.entry("达进度", ON_SCHEDULE),
            Map.entry("未达序时进度", BEHIND), Map.entry("未达到序时进度", BEHIND), Map.entry("滞后序时进度", BEHIND),
            Map.entry("落后序时进度", BEHIND), Map.entry("欠进度", BEHIND), Map.entry("滞后", BEHIND),
            Map.entry("进度滞后", BEHIND),
            Map.entry("未完成", UNFINISHED), Map.entry("未办结", UNFINISHED),
            // a 是否完成 column answered yes or no
            Map.entry("是", COMPLETED), Map.entry("否", UNFINISHED));

    /** The status a word names, or null for a word we do not know. */
    public static Status of(String word) {
        if (word == null) {
            return null;
        }
        Status exact = WORDS.get(word);
        if (exact != null) {
            return exact;
        }
        StringBuilder bare = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '。') {
                bare.append(c);
            }
        }
        return WORDS.get(bare.toString());
    }

    /**
     * The words a new table's 完成情况 drop-down offers: done or not for a year's table; for a periodic
     * one also where a task stands against the time-elapsed schedule.
     */
    public static java.util.List<String> choices(boolean periodic) {
        return periodic ? java.util.List.of("已完成", "超序时进度", "达到序时进度", "未达序时进度")
                : java.util.List.of("已完成", "未完成");
    }

    /** The known words, for messages. */
    public static String knownWords() {
        return "已完成、提前完成、超额完成、基本完成、未完成、序时推进、达到序时进度、未达序时进度、滞后序时进度、欠进度、超进度、正在推进、滞后、进度滞后";
    }
}
