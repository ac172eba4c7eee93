package no.samskap.platform.consumption;

import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.observability.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;

/**
 * What operators do with held messages (ADR 0044): list them, release them once the cause is fixed, and discard one
 * that can never be applied (a corrupted record). Releasing applies each held aggregate's records oldest first, each
 * in its own transaction with its processed-message mark, and stops at the first that still fails, keeping it and
 * the rest held, so the read model ends as a clean run would have left it.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class HeldMessageDesk {

    private static final Logger LOG = LoggerFactory.getLogger(HeldMessageDesk.class);
    private static final int LISTED_AT_MOST = 500;

    private final TransactionOperations<Connection> transactions;
    private final HeldMessages held;
    private final ProcessedMessages processed;
    private final HandlersByTopic handlers;

    HeldMessageDesk(TransactionOperations<Connection> transactions, HeldMessages held, ProcessedMessages processed,
                    HandlersByTopic handlers) {
        this.transactions = transactions;
        this.held = held;
        this.processed = processed;
        this.handlers = handlers;
    }

    /** The oldest held messages first by aggregate, at most 500; the first of each aggregate is the cause. */
    public List<HeldMessage> list() {
        return transactions.executeRead(status -> held.list(LISTED_AT_MOST));
    }

    public long count() {
        return transactions.executeRead(status -> held.count());
    }

    public Release releaseAll() {
        var released = 0;
        for (var aggregate : transactions.executeRead(status -> held.heldAggregates())) {
            released += release(aggregate);
        }
        var stillHeld = count();
        LOG.info("Released {} held messages; {} are still held.", released, stillHeld);
        return new Release(released, stillHeld);
    }

    /** Forgets one held message for good; false when there was none with that id. */
    public boolean discard(long id) {
        var discarded = transactions.executeWrite(status -> held.aggregateOf(id).map(aggregate -> {
            held.lock(aggregate);
            held.forget(id);
            return true;
        }).orElse(false));
        if (discarded) {
            LOG.warn("Discarded held message {} on an operator's request; it will never be applied.", id);
        }
        return discarded;
    }

    private int release(AggregateKey aggregate) {
        var released = 0;
        while (true) {
            var attempt = new long[] {-1};
            try {
                var more = transactions.executeWrite(status -> {
                    held.lock(aggregate);
                    var first = held.firstOf(aggregate);
                    if (first.isEmpty()) {
                        return false;
                    }
                    attempt[0] = first.get().id();
                    var envelope = EnvelopeCodec.fromJson(first.get().payload());
                    try (var inLog = RequestId.inLog(first.get().requestId())) {
                        if (processed.markProcessed(envelope)) {
                            handlers.of(aggregate.topic()).handle(envelope);
                        }
                    }
                    held.forget(first.get().id());
                    return true;
                });
                if (!more) {
                    return released;
                }
                released++;
            } catch (RuntimeException e) {
                keepHolding(aggregate, attempt[0], e);
                return released;
            }
        }
    }

    private void keepHolding(AggregateKey aggregate, long id, RuntimeException failure) {
        var reason = "Still failed when released: " + RecordApplier.reason(failure);
        LOG.error("Held message {} with key '{}' on {} still cannot be applied; it and the later messages of its "
            + "aggregate stay held: {}", id, aggregate.key(), aggregate.topic(), reason);
        if (id >= 0) {
            transactions.executeWrite(status -> {
                held.giveReason(id, reason);
                return null;
            });
        }
    }

    /** How many held messages a release applied, and how many are held still. */
    @Serdeable
    public record Release(int released, long stillHeld) {
    }
}
