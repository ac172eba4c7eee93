package no.samskap.platform.consumption;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import no.samskap.platform.observability.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code samskap_consumer_held_messages}: messages held because they or an earlier one of their aggregate could not be
 * applied (ADR 0044). Counted on a schedule, as the outbox backlog is, so a scrape never waits for the database; NaN
 * until the first count and after one that failed.
 */
@Singleton
@Requires(beans = HeldMessageDesk.class)
final class HeldMessageGauge {

    private static final Logger LOG = LoggerFactory.getLogger(HeldMessageGauge.class);

    private final HeldMessageDesk desk;
    private volatile double held = Double.NaN;

    HeldMessageGauge(HeldMessageDesk desk, BeanProvider<MeterRegistry> registries) {
        var registry = Meters.registry(registries);
        this.desk = desk;
        Gauge.builder("samskap.consumer.held.messages", this, gauge -> gauge.held)
            .description("Messages held until an operator releases or discards them").register(registry);
    }

    @Scheduled(fixedDelay = "${samskap.observability.gauge-refresh:5s}")
    void count() {
        try {
            held = desk.count();
        } catch (RuntimeException databaseAway) {
            LOG.debug("Could not count the held messages: {}", databaseAway.getMessage());
            held = Double.NaN;
        }
    }
}
