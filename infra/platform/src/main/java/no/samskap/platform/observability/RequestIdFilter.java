package no.samskap.platform.observability;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Takes the request's {@code X-Request-Id} when it has the shape of one and issues a fresh id otherwise, puts it in the
 * log's MDC for everything done for the request, and echoes it in the answer. The gateway passes it on to the services
 * it calls, so one id names a write everywhere it goes (ADR 0054).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    private static final String ATTRIBUTE = "samskap.request-id";

    @RequestFilter
    void acceptOrIssue(HttpRequest<?> request, MutablePropagatedContext context) {
        var id = RequestId.acceptOrIssue(request.getHeaders().get(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        context.add(new RequestIdInLog(id));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class)
            .ifPresent(id -> response.getHeaders().set(RequestId.HEADER, id));
    }

    /** Outermost but for the security headers, so that every later filter's log lines carry the id. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
