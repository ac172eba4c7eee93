package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.IdeaEvent;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Timelines;
import no.samskap.platform.jdbc.TransactionStatements;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Singleton
class JooqTimelines implements Timelines {

    private final DSLContext sql;
    private final TransactionStatements statements;

    JooqTimelines(DSLContext sql, TransactionStatements statements) {
        this.sql = sql;
        this.statements = statements;
    }

    @Override
    public void append(IdeaEvent domainEvent) {
        var step = Step.of(domainEvent);
        statements.update("""
                insert into idea_timeline (idea_id, position, status, moderation, actor_id, note, occurred_at,
                                           previous_respond_by, respond_by, event_id)
                select ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?::timestamptz, ?::date, ?::date, ?
                from idea_timeline where idea_id = ?""",
            domainEvent.ideaId().value(), step.status().name(), step.moderation(), step.actorId(), step.note(),
            OffsetDateTime.ofInstant(step.occurredAt(), ZoneOffset.UTC), step.previousRespondBy(), step.respondBy(),
            step.eventId(), domainEvent.ideaId().value());
    }

    @Override
    public List<Step> of(IdeaId id) {
        return sql.fetch("""
                select status, moderation, actor_id, note, occurred_at, previous_respond_by, respond_by, event_id
                from idea_timeline where idea_id = ? order by position""", id.value())
            .map(row -> new Step(IdeaStatus.valueOf(row.get(0, String.class)), row.get(1, String.class),
                row.get(2, String.class), row.get(3, String.class), row.get(4, OffsetDateTime.class).toInstant(),
                row.get(5, LocalDate.class), row.get(6, LocalDate.class), row.get(7, UUID.class)));
    }
}
