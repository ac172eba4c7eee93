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
 * from the newest week in one statement, {@link #FIRST_WALK_WEEKS} at most; goes on in a second one, as far as the
 * first one's matches say the rest lies, when they were enough to say it ({@link #WALK_ON_FROM_MATCHES}); and asks
 * for the older matches it still lacks the plain way.
 */
final class NewestMatches {

    /** A match: the idea, when it was submitted, and its rank for the search. */
    record Match(UUID id, OffsetDateTime submittedAt, float rank) {
    }

    /**
     * Where the matches end: at the relevance cursor's window, that idea included, or after the newest-first cursor's
     * idea, that idea left out.
     */
    record Bound(Instant at, UUID id, boolean included) {

        static Bound window(BoardCursor cursor) {
            return new Bound(Instant.parse(cursor.windowAt()), cursor.windowId(), true);
        }

        static Bound after(BoardCursor cursor) {
            return new Bound(Instant.parse(cursor.key()), cursor.id(), false);
        }
    }

    static final long WEEK_SECONDS = Duration.ofDays(7).toSeconds();
    /** How far back the first walk goes, in weeks: each week costs an index probe per word. */
    static final int FIRST_WALK_WEEKS = 26;
    /**
     * How many matches the first walk must find for a second walk to go on where it stopped, sized by those matches
     * to find the rest with a quarter to spare. Words with fewer matches in half a year are rare enough for the plain
     * full-text index; words with more are common enough that reading every older match costs a table page each.
     */
    static final int WALK_ON_FROM_MATCHES = 30;
    private static final double AIM_PAST_MISSING = 1.25;

    private final DSLContext sql;
    private final long walkFrom;

    /**
     * Walks only when the board holds at least {@code walkFrom} ideas by PostgreSQL's estimate, which is -1 until it
     * has looked at the table; 0 walks always.
     */
    NewestMatches(DSLContext sql, long walkFrom) {
        this.sql = sql;
        this.walkFrom = walkFrom;
    }

    /**
     * At most {@code howMany} matches, newest first, within the bound when there is one. Empty when
     * the board is too small for the walk to pay, or the words have no word that must be present (a search made only
     * of exclusions, or only of stop words), which the weekly index cannot find: the caller then asks PostgreSQL the
     * plain way.
     */
    Optional<List<Match>> find(BoardQuery query, Optional<Bound> bound, int howMany) {
        var walk = BoardStatements.walkOf(query);
        var bounds = sql.fetchOne(walk.sql(), walk.bindings());
        var tooSmall = walkFrom > 0 && bounds.get("board_size", Double.class) < walkFrom;
        if (tooSmall || !bounds.get("walkable", Boolean.class)) {
            return Optional.empty();
        }
        var oldest = bounds.get("oldest", OffsetDateTime.class);
        if (oldest == null) {
            return Optional.of(List.of());
        }
        var start = bound.map(Bound::at).orElseGet(() -> bounds.get("newest", OffsetDateTime.class).toInstant());
        return Optional.of(walk(query, bound, start, weekOf(oldest.toInstant()), howMany));
    }

    private List<Match> walk(BoardQuery query, Optional<Bound> bound, Instant start, int oldestWeek,
                             int howMany) {
        var found = new ArrayList<Match>();
        var newestWeek = weekOf(start);
        var lastWalked = Math.max(oldestWeek, newestWeek - FIRST_WALK_WEEKS + 1);
        collect(found, BoardStatements.matchesInWeeks(query, bound, newestWeek, lastWalked, howMany));
        if (found.size() < howMany && lastWalked > oldestWeek && found.size() >= WALK_ON_FROM_MATCHES) {
            var weeksWalked = newestWeek - lastWalked + 1L;
            var weeksStillNeeded = (long) Math.ceil(
                (howMany - found.size()) * AIM_PAST_MISSING * weeksWalked / found.size());
            var from = lastWalked - 1;
            lastWalked = (int) Math.max(oldestWeek, from - weeksStillNeeded + 1);
            collect(found, BoardStatements.matchesInWeeks(query, bound, from, lastWalked, howMany - found.size()));
        }
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
