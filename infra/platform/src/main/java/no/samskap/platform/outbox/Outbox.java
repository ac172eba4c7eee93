package no.samskap.platform.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.observability.RequestId;
import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Appends messages to the outbox inside the caller's transaction, so a message exists exactly when the state
 * change it describes was committed. Calling it without a transaction is a programming error and fails. The id of the
 * request being served, when there is one, goes with the message (ADR 0054).
 */
@Singleton
public class Outbox {

    // Plain JDBC on the transaction's connection rather than jOOQ: a submission appends four messages, and jOOQ's
    // machinery for each statement (render, bind, execute context) cost more than the insert's own work
    // (docs/performance.md, "The write path, one transaction").
    private static final String INSERT = """
        insert into outbox_message (message_id, topic, message_key, message_type, envelope, request_id)
        values (?, ?, ?, ?, ?, ?)""";

    private final MessagingConfiguration configuration;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSignal signal;

    Outbox(MessagingConfiguration configuration, TransactionOperations<Connection> transactions, OutboxSignal signal) {
        this.configuration = configuration;
        this.transactions = transactions;
        this.signal = signal;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(OutgoingMessage<?> message) {
        var envelope = message.envelope();
        try (var insert = transactions.getConnection().prepareStatement(INSERT)) {
            insert.setObject(1, envelope.id());
            insert.setString(2, configuration.topic(message.type().aggregateType()));
            insert.setString(3, envelope.aggregateId());
            insert.setString(4, envelope.type());
            insert.setString(5, EnvelopeCodec.toJson(envelope));
            insert.setString(6, RequestId.current().orElse(null));
            insert.executeUpdate();
        } catch (SQLException failed) {
            throw new DataAccessException("The outbox could not take message " + envelope.id() + ": "
                + failed.getMessage(), failed);
        }
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
            new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.raise();
                }
            }));
    }
}
