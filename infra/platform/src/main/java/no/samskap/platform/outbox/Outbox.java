package no.samskap.platform.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.observability.RequestId;
import org.jooq.DSLContext;

import java.sql.Connection;

/**
 * Appends messages to the outbox inside the caller's transaction, so a message exists exactly when the state
 * change it describes was committed. Calling it without a transaction is a programming error and fails. The id of the
 * request being served, when there is one, goes with the message (ADR 0054).
 */
@Singleton
public class Outbox {

    // A string rather than jOOQ's DSL: a submission appends four messages, and the DSL rendered the statement anew
    // for each (docs/performance.md, "Where a submission's time goes").
    private static final String INSERT = """
        insert into outbox_message (message_id, topic, message_key, message_type, envelope, request_id)
        values (?, ?, ?, ?, ?, ?)""";

    private final DSLContext sql;
    private final MessagingConfiguration configuration;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSignal signal;

    Outbox(DSLContext sql, MessagingConfiguration configuration, TransactionOperations<Connection> transactions,
           OutboxSignal signal) {
        this.sql = sql;
        this.configuration = configuration;
        this.transactions = transactions;
        this.signal = signal;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(OutgoingMessage<?> message) {
        var envelope = message.envelope();
        sql.execute(INSERT, envelope.id(), configuration.topic(message.type().aggregateType()), envelope.aggregateId(),
            envelope.type(), EnvelopeCodec.toJson(envelope), RequestId.current().orElse(null));
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
            new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.raise();
                }
            }));
    }
}
