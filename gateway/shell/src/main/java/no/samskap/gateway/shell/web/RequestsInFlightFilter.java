package no.samskap.gateway.shell.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Works on at most {@code samskap-gateway.requests-in-flight.max} requests at once and answers the rest at once with
 * 503 and {@code Retry-After}, so that more requests than the gateway can serve cost the excess, not every request
 * queued behind them on the worker pool and the database pool (ADR 0063). What never blocks is not counted: the
 * fingerprinted assets, health and metrics, and live streams, which stay open for as long as their page does.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestsInFlightFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RequestsInFlightFilter.class);
    private static final List<String> UNCOUNTED = List.of("/assets", "/health", "/prometheus");
    private static final long NANOS_BETWEEN_WARNINGS = TimeUnit.SECONDS.toNanos(10);

    private final RequestsInFlight inFlight;
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - NANOS_BETWEEN_WARNINGS);

    RequestsInFlightFilter(RequestsInFlight inFlight) {
        this.inFlight = inFlight;
    }

    // On the event loop, before anything that may block; the place is given back however the answer ends.
    @RequestFilter
    Publisher<MutableHttpResponse<?>> admitWhileThereIsRoom(HttpRequest<?> request,
                                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        if (neverBlocks(request)) {
            return next.proceed();
        }
        if (!inFlight.tryStart()) {
            warnNowAndThen(request);
            return Mono.just(BusyAnswer.to(request));
        }
        Publisher<MutableHttpResponse<?>> answer;
        try {
            answer = next.proceed();
        } catch (RuntimeException failed) {
            inFlight.finish();
            throw failed;
        }
        return Flux.from(answer).doFinally(ended -> inFlight.finish());
    }

    private static boolean neverBlocks(HttpRequest<?> request) {
        var path = request.getPath();
        return UNCOUNTED.stream().anyMatch(under -> path.equals(under) || path.startsWith(under + "/"))
            || RouteAttributes.getRouteMatch(request)
                .map(route -> route.getRouteInfo().getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE))
                .orElse(false);
    }

    private void warnNowAndThen(HttpRequest<?> request) {
        var now = System.nanoTime();
        var last = lastWarned.get();
        if (now - last >= NANOS_BETWEEN_WARNINGS && lastWarned.compareAndSet(last, now)) {
            LOG.warn("Answered {} {} with 503: the gateway is working on {} requests, its most"
                    + " (samskap-gateway.requests-in-flight.max); {} refused so far. Said at most every 10 seconds.",
                request.getMethod(), request.getPath(), inFlight.max(), inFlight.refusals());
        }
    }

    /** Inside the filter that adds the security headers, so a refusal has them; outside everything else. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
