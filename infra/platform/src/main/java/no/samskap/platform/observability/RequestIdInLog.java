package no.samskap.platform.observability;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;

import java.util.Optional;

/**
 * Puts a request's id in the log's MDC on whichever thread works for the request (the event loop, the blocking pool,
 * a reactive continuation), and puts back what was there when that thread is done with it.
 */
record RequestIdInLog(String requestId) implements ThreadPropagatedContextElement<RequestId.InLog> {

    @Override
    public RequestId.InLog updateThreadContext() {
        return RequestId.inLog(Optional.of(requestId));
    }

    @Override
    public void restoreThreadContext(RequestId.InLog scope) {
        scope.close();
    }
}
