package org.tongbao.calc;

import com.sun.star.frame.XFrame;
import com.sun.star.task.XStatusIndicator;
import com.sun.star.task.XStatusIndicatorFactory;

/** Progress in the frame's status bar; does nothing where the frame offers no indicator. */
public final class StatusProgress implements AutoCloseable {

    private static final int RANGE = 100;
    private XStatusIndicator indicator;

    private StatusProgress(XStatusIndicator indicator) {
        this.indicator = indicator;
    }

    public static StatusProgress start(XFrame frame, String text) {
        XStatusIndicator indicator = UnoCast.cast(XStatusIndicatorFactory.class, frame)
                .map(XStatusIndicatorFactory::createStatusIndicator).orElse(null);
        if (indicator != null) {
            indicator.start(text, RANGE);
        }
        return new StatusProgress(indicator);
    }

    /** {@code fraction} from 0 to 1, with the step now under way. */
    public void step(double fraction, String text) {
        if (indicator != null) {
            indicator.setText(text);
            indicator.setValue((int) Math.round(Math.max(0, Math.min(1, fraction)) * RANGE));
        }
    }

    /** Ends the progress; later steps and a second close do nothing. */
    @Override
    public void close() {
        if (indicator != null) {
            indicator.end();
            indicator = null;
        }
    }
}
