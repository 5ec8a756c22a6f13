package org.tongbao.calc;

import java.util.Optional;

import com.sun.star.uno.UnoRuntime;

/** UNO's query-interface as a plain call: {@link Optional} when the interface may be absent. */
public final class UnoCast {

    private UnoCast() {
    }

    public static <T> Optional<T> cast(Class<T> type, Object object) {
        return object == null ? Optional.empty() : Optional.ofNullable(UnoRuntime.queryInterface(type, object));
    }

    /** The interface, or an {@link IllegalStateException} naming what lacked it. */
    public static <T> T require(Class<T> type, Object object) {
        return cast(type, object).orElseThrow(
                () -> new IllegalStateException("UNO object does not support " + type.getSimpleName()));
    }
}
