package no.samskap.feedback.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.application.FeedbackIdeas;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.ideas.domain.IdeaOfFeedback;
import no.samskap.feedback.ideas.domain.IdeasOfFeedback;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The ideas made of feedback, one row each; also what the feedback's views show of them. */
@Singleton
class JooqIdeasOfFeedback implements IdeasOfFeedback, FeedbackIdeas {

    private final DSLContext sql;

    JooqIdeasOfFeedback(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(IdeaOfFeedback idea) {
        sql.execute("""
                insert into idea_of_feedback (feedback_id, idea_id, title, turned_by, turned_at)
                values (?, ?, ?, ?, ?::timestamptz)""", idea.feedbackId().value(), idea.ideaId(), idea.title(),
            idea.turnedBy(), at(idea.turnedAt()));
    }

    @Override
    public Optional<IdeaOfFeedback> of(FeedbackId feedback) {
        return sql.fetchOptional("select * from idea_of_feedback where feedback_id = ?", feedback.value())
            .map(JooqIdeasOfFeedback::idea);
    }

    @Override
    public Optional<IdeaOfFeedback> realisedFirstTime(UUID ideaId, UUID eventId, Instant at) {
        return sql.fetchOptional("""
                update idea_of_feedback set realised_at = ?::timestamptz, realised_by_event = ?
                where idea_id = ? and realised_at is null returning *""", at(at), eventId, ideaId)
            .map(JooqIdeasOfFeedback::idea);
    }

    @Override
    public Map<FeedbackId, UUID> ideasMadeOf(Collection<FeedbackId> feedback) {
        if (feedback.isEmpty()) {
            return Map.of();
        }
        var ids = feedback.stream().map(FeedbackId::value).toArray(UUID[]::new);
        return sql.fetch("select feedback_id, idea_id from idea_of_feedback where feedback_id = any(?)",
                (Object) ids).stream()
            .collect(Collectors.toMap(row -> new FeedbackId(row.get(0, UUID.class)), row -> row.get(1, UUID.class)));
    }

    private static IdeaOfFeedback idea(Record row) {
        return new IdeaOfFeedback(new FeedbackId(row.get("feedback_id", UUID.class)), row.get("idea_id", UUID.class),
            row.get("title", String.class), row.get("turned_by", String.class),
            row.get("turned_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
