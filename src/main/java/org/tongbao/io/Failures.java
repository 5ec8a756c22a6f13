package org.tongbao.io;

/** How a failure we cannot word better is shown to staff: one line, never a stack trace. */
public final class Failures {

    private static final int LONGEST = 160;

    private Failures() {
    }

    /** The first line of an exception's message (its type when it has none), at most 160 characters. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.length() > LONGEST ? m.substring(0, LONGEST) + "…" : m;
    }
}
