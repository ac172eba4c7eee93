package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.IdeaAppeal;
import no.samskap.proposals.ideas.domain.IdeaAppeals;
import no.samskap.proposals.ideas.domain.IdeaId;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The primary key on the idea makes a second appeal fail even when two arrive at once. */
@Singleton
class JooqIdeaAppeals implements IdeaAppeals {

    private final DSLContext sql;

    JooqIdeaAppeals(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<IdeaAppeal> of(IdeaId idea) {
        return sql.fetchOptional("""
                select appellant_id, text, contested_decision_by, appealed_at, upheld, decided_by, decision_reason,
                       decided_at
                from idea_appeal where idea_id = ?""", idea.value())
            .map(row -> toAppeal(idea, row));
    }

    @Override
    public boolean add(IdeaAppeal appeal) {
        return sql.execute("""
                insert into idea_appeal (idea_id, appellant_id, text, contested_decision_by, appealed_at)
                values (?, ?, ?, ?, ?::timestamptz) on conflict (idea_id) do nothing""",
            appeal.ideaId().value(), appeal.appellantId(), appeal.text(), appeal.contestedDecisionBy(),
            utc(appeal.appealedAt())) == 1;
    }

    @Override
    public boolean decide(IdeaAppeal decided) {
        var decision = decided.decision();
        return sql.execute("""
                update idea_appeal set upheld = ?, decided_by = ?, decision_reason = ?, decided_at = ?::timestamptz
                where idea_id = ? and decided_at is null""",
            decision.upheld(), decision.decidedBy().id(), decision.reason(), utc(decision.decidedAt()),
            decided.ideaId().value()) == 1;
    }

    private static IdeaAppeal toAppeal(IdeaId idea, Record row) {
        var decidedAt = row.get(7, OffsetDateTime.class);
        var decision = decidedAt == null ? null : new IdeaAppeal.Decision(row.get(4, Boolean.class),
            new Actor(row.get(5, String.class)), row.get(6, String.class), decidedAt.toInstant());
        return new IdeaAppeal(idea, row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
            row.get(3, OffsetDateTime.class).toInstant(), decision);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
