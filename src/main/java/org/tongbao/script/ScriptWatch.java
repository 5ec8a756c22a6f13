package org.tongbao.script;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
 * caller's own thread (in Calc, the office's), which is therefore free again right after.
 */
final class ScriptWatch {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private ScriptWatch() {
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "tongbao-script-watch");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    /** Watches the calling thread's script call for {@code budget}; end the turn when the call returns. */
    static Turn start(Duration budget) {
        Turn turn = new Turn(Py.getThreadState());
        turn.timer = TIMER.schedule(turn::expire, budget.toMillis(), TimeUnit.MILLISECONDS);
        return turn;
    }

    static final class Turn {
        private final ThreadState state;
        private ScheduledFuture<?> timer;
        private boolean ended;
        private boolean expired;

        private Turn(ThreadState state) {
            this.state = state;
        }

        /** Whether the call was stopped for its time. */
        synchronized boolean expired() {
            return expired;
        }

        private synchronized void expire() {
            if (ended) {
                return;
            }
            expired = true;
            TraceFunction stop = new Stop();
            state.tracefunc = stop; // frames the script enters from now on
            for (PyFrame f = state.frame; f != null; f = f.f_back) {
                f.tracefunc = stop; // frames running now, the looping one among them
            }
        }

        synchronized void end() {
            ended = true;
            timer.cancel(false);
            if (expired) {
                state.tracefunc = null;
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
