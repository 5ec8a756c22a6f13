package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.util.URL;

import org.junit.jupiter.api.Test;

/** The product's protocol handler routes its commands and nothing else (no office needed to see that). */
class TongbaoDispatcherTest {

    private final TongbaoDispatcher dispatcher = new TongbaoDispatcher(null);

    /** The URL as the office's URLTransformer parses it for a protocol handler: protocol with its colon, path. */
    private static URL url(String complete) {
        int path = complete.indexOf(':') + 1;
        URL url = new URL();
        url.Complete = complete;
        url.Protocol = complete.substring(0, path);
        url.Path = complete.substring(path);
        return url;
    }

    @Test
    void answersForEachCommandOnly() {
        for (Command command : Command.values()) {
            assertSame(dispatcher, dispatcher.queryDispatch(url(command.url()), "_self", 0), command.url());
        }
        assertNull(dispatcher.queryDispatch(url("org.tongbao.calc:Bench"), "_self", 0));
        assertNull(dispatcher.queryDispatch(url("org.tongbao.bench:Bench"), "_self", 0));
        assertNull(dispatcher.queryDispatch(url("org.tongbao.other:About"), "_self", 0));
    }

    @Test
    void anUnknownCommandFailsWithAMessage() {
        List<DispatchResultEvent> results = new ArrayList<>();
        dispatcher.dispatchWithNotification(url("org.tongbao.calc:Bench"), new PropertyValue[0], new Listener(results));
        assertEquals(1, results.size());
        assertEquals(DispatchResultState.FAILURE, results.get(0).State);
        assertEquals("未知命令 / unknown command: org.tongbao.calc:Bench", results.get(0).Result);
    }

    private static final class Listener extends WeakBase implements XDispatchResultListener {
        private final List<DispatchResultEvent> results;

        Listener(List<DispatchResultEvent> results) {
            this.results = results;
        }

        @Override
        public void dispatchFinished(DispatchResultEvent event) {
            results.add(event);
        }

        @Override
        public void disposing(EventObject event) {
        }
    }
}
