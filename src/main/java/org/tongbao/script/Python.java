package org.tongbao.script;

import java.util.Properties;

import org.python.core.PySystemState;

/**
 * The Jython runtime, started once per JVM and only when a script is first needed: site import off
 * (it costs a second start-up and nothing here needs it), no package cache written to disk.
 */
final class Python {

    private static boolean started;

    private Python() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        Properties settings = new Properties();
        settings.setProperty("python.import.site", "false");
        settings.setProperty("python.cachedir.skip", "true");
        settings.setProperty("python.console.encoding", "UTF-8");
        // Inside LibreOffice the thread's class loader is the office's, not the one that holds Jython.
        PySystemState.initialize(System.getProperties(), settings, new String[0], Python.class.getClassLoader());
        started = true;
    }
}
