package no.samskap.gateway.shell.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import no.samskap.platform.observability.Meters;

import java.util.concurrent.Semaphore;

/**
 * The requests the gateway works on now, up to its limit, as {@code samskap_gateway_requests_in_flight}; those turned
 * away because it was full as {@code samskap_gateway_requests_refused_total}.
 */
@Singleton
final class RequestsInFlight {

    private final int max;
    private final Semaphore room;
    private final Counter refused;

    RequestsInFlight(RequestsInFlightSettings settings, BeanProvider<MeterRegistry> registries) {
        this.max = settings.max();
        this.room = new Semaphore(max);
        var registry = Meters.registry(registries);
        Gauge.builder("samskap.gateway.requests.in.flight", this, RequestsInFlight::count)
            .description("Requests the gateway is working on, of at most samskap-gateway.requests-in-flight.max")
            .register(registry);
        this.refused = Counter.builder("samskap.gateway.requests.refused")
            .description("Requests answered 503 at once because the gateway had its most requests in flight")
            .register(registry);
    }

    /** Takes a place for one more request, or counts it refused when there is none. */
    boolean tryStart() {
        if (room.tryAcquire()) {
            return true;
        }
        refused.increment();
        return false;
    }

    void finish() {
        room.release();
    }

    int max() {
        return max;
    }

    long refusals() {
        return (long) refused.count();
    }

    int count() {
        return max - room.availablePermits();
    }
}
