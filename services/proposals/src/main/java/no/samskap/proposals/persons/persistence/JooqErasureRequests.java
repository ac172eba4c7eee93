package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.persons.application.ErasureRequest;
import no.samskap.proposals.persons.application.ErasureRequests;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@Singleton
class JooqErasureRequests implements ErasureRequests {

    private final DSLContext sql;

    JooqErasureRequests(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public ErasureRequest pendingFor(String subjectId, ErasureRequest asked) {
        sql.execute("""
                insert into erasure_request (id, subject_id, requested_at) values (?, ?, ?::timestamptz)
                on conflict (subject_id) do nothing""",
            asked.id(), subjectId, OffsetDateTime.ofInstant(asked.requestedAt(), ZoneOffset.UTC));
        var pending = sql.fetchOne("select id, requested_at from erasure_request where subject_id = ?", subjectId);
        return new ErasureRequest(pending.get(0, UUID.class), pending.get(1, OffsetDateTime.class).toInstant());
    }
}
