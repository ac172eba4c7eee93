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

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

/**
 * Appends messages to the outbox inside the caller's transaction, so a message exists exactly when the state
 * change it describes was committed. Calling it without a transaction is a programming error and fails. The id of the
 * request being served, when there is one, goes with the message (ADR 0054).
 */
@Singleton
public class Outbox {

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
        sql.insertInto(table("outbox_message"),
                field("message_id"), field("topic"), field("message_key"), field("message_type"), field("envelope"),
                field("request_id"))
            .values(envelope.id(), configuration.topic(message.type().aggregateType()), envelope.aggregateId(),
                envelope.type(), EnvelopeCodec.toJson(envelope), RequestId.current().orElse(null))
            .execute();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
            new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.raise();
                }
            }));
    }
}
