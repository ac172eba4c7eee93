package no.samskap.gateway.ideas.readmodel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The gateway's own copy of every idea, kept by {@code IdeaBoardProjection}, read by the API and pages. */
@Singleton
public class IdeaBoard {

    private final DSLContext sql;

    IdeaBoard(DSLContext sql) {
        this.sql = sql;
    }

    /** One page of published ideas; refuses a cursor from another list with {@link InvalidQueryValueException}. */
    @Transactional(readOnly = true)
    public IdeaBoardPage page(BoardQuery query) {
        var statement = BoardStatements.pageOf(query);
        var rows = sql.fetch(statement.sql(), statement.bindings());
        var ideas = rows.stream().limit(query.limit()).map(IdeaRows::summary).toList();
        if (rows.size() <= query.limit()) {
            return new IdeaBoardPage(ideas, null);
        }
        var last = rows.get(query.limit() - 1);
        var key = query.sort() == BoardSort.RELEVANCE
            ? new BoardCursor.RankInWindow(last.get("sort_key", Float.class), last.get("window_at", OffsetDateTime.class),
                last.get("window_id", UUID.class))
            : last.get("sort_key");
        return new IdeaBoardPage(ideas, BoardCursor.after(query, key, last.get("id", UUID.class)).encode());
    }

    /** A public idea with its timeline; an idea not yet published is not found here. */
    @Transactional(readOnly = true)
    public Optional<IdeaPage> find(UUID id) {
        return Optional.ofNullable(sql.fetchOne("select " + IdeaRows.COLUMNS
                + ", place from idea_board where id = ? and published_at is not null", id))
            .map(row -> new IdeaPage(IdeaRows.summary(row), row.get("place", String.class), sql.fetch(
                    "select status, note, occurred_at, previous_respond_by, respond_by from idea_board_step"
                        + " where idea_id = ? order by arrival", id)
                .map(step -> new IdeaPage.Step(step.get(0, String.class), step.get(1, String.class),
                    step.get(2, OffsetDateTime.class).toInstant(), step.get(3, LocalDate.class),
                    step.get(4, LocalDate.class)))));
    }
}
