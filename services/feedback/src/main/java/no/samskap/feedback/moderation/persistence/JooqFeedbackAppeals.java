package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.domain.FeedbackAppeal;
import no.samskap.feedback.moderation.domain.FeedbackAppeals;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** One row per appealed feedback; the feedback's row lock, taken first, keeps two appeals or decisions apart. */
@Singleton
class JooqFeedbackAppeals implements FeedbackAppeals {

    static final String COLUMNS = "feedback_id, text, contested_decision_by, appealed_at, restored, decided_by, "
        + "decision_reason, decided_at";

    private final DSLContext sql;

    JooqFeedbackAppeals(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FeedbackAppeal> of(UUID feedbackId) {
        return sql.fetchOptional("select " + COLUMNS + " from feedback_appeal where feedback_id = ?", feedbackId)
            .map(JooqFeedbackAppeals::appeal);
    }

    @Override
    public void add(FeedbackAppeal appeal) {
        sql.execute("""
                insert into feedback_appeal (feedback_id, text, contested_decision_by, appealed_at)
                values (?, ?, ?, ?::timestamptz)""",
            appeal.feedbackId(), appeal.text(), appeal.contestedDecisionBy(), utc(appeal.appealedAt()));
    }

    @Override
    public void decide(FeedbackAppeal decided) {
        var decision = decided.decision();
        sql.execute("""
                update feedback_appeal set restored = ?, decided_by = ?, decision_reason = ?, decided_at = ?::timestamptz
                where feedback_id = ?""",
            decision.restore(), decision.decidedBy(), decision.reason(), utc(decision.decidedAt()),
            decided.feedbackId());
    }

    /** Reads an appeal from a row that holds {@link #COLUMNS}; null when the row has no appeal. */
    static FeedbackAppeal appeal(Record row) {
        var appealedAt = row.get("appealed_at", OffsetDateTime.class);
        if (appealedAt == null) {
            return null;
        }
        var decidedAt = row.get("decided_at", OffsetDateTime.class);
        var decision = decidedAt == null ? null : new FeedbackAppeal.Decision(row.get("restored", Boolean.class),
            row.get("decided_by", String.class), row.get("decision_reason", String.class), decidedAt.toInstant());
        return new FeedbackAppeal(row.get("feedback_id", UUID.class), row.get("text", String.class),
            row.get("contested_decision_by", String.class), appealedAt.toInstant(), decision);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
