package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.application.ModerationCase;
import no.samskap.feedback.moderation.application.ModerationCases;
import no.samskap.feedback.moderation.domain.Hiding;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Singleton
class JooqModerationCases implements ModerationCases {

    static final int LIMIT = 200;

    private final DSLContext sql;

    JooqModerationCases(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<ModerationCase> waitingIn(String municipality) {
        return sql.fetch("""
                select f.id, f.event_id, f.unit, f.rating, f.text as feedback_text, f.wish_next, f.given_at,
                       f.open_reports, f.hidden_reason, f.hidden_cause, f.hidden_by, f.hidden_at,
                       array(select r.reason from feedback_report r where r.feedback_id = f.id and r.closed_at is null
                             order by r.reported_at) as report_reasons,
                       a.feedback_id, a.text, a.contested_decision_by, a.appealed_at, a.restored, a.decided_by,
                       a.decision_reason, a.decided_at
                from feedback f left join feedback_appeal a on a.feedback_id = f.id
                where f.municipality = ? and f.withdrawn_at is null and (f.open_reports > 0 or f.hidden_at is not null)
                order by (a.appealed_at is not null and a.decided_at is null) desc, f.open_reports desc,
                         coalesce(f.hidden_at, f.given_at), f.id
                limit ?""", municipality, LIMIT).map(JooqModerationCases::moderationCase);
    }

    private static ModerationCase moderationCase(Record row) {
        var hiddenAt = row.get("hidden_at", OffsetDateTime.class);
        var hiding = hiddenAt == null ? null : new Hiding(row.get("hidden_reason", String.class),
            row.get("hidden_cause", String.class), row.get("hidden_by", String.class), hiddenAt.toInstant());
        return new ModerationCase(row.get("id", UUID.class), row.get("event_id", UUID.class),
            row.get("unit", String.class), row.get("rating", Integer.class), row.get("feedback_text", String.class),
            row.get("wish_next", String.class), row.get("given_at", OffsetDateTime.class).toInstant(),
            row.get("open_reports", Integer.class), Arrays.asList(row.get("report_reasons", String[].class)), hiding,
            JooqFeedbackAppeals.appeal(row));
    }
}
