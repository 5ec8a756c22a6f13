package org.tongbao.calc;

/**
 * How an action ended: the message for the user (Chinese, then English), whether to show it in a
 * box even on success, and the value a dispatch caller receives (the message unless the action
 * made something, such as the notice's Writer document).
 */
public record ActionResult(boolean ok, String message, boolean announce, Object value) {

    public static ActionResult done(String message) {
        return new ActionResult(true, message, false, message);
    }

    public static ActionResult announced(String message) {
        return new ActionResult(true, message, true, message);
    }

    public static ActionResult failed(String message) {
        return new ActionResult(false, message, true, message);
    }

    public ActionResult withValue(Object made) {
        return new ActionResult(ok, message, announce, made);
    }
}
