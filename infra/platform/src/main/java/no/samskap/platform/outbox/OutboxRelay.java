package no.samskap.platform.outbox;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.schema.PlatformSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes committed outbox rows to Kafka on a thread of its own. A batch is marked sent only after the
 * broker acknowledged all of it; when Kafka is away the batch stays unsent and the relay retries with growing
 * pauses, so nothing written is lost and the backlog drains in order when the broker returns.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final MessagingConfiguration configuration;
    private final TransactionOperations<Connection> transactions;
    private final OutboxClaims claims;
    private final RelayProducer producer;
    private final OutboxSignal signal;
    private volatile boolean running;
    private Thread worker;
    private final Clock clock;
    private Instant nextPurge = Instant.EPOCH;

    OutboxRelay(MessagingConfiguration configuration, TransactionOperations<Connection> transactions,
                OutboxClaims claims, RelayProducer producer, OutboxSignal signal, Clock clock,
                PlatformSchema migratedFirst) {
        this.clock = clock;
        this.configuration = configuration;
        this.transactions = transactions;
        this.claims = claims;
        this.producer = producer;
        this.signal = signal;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (configuration.relay().enabled()) {
            start();
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        LOG.info("Outbox relay started; it publishes to {}.", configuration.bootstrapServers());
    }

    public boolean isRelaying() {
        return running && worker != null && worker.isAlive();
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            signal.raise();
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        producer.discard();
    }

    /** Publishes one batch; returns how many messages it published. */
    public int relayOnce() throws Exception {
        return transactions.executeWrite(status -> {
            var batch = claims.claim(configuration.relay().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            producer.sendAndAwait(batch);
            claims.markSent(batch);
            return batch.size();
        });
    }

    private void relayUntilStopped() {
        var pause = configuration.relay().pollInterval();
        var failures = 0;
        while (running) {
            try {
                var published = relayOnce();
                if (failures > 0) {
                    LOG.info("Outbox relay is publishing again after {} failed attempts.", failures);
                    failures = 0;
                }
                purgeWhenDue();
                if (published == 0) {
                    signal.await(configuration.relay().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                pause = backoff(failures);
                LOG.warn("Outbox relay could not publish (attempt {}), retrying in {} ms: {}", failures,
                    pause.toMillis(), e.getMessage());
                if (!pauseFor(pause)) {
                    return;
                }
            }
        }
    }

    private Duration backoff(int failures) {
        var grown = configuration.relay().pollInterval().multipliedBy(1L << Math.min(failures, 6));
        return grown.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : grown;
    }

    private void purgeWhenDue() {
        if (clock.instant().isBefore(nextPurge)) {
            return;
        }
        nextPurge = clock.instant().plus(PURGE_EVERY);
        var purged = transactions.executeWrite(status -> claims.purgeSentBefore(configuration.relay().retention()));
        if (purged > 0) {
            LOG.info("Outbox relay purged {} messages sent more than {} ago.", purged, configuration.relay().retention());
        }
    }

    private boolean pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
