package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.domain.FeedbackToModerate;
import no.samskap.feedback.moderation.domain.Hiding;
import no.samskap.feedback.moderation.domain.ModeratedFeedback;
import no.samskap.feedback.moderation.domain.ModerationEvent;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps the hiding on the feedback's row; the row lock orders reports, hidings and appeals of one feedback. */
@Singleton
class JooqModeratedFeedback implements ModeratedFeedback {

    private static final String SELECT = """
        select id, municipality, author_id, coalesce(unit, 'arrangement') as title, hidden_reason, hidden_cause,
               hidden_by, hidden_at
        from feedback""";

    private final DSLContext sql;

    JooqModeratedFeedback(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FeedbackToModerate> lock(UUID feedbackId) {
        return sql.fetchOptional(SELECT + " where id = ? and withdrawn_at is null for update", feedbackId)
            .map(JooqModeratedFeedback::feedback);
    }

    @Override
    public List<FeedbackToModerate> lockAllBy(String municipality, String authorId) {
        return sql.fetch(SELECT + " where municipality = ? and author_id = ? and withdrawn_at is null order by id"
            + " for update", municipality, authorId).map(JooqModeratedFeedback::feedback);
    }

    @Override
    public void save(ModerationEvent event) {
        var hiding = event.feedback().hiding();
        sql.execute("""
                update feedback set hidden_reason = ?, hidden_cause = ?, hidden_by = ?, hidden_at = ?::timestamptz
                where id = ?""",
            hiding == null ? null : hiding.reason(), hiding == null ? null : hiding.cause(),
            hiding == null ? null : hiding.hiddenBy(),
            hiding == null ? null : OffsetDateTime.ofInstant(hiding.hiddenAt(), ZoneOffset.UTC),
            event.feedback().id());
    }

    private static FeedbackToModerate feedback(Record row) {
        var hiddenAt = row.get("hidden_at", OffsetDateTime.class);
        var hiding = hiddenAt == null ? null : new Hiding(row.get("hidden_reason", String.class),
            row.get("hidden_cause", String.class), row.get("hidden_by", String.class), hiddenAt.toInstant());
        return new FeedbackToModerate(row.get("id", UUID.class), row.get("municipality", String.class),
            row.get("author_id", String.class), row.get("title", String.class), hiding);
    }
}
