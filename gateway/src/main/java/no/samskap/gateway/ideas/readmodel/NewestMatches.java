package no.samskap.gateway.ideas.readmodel;

import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The newest public ideas that match a search, found a week at a time through the weekly full-text index (ADR
 * 0019), so that a search reads the matches of the weeks it needs rather than every match there is. It walks back
 * from the newest week in one statement, at most {@link #WALKED_AT_MOST_WEEKS}, and asks for the older matches it
 * still lacks the plain way.
 */
final class NewestMatches {

    /** A match: the idea, when it was submitted, and its rank for the search. */
    record Match(UUID id, OffsetDateTime submittedAt, float rank) {
    }

    static final long WEEK_SECONDS = Duration.ofDays(7).toSeconds();
    /**
     * How far back the walk goes, in weeks, before it asks for the rest the plain way. Words that have not given
     * enough matches in half a year are rare enough for the plain full-text index, while each week walked costs an
     * index probe per word.
     */
    static final int WALKED_AT_MOST_WEEKS = 26;

    private final DSLContext sql;

    NewestMatches(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * At most {@code howMany} matches, newest first, at or before the cursor's window when there is one. Empty when
     * the words have no word that must be present (a search made only of exclusions, or only of stop words): the
     * weekly index cannot find those, and the caller asks PostgreSQL the plain way.
     */
    Optional<List<Match>> find(BoardQuery query, Optional<BoardCursor> window, int howMany) {
        var walk = BoardStatements.walkOf(query);
        var bounds = sql.fetchOne(walk.sql(), walk.bindings());
        if (!bounds.get("walkable", Boolean.class)) {
            return Optional.empty();
        }
        var oldest = bounds.get("oldest", OffsetDateTime.class);
        if (oldest == null) {
            return Optional.of(List.of());
        }
        var start = window.map(cursor -> Instant.parse(cursor.windowAt()))
            .orElseGet(() -> bounds.get("newest", OffsetDateTime.class).toInstant());
        return Optional.of(walk(query, window, start, weekOf(oldest.toInstant()), howMany));
    }

    private List<Match> walk(BoardQuery query, Optional<BoardCursor> window, Instant start, int oldestWeek,
                             int howMany) {
        var found = new ArrayList<Match>();
        var newestWeek = weekOf(start);
        var lastWalked = Math.max(oldestWeek, newestWeek - WALKED_AT_MOST_WEEKS + 1);
        collect(found, BoardStatements.matchesInWeeks(query, window, newestWeek, lastWalked, howMany));
        if (found.size() < howMany && lastWalked > oldestWeek) {
            collect(found, BoardStatements.matchesBefore(query, Instant.ofEpochSecond(lastWalked * WEEK_SECONDS),
                howMany - found.size()));
        }
        return found;
    }

    private void collect(List<Match> found, Statement statement) {
        sql.fetch(statement.sql(), statement.bindings()).forEach(row -> found.add(new Match(row.get("id", UUID.class),
            row.get("submitted_at", OffsetDateTime.class), row.get("rank", Float.class))));
    }

    /** The week {@code idea_search_week} gives: whole weeks since 1970-01-01 UTC. */
    static int weekOf(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), WEEK_SECONDS);
    }
}
