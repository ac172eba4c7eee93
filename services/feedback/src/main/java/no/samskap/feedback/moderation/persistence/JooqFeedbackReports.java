package no.samskap.feedback.moderation.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.moderation.domain.FeedbackReport;
import no.samskap.feedback.moderation.domain.FeedbackReports;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.UUID;

/** The open count lives on the feedback's row and grows only when a report row really came, in one transaction. */
@Singleton
class JooqFeedbackReports implements FeedbackReports {

    private final DSLContext sql;

    JooqFeedbackReports(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public OptionalInt add(FeedbackReport report) {
        var inserted = sql.execute("""
                insert into feedback_report (feedback_id, reporter_id, reason, reported_at) values (?, ?, ?, ?::timestamptz)
                on conflict (feedback_id, reporter_id) do nothing""",
            report.feedbackId(), report.reporterId(), report.reason(),
            OffsetDateTime.ofInstant(report.reportedAt(), ZoneOffset.UTC));
        if (inserted == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sql.fetchOne("update feedback set open_reports = open_reports + 1 where id = ? "
            + "returning open_reports", report.feedbackId()).get(0, Integer.class));
    }

    @Override
    public void closeOpenReports(UUID feedbackId) {
        sql.execute("update feedback set open_reports = 0 where id = ?", feedbackId);
        sql.execute("update feedback_report set closed_at = now() where feedback_id = ? and closed_at is null",
            feedbackId);
    }
}
