package no.samskap.platform.consumption;

import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import org.jooq.DSLContext;

import java.time.Duration;

/** Remembers which message ids this service has applied, in the same transaction as the change itself. */
@Singleton
class ProcessedMessages {

    private final DSLContext sql;

    ProcessedMessages(DSLContext sql) {
        this.sql = sql;
    }

    /** Returns false when the message was processed before. */
    boolean markProcessed(Envelope envelope) {
        return sql.execute("""
                insert into processed_message (message_id, message_type) values (?, ?)
                on conflict (message_id) do nothing""", envelope.id(), envelope.type()) == 1;
    }

    /** Forgets at most {@code batch} of the ids older than the retention, oldest first, found through their index. */
    int forgetOlderThan(Duration retention, int batch) {
        return sql.execute("""
                delete from processed_message where message_id in (
                  select message_id from processed_message where processed_at < now() - make_interval(secs => ?)
                  order by processed_at limit ?)""",
            (double) retention.toSeconds(), batch);
    }
}
