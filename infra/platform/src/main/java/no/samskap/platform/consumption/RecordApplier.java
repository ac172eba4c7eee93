package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.UnreadableMessageException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * Applies one record in one transaction with its processed-message mark. While the database is away every
 * record is retried for as long as it takes; a record that keeps failing for another reason is parked after a
 * few attempts so the records after it can flow.
 */
@Singleton
class RecordApplier {

    enum Outcome { APPLIED, SKIPPED, PARKED, RETRY_LATER }

    private static final Logger LOG = LoggerFactory.getLogger(RecordApplier.class);
    static final int ATTEMPTS_BEFORE_PARKING = 5;

    private final TransactionOperations<Connection> transactions;
    private final ProcessedMessages processed;
    private final ParkedMessages parked;
    private final RetryPause pause;
    private final Map<String, Integer> failuresByRecord = new HashMap<>();

    RecordApplier(TransactionOperations<Connection> transactions, ProcessedMessages processed, ParkedMessages parked,
                  RetryPause pause) {
        this.transactions = transactions;
        this.processed = processed;
        this.parked = parked;
        this.pause = pause;
    }

    Outcome apply(MessageHandler handler, ConsumerRecord<String, byte[]> record) {
        var position = record.topic() + "/" + record.partition() + "/" + record.offset();
        try {
            var envelope = EnvelopeCodec.fromBytes(record.value());
            var applied = transactions.executeWrite(status -> {
                if (!processed.markProcessed(envelope)) {
                    return false;
                }
                handler.handle(envelope);
                return true;
            });
            failuresByRecord.remove(position);
            return applied ? Outcome.APPLIED : Outcome.SKIPPED;
        } catch (UnreadableMessageException e) {
            LOG.error("Parking unreadable record {}: {}", position, e.getMessage());
            return park(record, position, e);
        } catch (RuntimeException e) {
            var failures = failuresByRecord.merge(position, 1, Integer::sum);
            if (!TransientFailures.isTransient(e) && failures >= ATTEMPTS_BEFORE_PARKING) {
                LOG.error("Parking record {} after {} failed attempts.", position, failures, e);
                return park(record, position, e);
            }
            LOG.warn("Could not apply record {} (attempt {}), will retry: {}", position, failures, e.getMessage());
            pause.after(failures);
            return Outcome.RETRY_LATER;
        }
    }

    private Outcome park(ConsumerRecord<String, byte[]> record, String position, Exception reason) {
        var payload = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        try {
            transactions.executeWrite(status -> {
                parked.park(record.topic(), record.partition(), record.offset(), payload,
                    reason.getClass().getSimpleName() + ": " + reason.getMessage());
                return null;
            });
            failuresByRecord.remove(position);
            return Outcome.PARKED;
        } catch (RuntimeException parkingFailed) {
            LOG.warn("Could not park record {} either, will retry it: {}", position, parkingFailed.getMessage());
            pause.after(failuresByRecord.merge(position, 1, Integer::sum));
            return Outcome.RETRY_LATER;
        }
    }
}
