package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.FeedbackOrigins;
import no.samskap.proposals.ideas.domain.IdeaId;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqFeedbackOrigins implements FeedbackOrigins {

    private final DSLContext sql;

    JooqFeedbackOrigins(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void record(IdeaId idea, UUID feedbackId) {
        sql.execute("insert into idea_origin (idea_id, feedback_id) values (?, ?)", idea.value(), feedbackId);
    }

    @Override
    public Optional<UUID> of(IdeaId idea) {
        return sql.fetchOptional("select feedback_id from idea_origin where idea_id = ?", idea.value())
            .map(row -> row.get(0, UUID.class));
    }
}
