package no.samskap.gateway.ideas.readmodel;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The gateway's own copy of every idea, kept by {@code IdeaBoardProjection}, read by the API and pages. */
@Singleton
public class IdeaBoard {

    private static final String ANSWERED = "'accepted', 'not-possible', 'already-exists', 'realised'";

    /**
     * How many ideas the board holds before a search walks the weekly index (ADR 0019). Below it PostgreSQL's plain
     * choice is the faster: at 10,000 ideas a municipality has a few dozen ideas a week, so walking half a year of
     * weeks costs more (p50 4 ms against 0.6 ms for two words) than reading every match.
     */
    static final long WEEKLY_WALK_FROM = 100_000;

    /** Pages kept unless configured otherwise: some 20 KB each, so a few megabytes of the gateway's heap. */
    static final int PAGES_KEPT = 256;

    private final DSLContext sql;
    private final NewestMatches newestMatches;
    private final RecentBoardPages recentPages;

    @Inject
    IdeaBoard(DSLContext sql,
              @Value("${samskap.search.weekly-walk-from:" + WEEKLY_WALK_FROM + "}") long weeklyWalkFrom,
              @Value("${samskap.board.pages-kept:" + PAGES_KEPT + "}") int pagesKept) {
        this.sql = sql;
        this.newestMatches = new NewestMatches(sql, weeklyWalkFrom);
        this.recentPages = new RecentBoardPages(pagesKept);
    }

    /** A board that keeps no page, so that query plan tests and benchmarks read each page from PostgreSQL. */
    IdeaBoard(DSLContext sql, long weeklyWalkFrom) {
        this(sql, weeklyWalkFrom, 0);
    }

    /**
     * One page of published ideas; refuses a cursor from another list with {@link InvalidQueryValueException}. The
     * board's version is read first: a change committed while the page is read makes the kept page look older than
     * it is, never newer, so it is read again next time rather than shown stale. A connection without a transaction:
     * each statement sees what was committed when it began, as it would in a read-committed transaction, and a kept
     * page then costs one round trip to PostgreSQL rather than two.
     */
    @Connectable(readOnly = true)
    public IdeaBoardPage page(BoardQuery query) {
        var version = versionOf(query.municipality());
        return recentPages.at(query, version).orElseGet(() -> recentPages.keep(query, version, freshPage(query)));
    }

    private long versionOf(String municipality) {
        var row = sql.fetchOne("select version from idea_board_version where municipality = ?", municipality);
        return row == null ? 0 : row.get(0, Long.class);
    }

    private IdeaBoardPage freshPage(BoardQuery query) {
        var statement = switch (query.sort()) {
            case RELEVANCE -> walkedPageOf(query, NewestMatches.Bound::window, BoardStatements.RANKED_AT_MOST,
                (after, candidates) -> BoardStatements.rankedAmong(query, after, candidates));
            case NEWEST -> query.words().isEmpty() ? Optional.of(BoardStatements.pageOf(query))
                : walkedPageOf(query, NewestMatches.Bound::after, query.limit() + 1,
                    (after, matches) -> BoardStatements.newestAmong(matches));
            default -> Optional.of(BoardStatements.pageOf(query));
        };
        if (statement.isEmpty()) {
            return new IdeaBoardPage(List.of(), null);
        }
        var rows = sql.fetch(statement.get().sql(), statement.get().bindings());
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

    /**
     * Relevance ranks the newest {@link BoardStatements#RANKED_AT_MOST} matches, and a search sorted newest first
     * shows the next newest: the weekly walk finds them when the board and the words allow it, and PostgreSQL the
     * plain way otherwise. Nothing to run when the walk found no match.
     */
    private Optional<Statement> walkedPageOf(BoardQuery query, Function<BoardCursor, NewestMatches.Bound> boundOf,
                                             int howMany,
                                             BiFunction<Optional<BoardCursor>, List<NewestMatches.Match>, Statement> page) {
        var after = query.after().map(cursor -> BoardCursor.decode(cursor, query));
        return newestMatches.find(query, after.map(boundOf), howMany)
            .map(matches -> matches.isEmpty() ? Optional.<Statement>empty() : Optional.of(page.apply(after, matches)))
            .orElseGet(() -> Optional.of(BoardStatements.pageOf(query)));
    }

    /** A public idea with its timeline; an idea not yet published is not found here. */
    @Transactional(readOnly = true)
    public Optional<IdeaPage> find(UUID id) {
        return find(id, "published_at is not null");
    }

    /** A published idea a moderator hid, for its author to read why; never for anyone else. */
    @Transactional(readOnly = true)
    public Optional<IdeaPage> findHidden(UUID id) {
        return find(id, "hidden_at is not null and published_before_hiding is not null");
    }

    private Optional<IdeaPage> find(UUID id, String condition) {
        return Optional.ofNullable(sql.fetchOne("select " + IdeaRows.COLUMNS
                + ", place, by_former_participant from idea_board where id = ? and " + condition, id))
            .map(row -> new IdeaPage(IdeaRows.summary(row), row.get("place", String.class),
                row.get("by_former_participant", Boolean.class), sql.fetch(
                    "select status, actor, note, occurred_at, previous_respond_by, respond_by from idea_board_step"
                        + " where idea_id = ? order by arrival", id)
                .map(step -> new IdeaPage.Step(step.get(0, String.class), step.get(1, String.class),
                    step.get(2, String.class), step.get(3, OffsetDateTime.class).toInstant(),
                    step.get(4, LocalDate.class), step.get(5, LocalDate.class)))));
    }

    /** The municipality's public ideas with the newest official answers first, for its front page. */
    @Transactional(readOnly = true)
    public List<IdeaSummary> answeredLately(String municipality, int limit) {
        return sql.fetch("select " + IdeaRows.COLUMNS + " from idea_board b where municipality = ?"
                + " and published_at is not null and status in (" + ANSWERED + ")"
                + " order by (select max(occurred_at) from idea_board_step s where s.idea_id = b.id"
                + " and s.status = b.status) desc nulls last, id limit ?", municipality, limit)
            .map(IdeaRows::summary);
    }

    /** How many of the municipality's ideas are public, officially answered and realised. */
    @Transactional(readOnly = true)
    public Tally tally(String municipality) {
        var row = sql.fetchOne("select count(*), count(*) filter (where status in (" + ANSWERED + ")),"
            + " count(*) filter (where status = 'realised') from idea_board where municipality = ?"
            + " and published_at is not null", municipality);
        return new Tally(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class));
    }

    /** Counts of public ideas: all, those with an official answer, those realised. */
    public record Tally(long ideas, long answered, long realised) {
    }
}
