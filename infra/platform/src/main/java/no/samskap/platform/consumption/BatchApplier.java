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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies all the records of one poll in one transaction, partition after partition and in order within each, with
 * the same processed-message marks and holds as one record at a time. A commit per poll instead of per record is what
 * lets a read model keep up with the services' writes (ADR 0044). When any handler fails, the whole batch rolls back
 * and the consumer applies the poll one record at a time, where failures are retried and held record by record.
 */
@Singleton
class BatchApplier {

    private static final Logger LOG = LoggerFactory.getLogger(BatchApplier.class);

    private final TransactionOperations<Connection> transactions;
    private final RecordApplier applier;
    private final HandlersByTopic handlers;

    BatchApplier(TransactionOperations<Connection> transactions, RecordApplier applier, HandlersByTopic handlers) {
        this.transactions = transactions;
        this.applier = applier;
        this.handlers = handlers;
    }

    /**
     * True when every record was applied, skipped or held and committed, and {@code heldAggregates} has gained the
     * aggregates held on the way; false when nothing was.
     */
    boolean applyAll(List<ConsumerRecord<String, byte[]>> records, Set<AggregateKey> heldAggregates) {
        var heldAfterwards = new HashSet<>(heldAggregates);
        try {
            transactions.executeWrite(status -> {
                for (var record : records) {
                    try (var inLog = RequestId.inLog(RequestId.of(record.headers()))) {
                        applyOne(record, heldAfterwards);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} records rolled back; applying them one by one: {}", records.size(), e.getMessage());
            return false;
        }
        heldAggregates.addAll(heldAfterwards);
        return true;
    }

    private void applyOne(ConsumerRecord<String, byte[]> record, Set<AggregateKey> heldAggregates) {
        Envelope envelope;
        try {
            envelope = EnvelopeCodec.fromBytes(record.value());
        } catch (UnreadableMessageException unreadable) {
            applier.startHold(record, null, unreadable.getMessage());
            heldAggregates.add(AggregateKey.of(record));
            return;
        }
        // A failure in a handler, unreadable payloads included, rolls the batch back: another handler of the topic
        // may have written already.
        applier.applyUnlessHeld(handlers.of(record.topic()), record, envelope, heldAggregates);
    }
}
