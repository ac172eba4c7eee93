package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Forgets processed-message ids older than the retention, at most once an hour, so the table stays small. */
@Singleton
class ProcessedMessagePurge {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedMessagePurge.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final TransactionOperations<Connection> transactions;
    private final ProcessedMessages processed;
    private final ProcessedMessageRetention retention;
    private final Clock clock;
    private Instant next = Instant.EPOCH;

    ProcessedMessagePurge(TransactionOperations<Connection> transactions, ProcessedMessages processed,
                          ProcessedMessageRetention retention, Clock clock) {
        this.transactions = transactions;
        this.processed = processed;
        this.retention = retention;
        this.clock = clock;
    }

    /** Called from the consumer's loop; a failure is logged and tried again next time, never stops consuming. */
    void whenDue() {
        if (clock.instant().isBefore(next)) {
            return;
        }
        next = clock.instant().plus(EVERY);
        try {
            var purged = purgeNow();
            if (purged > 0) {
                LOG.info("Forgot {} processed message ids older than {}.", purged, retention.keep());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge processed message ids; will try again in {}: {}", EVERY, e.getMessage());
        }
    }

    /** Batch after batch, each in its own short transaction, until a batch comes back less than full. */
    int purgeNow() {
        var total = 0;
        int purged;
        do {
            purged = transactions.executeWrite(
                status -> processed.forgetOlderThan(retention.keep(), retention.purgeBatch()));
            total += purged;
        } while (purged == retention.purgeBatch());
        return total;
    }
}
