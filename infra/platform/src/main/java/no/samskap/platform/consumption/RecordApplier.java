package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.UnreadableMessageException;
import no.samskap.platform.observability.RequestId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies one record in one transaction with its processed-message mark, unless its aggregate is held. While the
 * database is away every record is retried for as long as it takes; a record that cannot be read, or whose handler
 * keeps failing for another reason, is held after a few attempts, and with it every later record of its aggregate,
 * while the records of other aggregates flow (ADR 0044).
 */
@Singleton
class RecordApplier {

    enum Outcome { APPLIED, SKIPPED, HELD, RETRY_LATER }

    private static final Logger LOG = LoggerFactory.getLogger(RecordApplier.class);
    static final int ATTEMPTS_BEFORE_HOLDING = 5;

    private final TransactionOperations<Connection> transactions;
    private final ProcessedMessages processed;
    private final HeldMessages held;
    private final RetryPause pause;
    private final Map<String, Integer> failuresByRecord = new HashMap<>();

    RecordApplier(TransactionOperations<Connection> transactions, ProcessedMessages processed, HeldMessages held,
                  RetryPause pause) {
        this.transactions = transactions;
        this.processed = processed;
        this.held = held;
        this.pause = pause;
    }

    /** Applies the record in a transaction of its own; {@code heldAggregates} gains its aggregate when it is held. */
    Outcome apply(MessageHandler handler, ConsumerRecord<String, byte[]> record, Set<AggregateKey> heldAggregates) {
        try (var inLog = RequestId.inLog(RequestId.of(record.headers()))) {
            return applyInItsOwnTransaction(handler, record, heldAggregates);
        }
    }

    private Outcome applyInItsOwnTransaction(MessageHandler handler, ConsumerRecord<String, byte[]> record,
                                             Set<AggregateKey> heldAggregates) {
        var position = position(record);
        Envelope envelope = null;
        try {
            envelope = EnvelopeCodec.fromBytes(record.value());
            var readable = envelope;
            var outcome = transactions.executeWrite(
                status -> applyUnlessHeld(handler, record, readable, heldAggregates));
            failuresByRecord.remove(position);
            return outcome;
        } catch (UnreadableMessageException e) {
            return holdFirst(record, envelope, e.getMessage(), heldAggregates);
        } catch (RuntimeException e) {
            var failures = failuresByRecord.merge(position, 1, Integer::sum);
            if (!TransientFailures.isTransient(e) && failures >= ATTEMPTS_BEFORE_HOLDING) {
                LOG.error("Record {} failed {} times in its handler.", position, failures, e);
                return holdFirst(record, envelope, reason(e), heldAggregates);
            }
            LOG.warn("Could not apply record {} (attempt {}), will retry: {}", position, failures, e.getMessage());
            pause.after(failures);
            return Outcome.RETRY_LATER;
        }
    }

    /**
     * Inside the caller's transaction: holds the record behind its aggregate's held records, or marks it processed
     * and hands it to the handler.
     */
    Outcome applyUnlessHeld(MessageHandler handler, ConsumerRecord<String, byte[]> record, Envelope envelope,
                            Set<AggregateKey> heldAggregates) {
        var aggregate = AggregateKey.of(record);
        if (heldAggregates.contains(aggregate) && held.lockAndCheckHeld(aggregate)) {
            held.hold(record, envelope.id(), envelope.type(), "Waits behind an earlier held message of "
                + envelope.aggregateType() + " " + envelope.aggregateId() + ".");
            LOG.info("Held message {} ({} at {}) behind the held messages of {} {}.", envelope.id(), envelope.type(),
                position(record), envelope.aggregateType(), envelope.aggregateId());
            return Outcome.HELD;
        }
        if (!processed.markProcessed(envelope)) {
            return Outcome.SKIPPED;
        }
        handler.handle(envelope);
        return Outcome.APPLIED;
    }

    /** Inside the caller's transaction: holds a record that cannot be applied, starting a hold of its aggregate. */
    void startHold(ConsumerRecord<String, byte[]> record, Envelope envelope, String reason) {
        var aggregate = AggregateKey.of(record);
        held.lock(aggregate);
        held.hold(record, envelope == null ? null : envelope.id(), envelope == null ? null : envelope.type(), reason);
        LOG.error("Holding message {} ({} at {}) and every later message with key '{}' on {}, because: {} "
                + "Operators list held messages and release them after a fix (ADR 0044).",
            envelope == null ? "without an id" : envelope.id(), envelope == null ? "unreadable" : envelope.type(),
            position(record), aggregate.key(), aggregate.topic(), reason);
    }

    private Outcome holdFirst(ConsumerRecord<String, byte[]> record, Envelope envelope, String reason,
                              Set<AggregateKey> heldAggregates) {
        var position = position(record);
        try {
            transactions.executeWrite(status -> {
                startHold(record, envelope, reason);
                return null;
            });
            heldAggregates.add(AggregateKey.of(record));
            failuresByRecord.remove(position);
            return Outcome.HELD;
        } catch (RuntimeException holdingFailed) {
            LOG.warn("Could not hold record {} either, will retry it: {}", position, holdingFailed.getMessage());
            pause.after(failuresByRecord.merge(position, 1, Integer::sum));
            return Outcome.RETRY_LATER;
        }
    }

    static String reason(Exception failure) {
        var root = failure;
        while (root.getCause() instanceof Exception cause && cause != root) {
            root = cause;
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage()
            + (root == failure ? "" : " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }
}
