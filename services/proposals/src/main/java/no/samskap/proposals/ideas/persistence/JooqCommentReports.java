package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.CommentReport;
import no.samskap.proposals.ideas.domain.CommentReports;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * The open count lives on the comment row and grows only when a report row really came, in the same transaction;
 * the row lock of that update makes parallel reports see each other, so exactly one of them reaches the threshold.
 */
@Singleton
class JooqCommentReports implements CommentReports {

    private final DSLContext sql;

    JooqCommentReports(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public OptionalInt add(CommentReport report) {
        var inserted = sql.execute("""
                insert into comment_report (comment_id, reporter_id, reason, reported_at) values (?, ?, ?, ?::timestamptz)
                on conflict (comment_id, reporter_id) do nothing""",
            report.commentId().value(), report.reporterId(), report.reason(),
            OffsetDateTime.ofInstant(report.reportedAt(), ZoneOffset.UTC));
        if (inserted == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sql.fetchOne("update idea_comment set open_reports = open_reports + 1 where id = ? "
            + "returning open_reports", report.commentId().value()).get(0, Integer.class));
    }

    @Override
    public void closeOpenReports(CommentId comment) {
        sql.execute("update idea_comment set open_reports = 0 where id = ?", comment.value());
    }
}
