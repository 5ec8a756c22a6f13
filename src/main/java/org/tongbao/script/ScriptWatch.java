package org.tongbao.script;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyFrame;
import org.python.core.PyObject;
import org.python.core.ThreadState;
import org.python.core.TraceFunction;

/**
 * Stops a script call that overruns its time. Jython ignores thread interrupts and Java can no longer
 * stop a thread, so the watch sets a trace function on the running thread's Python frames: at the
 * script's next line it raises, and goes on raising until the call has unwound. The call runs on the
 * caller's own thread (in Calc, the office's), which is therefore free again right after. One daemon
 * thread looks at the running calls ten times a second; a call itself only enters and leaves a set.
 */
final class ScriptWatch {

    private static final long LOOK_EVERY_MILLIS = 100;
    private static final Set<Turn> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Thread watcher = new Thread(ScriptWatch::watch, "tongbao-script-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private ScriptWatch() {
    }

    /** Watches the calling thread's script call for {@code budget}; end the turn when the call returns. */
    static Turn start(Duration budget) {
        Turn turn = new Turn(Py.getThreadState(), System.nanoTime() + budget.toNanos());
        RUNNING.add(turn);
        return turn;
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Turn turn : RUNNING) {
                if (now - turn.deadline > 0) {
                    turn.expire();
                }
            }
        }
    }

    static final class Turn {
        private final ThreadState state;
        private final long deadline;
        private boolean ended;
        private boolean expired;

        private Turn(ThreadState state, long deadline) {
            this.state = state;
            this.deadline = deadline;
        }

        /** Whether the call was stopped for its time. */
        synchronized boolean expired() {
            return expired;
        }

        private synchronized void expire() {
            if (ended || expired) {
                return;
            }
            expired = true;
            TraceFunction stop = new Stop();
            state.tracefunc = stop; // frames the script enters from now on
            for (PyFrame f = state.frame; f != null; f = f.f_back) {
                f.tracefunc = stop; // frames running now, the looping one among them
            }
        }

        void end() {
            RUNNING.remove(this);
            synchronized (this) {
                ended = true;
                if (expired) {
                    state.tracefunc = null;
                }
            }
        }
    }

    /** Raises at every line, call and return until the script is out of the way. */
    private static final class Stop extends TraceFunction {

        private static PyException stopped() {
            return Py.RuntimeError("超时，已停止 / stopped: out of time");
        }

        @Override
        public TraceFunction traceCall(PyFrame frame) {
            throw stopped();
        }

        @Override
        public TraceFunction traceReturn(PyFrame frame, PyObject ret) {
            return this;
        }

        @Override
        public TraceFunction traceLine(PyFrame frame, int line) {
            throw stopped();
        }

        @Override
        public TraceFunction traceException(PyFrame frame, PyException exc) {
            return this;
        }
    }
}
