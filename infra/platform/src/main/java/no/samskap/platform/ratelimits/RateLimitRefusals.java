package no.samskap.platform.ratelimits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import no.samskap.platform.observability.Meters;

/** {@code samskap_rate_limit_refusals_total}, by the limit a write was over: a person's or an address's. */
@Singleton
public final class RateLimitRefusals {

    private final Counter byPerson;
    private final Counter byAddress;

    RateLimitRefusals(BeanProvider<MeterRegistry> registries) {
        var registry = Meters.registry(registries);
        this.byPerson = counter(registry, "person");
        this.byAddress = counter(registry, "address");
    }

    public void countRefusal(boolean byPerson) {
        (byPerson ? this.byPerson : byAddress).increment();
    }

    private static Counter counter(MeterRegistry registry, String limit) {
        return Counter.builder("samskap.rate.limit.refusals").tag("limit", limit)
            .description("Writes refused with 429 for being over a rate limit").register(registry);
    }
}
