package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.application.FeedbackHidings;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.moderation.domain.FeedbackToModerate;
import no.samskap.feedback.moderation.domain.Hiding;
import no.samskap.feedback.moderation.domain.ModeratedFeedback;
import no.samskap.feedback.moderation.domain.ModerationEvent;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the hiding on the feedback's row; the row lock orders reports, hidings and appeals of one feedback. Tells the
 * feedback capability which feedback is hidden, and why.
 */
@Singleton
class JooqModeratedFeedback implements ModeratedFeedback, FeedbackHidings {

    private static final String SELECT = """
        select f.id, f.municipality, f.author_id, coalesce(e.title, f.unit) as title, f.hidden_reason,
               f.hidden_cause, f.hidden_by, f.hidden_at
        from feedback f left join event_copy e on e.id = f.event_id""";

    private final DSLContext sql;

    JooqModeratedFeedback(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FeedbackToModerate> lock(FeedbackId feedbackId) {
        return sql.fetchOptional(SELECT + " where f.id = ? and f.withdrawn_at is null for update of f",
                feedbackId.value())
            .map(JooqModeratedFeedback::feedback);
    }

    @Override
    public List<FeedbackToModerate> lockAllBy(String municipality, String authorId) {
        return sql.fetch(SELECT + " where f.municipality = ? and f.author_id = ? and f.withdrawn_at is null"
            + " order by f.id for update of f", municipality, authorId).map(JooqModeratedFeedback::feedback);
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
            event.feedback().id().value());
    }

    @Override
    public Map<FeedbackId, String> hiddenReasons(Collection<FeedbackId> feedback) {
        var reasons = new HashMap<FeedbackId, String>();
        if (!feedback.isEmpty()) {
            sql.fetch("select id, hidden_reason from feedback where id = any(?) and hidden_at is not null",
                    (Object) feedback.stream().map(FeedbackId::value).toArray(UUID[]::new))
                .forEach(row -> reasons.put(new FeedbackId(row.get("id", UUID.class)),
                    row.get("hidden_reason", String.class)));
        }
        return reasons;
    }

    private static FeedbackToModerate feedback(Record row) {
        var hiddenAt = row.get("hidden_at", OffsetDateTime.class);
        var hiding = hiddenAt == null ? null : new Hiding(row.get("hidden_reason", String.class),
            row.get("hidden_cause", String.class), row.get("hidden_by", String.class), hiddenAt.toInstant());
        return new FeedbackToModerate(new FeedbackId(row.get("id", UUID.class)), row.get("municipality", String.class),
            row.get("author_id", String.class), row.get("title", String.class), hiding);
    }
}
