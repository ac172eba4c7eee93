package no.samskap.gateway.ideas.messaging;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import no.samskap.gateway.ideas.live.BoardChange;
import no.samskap.gateway.ideas.live.BoardChanges;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.util.UUID;

/** Announces a change of a public idea to live watchers once the transaction that made it has committed. */
@Singleton
class AfterCommit {

    private final TransactionOperations<Connection> transactions;
    private final BoardChanges changes;
    private final DSLContext sql;

    AfterCommit(TransactionOperations<Connection> transactions, BoardChanges changes, DSLContext sql) {
        this.transactions = transactions;
        this.changes = changes;
        this.sql = sql;
    }

    void announceIfPublic(Envelope envelope) {
        var isPublic = sql.fetchOne("select published_at is not null from idea_board where id = ?",
            UUID.fromString(envelope.aggregateId()));
        if (isPublic == null || !Boolean.TRUE.equals(isPublic.get(0, Boolean.class))) {
            return;
        }
        var change = new BoardChange(envelope.municipality(), envelope.aggregateId(), envelope.type());
        transactions.findTransactionStatus().ifPresentOrElse(
            status -> status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.announce(change);
                }
            }),
            () -> changes.announce(change));
    }
}
