package no.samskap.gateway.ideas.readmodel;

import java.util.Optional;

/**
 * The SQL for one page of the board. Every sort reads its own partial index over published ideas in that index's
 * order, continuing after the cursor's key and id, so a page costs the same however deep it is.
 */
final class BoardStatements {

    /** An init plan: the words become a text search query once per statement, not once per row. */
    private static final String SEARCH = "(select idea_search_query(?))";

    private BoardStatements() {
    }

    static Statement pageOf(BoardQuery query) {
        var after = query.after().map(cursor -> BoardCursor.decode(cursor, query));
        return query.sort() == BoardSort.RANDOM ? shuffled(query, after) : descending(query, after);
    }

    /** Newest, most supported and relevance: the key descending, then the id descending to break ties. */
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

    private static void matching(Statement statement, BoardQuery query) {
        statement.append("municipality = ? and published_at is not null", query.municipality());
        oneOf(statement, "service_area", query.serviceAreas().toArray());
        oneOf(statement, "status", query.statuses().toArray());
        oneOf(statement, "cost_model", query.classifications().costModels().toArray());
        overlapping(statement, "target_groups", query.classifications().targetGroups());
        overlapping(statement, "strategic_values", query.classifications().strategicValues());
        query.words().ifPresent(words -> statement.append(" and search_document @@ " + SEARCH, words));
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
            case RELEVANCE -> new Statement().append("ts_rank_cd(search_document, " + SEARCH + ")",
                query.words().orElseThrow());
            case RANDOM -> new Statement().append("shuffle_key");
        };
    }

    private static String keyTypeOf(BoardSort sort) {
        return switch (sort) {
            case NEWEST -> "timestamptz";
            case MOST_SUPPORTED, MOST_DISCUSSED -> "integer";
            case RELEVANCE -> "real";
            case RANDOM -> "bigint";
        };
    }
}
