package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Signatures;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * The count lives on the petition row and changes only when a signature row really came or went, in the same
 * transaction; callers hold that row's lock, so many parallel signatures, one person's included, count exactly.
 */
@Singleton
class JooqSignatures implements Signatures {

    private final DSLContext sql;

    JooqSignatures(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public OptionalInt add(IdeaId petition, String residentId, Instant now) {
        var inserted = sql.execute("""
                insert into petition_signature (idea_id, signer_id, signed_at) values (?, ?, ?::timestamptz)
                on conflict (idea_id, signer_id) do nothing""",
            petition.value(), residentId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return inserted == 0 ? OptionalInt.empty() : OptionalInt.of(changeCount(petition, +1));
    }

    @Override
    public OptionalInt remove(IdeaId petition, String residentId) {
        var deleted = sql.execute("delete from petition_signature where idea_id = ? and signer_id = ?",
            petition.value(), residentId);
        return deleted == 0 ? OptionalInt.empty() : OptionalInt.of(changeCount(petition, -1));
    }

    @Override
    public boolean hasSigned(IdeaId petition, String residentId) {
        return sql.fetchExists(sql.selectOne().from("petition_signature")
            .where("idea_id = ? and signer_id = ?", petition.value(), residentId));
    }

    private int changeCount(IdeaId petition, int by) {
        return sql.fetchOne("update petition set signature_count = signature_count + ? where idea_id = ? "
            + "returning signature_count", by, petition.value()).get(0, Integer.class);
    }
}
