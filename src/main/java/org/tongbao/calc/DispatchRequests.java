package org.tongbao.calc;

import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;

/** XDispatchProvider.queryDispatches as every provider answers it: each request through queryDispatch. */
final class DispatchRequests {

    private DispatchRequests() {
    }

    static XDispatch[] each(XDispatchProvider provider, DispatchDescriptor[] requests) {
        XDispatch[] dispatches = new XDispatch[requests.length];
        for (int i = 0; i < requests.length; i++) {
            dispatches[i] = provider.queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                    requests[i].SearchFlags);
        }
        return dispatches;
    }
}
