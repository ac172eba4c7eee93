package no.samskap.proposals.ideas.persistence;

import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.AppealDecision;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An appeals table, of ideas or of comments: both have the same columns but for the key, whose primary key makes a
 * second appeal fail even when two arrive at once. Table and key names are constants of this package.
 */
final class AppealTable {

    private static final String COLUMNS = "appellant_id, text, contested_decision_by, appealed_at, upheld, decided_by,"
        + " decision_reason, decided_at";

    /** An appeal's row without its key. */
    record Row(UUID key, String appellantId, String text, String contestedDecisionBy, Instant appealedAt,
               AppealDecision decision) {
    }

    private final DSLContext sql;
    private final String table;
    private final String key;

    AppealTable(DSLContext sql, String table, String key) {
        this.sql = sql;
        this.table = table;
        this.key = key;
    }

    Optional<Row> find(UUID id) {
        return sql.fetchOptional("select " + key + ", " + COLUMNS + " from " + table + " where " + key + " = ?", id)
            .map(AppealTable::toRow);
    }

    /** The rows whose key is in the set {@code subquery} selects with the one parameter given. */
    List<Row> where(String subquery, Object parameter) {
        return sql.fetch("select " + key + ", " + COLUMNS + " from " + table + " where " + key + " in (" + subquery + ")",
            parameter).map(AppealTable::toRow);
    }

    boolean add(UUID id, String appellantId, String text, String contestedDecisionBy, Instant appealedAt) {
        return sql.execute("insert into " + table + " (" + key + ", appellant_id, text, contested_decision_by,"
                + " appealed_at) values (?, ?, ?, ?, ?::timestamptz) on conflict (" + key + ") do nothing",
            id, appellantId, text, contestedDecisionBy, utc(appealedAt)) == 1;
    }

    boolean decide(UUID id, AppealDecision decision) {
        return sql.execute("update " + table + " set upheld = ?, decided_by = ?, decision_reason = ?,"
                + " decided_at = ?::timestamptz where " + key + " = ? and decided_at is null",
            decision.upheld(), decision.decidedBy().id(), decision.reason(), utc(decision.decidedAt()), id) == 1;
    }

    private static Row toRow(Record row) {
        var decidedAt = row.get(8, OffsetDateTime.class);
        var decision = decidedAt == null ? null : new AppealDecision(row.get(5, Boolean.class),
            new Actor(row.get(6, String.class)), row.get(7, String.class), decidedAt.toInstant());
        return new Row(row.get(0, UUID.class), row.get(1, String.class), row.get(2, String.class),
            row.get(3, String.class), row.get(4, OffsetDateTime.class).toInstant(), decision);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
