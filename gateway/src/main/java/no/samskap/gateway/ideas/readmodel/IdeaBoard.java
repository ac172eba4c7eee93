package no.samskap.gateway.ideas.readmodel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The gateway's own copy of every idea, kept by {@code IdeaBoardProjection}, read by the API and pages. */
@Singleton
public class IdeaBoard {

    private static final String COLUMNS = "id, municipality, title, body, service_area, status, submitted_at, published_at,"
        + " respond_by, answer, support_count";

    private final DSLContext sql;

    IdeaBoard(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public IdeaBoardPage newestFirst(String municipality, int limit, Optional<String> after) {
        var cursor = after.map(BoardCursor::decode);
        var rows = cursor.isPresent()
            ? sql.fetch("select " + COLUMNS + " from idea_board where municipality = ? and published_at is not null"
                + " and (submitted_at, id) < (?::timestamptz, ?)"
                + " order by submitted_at desc, id desc limit ?", municipality,
                OffsetDateTime.ofInstant(cursor.get().submittedAt(), java.time.ZoneOffset.UTC), cursor.get().id(), limit + 1)
            : sql.fetch("select " + COLUMNS + " from idea_board where municipality = ? and published_at is not null"
                + " order by submitted_at desc, id desc limit ?", municipality, limit + 1);
        var ideas = rows.stream().limit(limit).map(IdeaBoard::summary).toList();
        String next = null;
        if (rows.size() > limit) {
            var last = ideas.get(ideas.size() - 1);
            next = new BoardCursor(last.submittedAt(), UUID.fromString(last.id())).encode();
        }
        return new IdeaBoardPage(ideas, next);
    }

    /** A public idea with its timeline; an idea not yet published is not found here. */
    @Transactional(readOnly = true)
    public Optional<IdeaPage> find(UUID id) {
        return Optional.ofNullable(sql.fetchOne("select " + COLUMNS + " from idea_board where id = ? and published_at is not null",
                id))
            .map(row -> new IdeaPage(summary(row), sql.fetch(
                    "select status, note, occurred_at from idea_board_step where idea_id = ? order by arrival", id)
                .map(step -> new IdeaPage.Step(step.get(0, String.class), step.get(1, String.class),
                    step.get(2, OffsetDateTime.class).toInstant()))));
    }

    private static IdeaSummary summary(Record row) {
        return new IdeaSummary(row.get("id", UUID.class).toString(), row.get("municipality", String.class),
            row.get("title", String.class), row.get("body", String.class), row.get("service_area", String.class),
            row.get("status", String.class), row.get("submitted_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(row.get("published_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
            row.get("respond_by", java.time.LocalDate.class), row.get("answer", String.class),
            row.get("support_count", Integer.class));
    }

}
