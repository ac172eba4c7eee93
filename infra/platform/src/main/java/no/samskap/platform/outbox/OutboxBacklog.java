package no.samskap.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.platform.observability.Meters;
import no.samskap.platform.schema.PlatformSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * How far the relay is behind: {@code samskap_outbox_unsent} rows and {@code samskap_outbox_oldest_unsent_age_seconds}
 * (0 when none waits). Counted on a schedule, not at each scrape, because a scrape is answered on the event loop,
 * which must not wait for the database; a gauge reads NaN until the first count and after one that failed.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
final class OutboxBacklog {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxBacklog.class);

    private final TransactionOperations<Connection> transactions;
    private final OutboxClaims claims;
    private volatile OutboxClaims.Backlog backlog;

    /** Registers its gauges itself: as a MeterBinder it would be built with the registry, which the pool needs. */
    OutboxBacklog(TransactionOperations<Connection> transactions, OutboxClaims claims, PlatformSchema migratedFirst,
                  BeanProvider<MeterRegistry> registries) {
        var registry = Meters.registry(registries);
        this.transactions = transactions;
        this.claims = claims;
        Gauge.builder("samskap.outbox.unsent", this, gauges -> gauges.read(true))
            .description("Outbox messages not yet acknowledged by Kafka").register(registry);
        Gauge.builder("samskap.outbox.oldest.unsent.age", this, gauges -> gauges.read(false)).baseUnit("seconds")
            .description("How long the oldest unsent outbox message has waited").register(registry);
    }

    @Scheduled(fixedDelay = "${samskap.observability.gauge-refresh:5s}")
    void count() {
        try {
            backlog = transactions.executeRead(status -> claims.backlog());
        } catch (RuntimeException databaseAway) {
            LOG.debug("Could not count the outbox backlog: {}", databaseAway.getMessage());
            backlog = null;
        }
    }

    private double read(boolean rows) {
        var known = backlog;
        if (known == null) {
            return Double.NaN;
        }
        return rows ? known.unsent() : known.oldestAgeSeconds();
    }
}
