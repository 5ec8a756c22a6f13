package org.tongbao.poi;

/**
 * Keeps POI's logging quiet. POI logs through the log4j API; with no log4j provider on the
 * class path the API prints "ERROR Log4j API could not find a logging provider." to stderr
 * the first time a POI class loads. Routing it to log4j's built-in simple logger at level
 * OFF prints nothing. Must run before the first POI class is touched; a configuration the
 * user set explicitly, or a real log4j on the class path, is left alone.
 */
public final class PoiLogging {

    private static volatile boolean done;

    private PoiLogging() {
    }

    public static void quiet() {
        if (done) {
            return;
        }
        synchronized (PoiLogging.class) {
            if (done) {
                return;
            }
            done = true;
            if (System.getProperty("log4j2.loggerContextFactory") != null || hasLog4jCore()) {
                return;
            }
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
                System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
            }
            if (System.getProperty("log4j2.statusLoggerLevel") == null) {
                System.setProperty("log4j2.statusLoggerLevel", "OFF");
            }
        }
    }

    private static boolean hasLog4jCore() {
        try {
            Class.forName("org.apache.logging.log4j.core.LoggerContext", false, PoiLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
