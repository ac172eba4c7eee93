package no.samskap.platform.consumption;

import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import org.jooq.DSLContext;

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
}
