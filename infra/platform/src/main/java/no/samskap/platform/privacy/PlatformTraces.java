package no.samskap.platform.privacy;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * What the platform's own tables hold about a person (ADR 0046): their idempotency keys and blocks by id, and
 * sent, held or parked messages that name them. Unsent outbox rows stay: they are on their way, and the erasure's
 * own message may be among them; once sent, the next erasure or the outbox purge removes them.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
class PlatformTraces implements PersonalData {

    private final DSLContext sql;

    PlatformTraces(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "platform";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("idempotencyKeys", """
                select operation, created_at from idempotency_key where person_id = ? order by created_at""", subjectId)
            .rows("blockedIn", """
                select municipality, blocked_at from person_block_copy where person_id = ?
                order by blocked_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("delete from idempotency_key where person_id = ?", subjectId);
        sql.execute("delete from person_block_copy where person_id = ?", subjectId);
        sql.execute("delete from outbox_message where sent_at is not null and strpos(envelope, ?) > 0", subjectId);
        sql.execute("delete from held_message where message_key = ? or strpos(payload, ?) > 0", subjectId,
            subjectId);
        sql.execute("delete from parked_message where strpos(payload, ?) > 0", subjectId);
    }
}
