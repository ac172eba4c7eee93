package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Supports;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * The count lives on the idea row and changes only when a support row really came or went, in the same
 * transaction; the row lock of that update is what keeps the count exact under many parallel supports.
 */
@Singleton
class JooqSupports implements Supports {

    private final DSLContext sql;

    JooqSupports(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public OptionalInt add(IdeaId idea, String residentId, Instant now) {
        var inserted = sql.execute("""
                insert into idea_support (idea_id, supporter_id, supported_at) values (?, ?, ?::timestamptz)
                on conflict (idea_id, supporter_id) do nothing""",
            idea.value(), residentId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return inserted == 0 ? OptionalInt.empty() : OptionalInt.of(changeCount(idea, +1));
    }

    @Override
    public OptionalInt remove(IdeaId idea, String residentId) {
        var deleted = sql.execute("delete from idea_support where idea_id = ? and supporter_id = ?", idea.value(), residentId);
        return deleted == 0 ? OptionalInt.empty() : OptionalInt.of(changeCount(idea, -1));
    }

    @Override
    public int count(IdeaId idea) {
        return sql.fetchOne("select support_count from idea where id = ?", idea.value()).get(0, Integer.class);
    }

    @Override
    public boolean markThresholdReached(IdeaId idea, Instant now) {
        return sql.execute("update idea set threshold_reached_at = ?::timestamptz where id = ? and threshold_reached_at is null",
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC), idea.value()) == 1;
    }

    @Override
    public boolean hasSupported(IdeaId idea, String residentId) {
        return sql.fetchOne("select count(*) from idea_support where idea_id = ? and supporter_id = ?", idea.value(),
            residentId).get(0, Integer.class) > 0;
    }

    private int changeCount(IdeaId idea, int by) {
        return sql.fetchOne("update idea set support_count = support_count + ? where id = ? returning support_count",
            by, idea.value()).get(0, Integer.class);
    }
}
