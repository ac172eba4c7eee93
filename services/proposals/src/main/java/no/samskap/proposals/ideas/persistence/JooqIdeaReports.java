package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaReport;
import no.samskap.proposals.ideas.domain.IdeaReports;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * The open count lives on the idea row and grows only when a report row really came, in the same transaction;
 * the row lock of that update makes parallel reports see each other, so exactly one of them reaches the threshold.
 */
@Singleton
class JooqIdeaReports implements IdeaReports {

    private final DSLContext sql;

    JooqIdeaReports(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public OptionalInt add(IdeaReport report) {
        var inserted = sql.execute("""
                insert into idea_report (idea_id, reporter_id, reason, reported_at) values (?, ?, ?, ?::timestamptz)
                on conflict (idea_id, reporter_id) do nothing""",
            report.ideaId().value(), report.reporterId(), report.reason(),
            OffsetDateTime.ofInstant(report.reportedAt(), ZoneOffset.UTC));
        if (inserted == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sql.fetchOne("update idea set open_reports = open_reports + 1 where id = ? "
            + "returning open_reports", report.ideaId().value()).get(0, Integer.class));
    }

    @Override
    public void closeOpenReports(IdeaId idea) {
        sql.execute("update idea set open_reports = 0 where id = ?", idea.value());
    }
}
