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
 * The newest public ideas that match a search, found a span of weeks at a time through the weekly full-text index
 * (ADR 0019), so that a search reads the matches of the weeks it needs rather than every match there is. It starts
 * with the newest week and sizes each further span from how many matches the weeks read so far held, aiming a quarter
 * past what is still missing; a span that finds nothing makes the next one eight times as long. After
 * {@link #WALKED_AT_MOST_WEEKS} it asks for the older matches it still lacks the plain way.
 */
final class NewestMatches {

    /** A match: the idea, when it was submitted, and its rank for the search. */
    record Match(UUID id, OffsetDateTime submittedAt, float rank) {
    }

    static final long WEEK_SECONDS = Duration.ofDays(7).toSeconds();
    private static final double AIM_PAST_MISSING = 1.25;
    private static final int SPAN_GROWTH_WHEN_EMPTY = 8;
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
        var lastWalkable = Math.max(oldestWeek, newestWeek - WALKED_AT_MOST_WEEKS + 1);
        var span = 1L;
        var week = newestWeek;
        while (week >= lastWalkable && found.size() < howMany) {
            var spanStart = (int) Math.max(lastWalkable, week - span + 1);
            collect(found, BoardStatements.matchesInWeeks(query, window, week, spanStart, howMany - found.size()));
            var weeksRead = Math.max(1.0 / 7, (start.getEpochSecond() - (long) spanStart * WEEK_SECONDS)
                / (double) WEEK_SECONDS);
            span = found.isEmpty() ? span * SPAN_GROWTH_WHEN_EMPTY
                : (long) Math.ceil((howMany - found.size()) * AIM_PAST_MISSING * weeksRead / found.size());
            span = Math.max(1, Math.min(span, WALKED_AT_MOST_WEEKS));
            week = spanStart - 1;
        }
        if (week >= oldestWeek && found.size() < howMany) {
            collect(found, BoardStatements.matchesBefore(query,
                Instant.ofEpochSecond((week + 1L) * WEEK_SECONDS), howMany - found.size()));
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
