package no.samskap.gateway.ideas.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL for one page of the board. Every sort reads its own partial index over published ideas in that index's
 * order, continuing after the cursor's key and id, so a page costs the same however deep it is. Relevance is the
 * exception: no index hands out matches in rank order, so it ranks a bounded set of candidates (see
 * {@link #ranked}).
 */
final class BoardStatements {

    /**
     * How many matches relevance ranks at most: the newest this many, fifteen pages of twenty. Ranking every match of
     * a word that one idea in three carries meant scoring 180,000 documents at a million ideas (0.5 s). Finding the
     * candidates costs this many divided by the share of ideas that match (a word in one idea in ten: 3,000 ideas
     * read); 1,000 measured 15 ms at p50 and 35 ms at p99 for such words (docs/performance.md).
     */
    static final int RANKED_AT_MOST = 300;

    private BoardStatements() {
    }

    static Statement pageOf(BoardQuery query) {
        var after = query.after().map(cursor -> BoardCursor.decode(cursor, query));
        return switch (query.sort()) {
            case RANDOM -> shuffled(query, after);
            case RELEVANCE -> ranked(query, after);
            default -> descending(query, after);
        };
    }

    /**
     * Relevance: the newest {@link #RANKED_AT_MOST} matches, ranked, then the rank descending and the id to break ties.
     * The candidates are found in submission order, which PostgreSQL reads either from the newest-first index with the
     * words as a filter (a common word: it soon finds enough) or from the full-text index followed by a top-N sort (a
     * rare word); it can only choose well when it sees the words, hence {@link #searchOf}. The first page answers where
     * the candidates began ({@code window_at}, {@code window_id}); the cursor carries that, and later pages rank the
     * same candidates even when newer matching ideas are published meanwhile.
     */
    private static Statement ranked(BoardQuery query, Optional<BoardCursor> after) {
        var statement = new Statement().append("select * from (select " + IdeaRows.COLUMNS
            + ", " + rankOf(query.words().orElseThrow()) + " as sort_key,"
            + " first_value(submitted_at) over newest as window_at, first_value(id) over newest as window_id"
            + " from (select * from idea_board where ");
        matching(statement, query);
        after.ifPresent(cursor -> statement.append(" and (submitted_at, id) <= (cast(? as timestamptz), ?)",
            cursor.windowAt(), cursor.windowId()));
        statement.append(" order by submitted_at desc, id desc limit " + RANKED_AT_MOST + ") as candidates"
            + " window newest as (order by submitted_at desc, id desc rows between unbounded preceding"
            + " and unbounded following)) as ranked");
        after.ifPresent(cursor -> statement.append(" where (sort_key, id) < (cast(? as real), ?)",
            cursor.rank(), cursor.id()));
        return statement.append(" order by sort_key desc, id desc limit ?", query.limit() + 1);
    }

    /**
     * The words as a text search query, written into the statement as a literal rather than bound: PostgreSQL then
     * folds the query into a constant when planning, sees from its statistics how common the words are and picks the
     * index to match; a bound parameter would leave it guessing (and a generic plan would parse the words once per
     * row). The literal is an escape string with every backslash and quote doubled, which reads back as exactly the
     * words whatever {@code standard_conforming_strings} says; {@link TextRules} has already refused control
     * characters, NUL among them.
     */
    static String searchOf(String words) {
        return "idea_search_query(" + literal(words) + ")";
    }

    /**
     * The words' rank for an idea: whole words (in any of their forms) before words found only inside others, then the
     * cover density, as {@code idea_search_rank} defines it (ADR 0050).
     */
    static String rankOf(String words) {
        return "idea_search_rank(search_document, " + literal(words) + ")";
    }

    private static String literal(String text) {
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Newest, most supported and most discussed: the key descending, then the id descending to break ties. */
    private static Statement descending(BoardQuery query, Optional<BoardCursor> after) {
        var statement = new Statement().append("select " + IdeaRows.COLUMNS + ", ").append(keyOf(query))
            .append(" as sort_key from idea_board where ");
        matching(statement, query);
        after.ifPresent(cursor -> statement.append(" and (").append(keyOf(query))
            .append(", id) < (cast(? as " + keyTypeOf(query.sort()) + "), ?)", cursor.key(), cursor.id()));
        return statement.append(" order by sort_key desc, id desc limit ?", query.limit() + 1);
    }

    /**
     * Random: the ideas in {@code shuffle_key} order, starting at the seed's point and wrapping around, as two laps
     * of the same index. Only the lap the cursor is in, and the one after it, are read.
     */
    private static Statement shuffled(BoardQuery query, Optional<BoardCursor> after) {
        var start = query.shuffleStart();
        var inSecondLap = after.filter(cursor -> cursor.keyAsLong() < start).isPresent();
        var statement = new Statement().append("select * from (");
        if (!inSecondLap) {
            lap(statement, query, 0, "shuffle_key >= ?", start, after).append(" union all ");
        }
        lap(statement, query, 1, "shuffle_key < ?", start, after.filter(cursor -> inSecondLap));
        return statement.append(") as shuffled order by lap, sort_key, id limit ?", query.limit() + 1);
    }

    private static Statement lap(Statement statement, BoardQuery query, int lap, String bound, long start,
                                 Optional<BoardCursor> after) {
        statement.append("(select " + IdeaRows.COLUMNS + ", shuffle_key as sort_key, " + lap + " as lap"
            + " from idea_board where ");
        matching(statement, query);
        statement.append(" and " + bound, start);
        after.ifPresent(cursor -> statement.append(" and (shuffle_key, id) > (?, ?)", cursor.keyAsLong(), cursor.id()));
        return statement.append(" order by shuffle_key, id limit ?)", query.limit() + 1);
    }

    /**
     * What the weekly walk of {@link NewestMatches} needs before it starts: how many ideas the board holds by
     * PostgreSQL's estimate (-1 before it has looked), whether the words have one that must be present (only then can
     * the weekly index find the matches), and the weeks of the municipality's oldest and newest public ideas, which
     * PostgreSQL reads from either end of the newest-first index.
     */
    static Statement walkOf(BoardQuery query) {
        var search = searchOf(query.words().orElseThrow());
        return new Statement().append("select (select reltuples from pg_class"
            + " where oid = cast('idea_board' as regclass)) as board_size, querytree(" + search + ") not in ('T', '') as walkable,"
            + " min(submitted_at) as oldest, max(submitted_at) as newest"
            + " from idea_board where municipality = ? and published_at is not null", query.municipality());
    }

    /**
     * The newest matches, at most {@code limit}, among the ideas submitted from {@code oldestWeek} to
     * {@code newestWeek}, found one week at a time through the weekly full-text index and ranked as {@link #ranked}
     * ranks them. PostgreSQL runs the lateral join as a loop over the weeks in the order {@code generate_series} gives
     * them, newest first, so the outer limit stops the walk at the week that completes it.
     * <p>
     * The week reaches the search as a column of the loop, not as a constant, on purpose: with a constant PostgreSQL
     * folds the scoped search while planning, guesses its matches from the statistics of words it has never seen,
     * and with a span of weeks preferred reading the whole table and testing every idea's weekly words (ten thousand
     * ideas took seconds). A search known only at run time gets the planner's usual small estimate, and the index.
     * The municipality is named only inside the search for the same reason: an index that starts with it must not
     * look like a way in. The search is taken apart once, into a template PostgreSQL folds while planning, and each
     * week is put into it by replacement (V25).
     */
    static Statement matchesInWeeks(BoardQuery query, Optional<NewestMatches.Bound> bound, int newestWeek,
                                    int oldestWeek, int limit) {
        var search = searchOf(query.words().orElseThrow());
        var statement = new Statement().append("select match.id, match.submitted_at, match.rank"
            + " from generate_series(cast(? as integer), cast(? as integer), -1) as span(week)"
            + " cross join lateral (select id, submitted_at, " + rankOf(query.words().orElseThrow()) + " as rank"
            + " from idea_board where published_at is not null", newestWeek, oldestWeek);
        filtered(statement, query);
        var municipality = literal(query.municipality());
        statement.append(" and idea_weekly_search_document(municipality, submitted_at, search_document)"
            + " @@ idea_weekly_search_of(idea_weekly_search_template(" + search + ", " + municipality + "), "
            + municipality + ", span.week)");
        bound.ifPresent(end -> statement.append(" and (submitted_at, id) " + (end.included() ? "<=" : "<")
            + " (cast(? as timestamptz), ?)", end.at().toString(), end.id()));
        return statement.append(" order by submitted_at desc, id desc limit ?) as match limit ?", limit, limit);
    }

    /**
     * The newest matches, at most {@code limit}, among the ideas submitted before {@code before}, found the plain way:
     * where the weekly walk stops, because the words are too rare for walking week by week to pay.
     */
    static Statement matchesBefore(BoardQuery query, Instant before, int limit) {
        var statement = new Statement().append("select id, submitted_at, " + rankOf(query.words().orElseThrow())
            + " as rank from idea_board where ");
        matching(statement, query);
        return statement.append(" and submitted_at < cast(? as timestamptz) order by submitted_at desc, id desc limit ?",
            before.toString(), limit);
    }

    /** The newest-first page of the matches {@link NewestMatches} found, with the columns {@link #descending} gives. */
    static Statement newestAmong(List<NewestMatches.Match> matches) {
        return new Statement().append("select " + IdeaRows.COLUMNS + ", submitted_at as sort_key from idea_board"
                + " where id = any(cast(? as uuid[])) order by submitted_at desc, id desc",
            (Object) matches.stream().map(NewestMatches.Match::id).toArray(UUID[]::new));
    }

    /**
     * Relevance among candidates already found by {@link NewestMatches}, newest first: the page after the cursor in
     * rank order, with the same columns and window as {@link #ranked} gives.
     */
    static Statement rankedAmong(BoardQuery query, Optional<BoardCursor> after, List<NewestMatches.Match> candidates) {
        var newest = candidates.get(0);
        var statement = new Statement().append("select " + IdeaRows.COLUMNS + ", candidate.rank as sort_key,"
                + " cast(? as timestamptz) as window_at, cast(? as uuid) as window_id"
                + " from (select id, rank from unnest(cast(? as uuid[]), cast(? as real[])) as candidate(id, rank)",
            newest.submittedAt(), newest.id(), candidates.stream().map(NewestMatches.Match::id).toArray(UUID[]::new),
            candidates.stream().map(NewestMatches.Match::rank).toArray(Float[]::new));
        after.ifPresent(cursor -> statement.append(" where (rank, id) < (cast(? as real), ?)", cursor.rank(),
            cursor.id()));
        return statement.append(" order by rank desc, id desc limit ?) as candidate join idea_board using (id)"
            + " order by candidate.rank desc, id desc", query.limit() + 1);
    }

    private static void matching(Statement statement, BoardQuery query) {
        classified(statement, query);
        query.words().ifPresent(words -> statement.append(" and search_document @@ " + searchOf(words)));
    }

    private static void classified(Statement statement, BoardQuery query) {
        statement.append("municipality = ? and published_at is not null", query.municipality());
        filtered(statement, query);
    }

    private static void filtered(Statement statement, BoardQuery query) {
        oneOf(statement, "service_area", query.serviceAreas().toArray());
        oneOf(statement, "status", query.statuses().toArray());
        oneOf(statement, "cost_model", query.classifications().costModels().toArray());
        overlapping(statement, "target_groups", query.classifications().targetGroups());
        overlapping(statement, "strategic_values", query.classifications().strategicValues());
    }

    private static void overlapping(Statement statement, String column, java.util.List<String> values) {
        if (!values.isEmpty()) {
            statement.append(" and " + column + " && cast(? as text[])", (Object) values.toArray(String[]::new));
        }
    }

    private static void oneOf(Statement statement, String column, Object[] values) {
        if (values.length > 0) {
            statement.append(" and " + column + " in (" + "?, ".repeat(values.length - 1) + "?)", values);
        }
    }

    private static Statement keyOf(BoardQuery query) {
        return switch (query.sort()) {
            case NEWEST -> new Statement().append("submitted_at");
            case MOST_SUPPORTED -> new Statement().append("support_count");
            case MOST_DISCUSSED -> new Statement().append("comment_count");
            case RANDOM -> new Statement().append("shuffle_key");
            case RELEVANCE -> throw new IllegalArgumentException("relevance ranks its own candidates");
        };
    }

    private static String keyTypeOf(BoardSort sort) {
        return switch (sort) {
            case NEWEST -> "timestamptz";
            case MOST_SUPPORTED, MOST_DISCUSSED -> "integer";
            case RANDOM -> "bigint";
            case RELEVANCE -> throw new IllegalArgumentException("relevance ranks its own candidates");
        };
    }
}
