package no.samskap.platform.outbox;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.List;

/**
 * The relay's SQL. A claim locks unsent rows with {@code FOR UPDATE SKIP LOCKED} and takes an advisory lock
 * per aggregate key, so another relay instance skips both the rows and every later row of the same
 * aggregate: messages of one aggregate leave in the order they were written, whichever instance sends them.
 */
@Singleton
class OutboxClaims {

    private final DSLContext sql;

    OutboxClaims(DSLContext sql) {
        this.sql = sql;
    }

    List<ClaimedMessage> claim(int limit) {
        return sql.resultQuery("""
                select seq, topic, message_key, envelope, request_id
                  from outbox_message
                 where sent_at is null
                   and pg_try_advisory_xact_lock(hashtext('samskap-outbox'), hashtext(message_key))
                 order by seq
                 limit ?
                   for update skip locked""", limit)
            .fetch(row -> new ClaimedMessage(row.get(0, Long.class), row.get(1, String.class),
                row.get(2, String.class), row.get(3, String.class), row.get(4, String.class)));
    }

    void markSent(List<ClaimedMessage> messages) {
        var seqs = messages.stream().map(ClaimedMessage::seq).toArray(Long[]::new);
        sql.execute("update outbox_message set sent_at = now() where seq = any(?)", (Object) seqs);
    }

    int purgeSentBefore(Duration retention) {
        return sql.execute("delete from outbox_message where sent_at < now() - make_interval(secs => ?)",
            (double) retention.toSeconds());
    }

    /** Unsent rows and the age of the oldest, in one look at the partial index of unsent rows. */
    Backlog backlog() {
        var row = sql.fetchOne("""
            select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
              from outbox_message
             where sent_at is null""");
        return new Backlog(row.get(0, Long.class), row.get(1, Double.class));
    }

    record Backlog(long unsent, double oldestAgeSeconds) {
    }
}
