package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import no.samskap.gateway.ideas.live.BoardChange;
import no.samskap.gateway.ideas.live.BoardChanges;
import no.samskap.platform.consumption.WhenCommitted;
import org.jooq.DSLContext;

import java.util.UUID;

/** Announces a change of a public idea to live watchers once the transaction that made it has committed. */
@Singleton
class AfterCommit {

    private final WhenCommitted whenCommitted;
    private final BoardChanges changes;
    private final DSLContext sql;

    AfterCommit(WhenCommitted whenCommitted, BoardChanges changes, DSLContext sql) {
        this.whenCommitted = whenCommitted;
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
        whenCommitted.run(() -> changes.announce(change));
    }
}
