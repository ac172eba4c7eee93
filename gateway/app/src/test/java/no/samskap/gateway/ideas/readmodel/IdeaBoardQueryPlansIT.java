package no.samskap.gateway.ideas.readmodel;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With 50,000 ideas in the read model, every sort of the board, the search and the similar ideas are answered from
 * their own index, never by reading the whole table. Plans, not timings: timings belong to the benchmarks.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaBoardQueryPlansIT {

    private static final String RANA = "1833";

    private TestInfrastructure infrastructure;
    private String schema;

    @BeforeAll
    void fillTheBoard(TestInfrastructure infrastructure) throws SQLException {
        this.infrastructure = infrastructure;
        schema = IdeasSchema.migrated(infrastructure);
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute("""
                insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at,
                                        published_at, support_count)
                select gen_random_uuid(),
                       (array['1833', '4618', '5001', '3001', '1101'])[1 + n % 5],
                       'Idé ' || n || ' om ' || (array['konsert', 'leksehjelp', 'filmklubb', 'dansekurs', 'eSport',
                           'lesesirkel', 'gitarkurs', 'strikkekafé', 'bokbuss', 'scene', 'korps', 'teater', 'maling',
                           'podkast', 'sjakk', 'brettspill', 'klatring', 'fotografi', 'keramikk',
                           'språkkafé'])[1 + n % 97 % 20],
                       'Et forslag fra innbyggerne om ' || (array['barn', 'ungdom', 'eldre', 'alle'])[1 + n % 4]
                           || ' i sentrum, nummer ' || n || '.',
                       (array['bibliotek', 'kulturskole', 'kino', 'fritid-ungdom', 'kulturhus', 'digital',
                           'annet'])[1 + n % 7],
                       (array['published', 'under-assessment', 'accepted', 'not-possible', 'already-exists', 'realised',
                           'withdrawn'])[1 + n % 11 % 7],
                       timestamptz '2026-01-01 00:00:00Z' + n * interval '7 minutes',
                       timestamptz '2026-01-01 00:00:00Z' + n * interval '7 minutes',
                       case when n % 10 = 0 then null
                            else timestamptz '2026-01-01 00:00:00Z' + n * interval '7 minutes' end,
                       n * 7919 % 250
                from generate_series(1, 50000) as n""");
            statement.execute("analyze idea_board");
        }
        try (var connection = infrastructure.connect(schema)) {
            new SimilarIdeaCandidates(DSL.using(connection, SQLDialect.POSTGRES), SimilarIdeaCandidates.DEFAULT_SIZE)
                .rebuild();
        }
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute("analyze idea_hint_candidate");
        }
    }

    @Test
    void theNewestFirstBoardReadsItsIndexOnFirstAndDeepPages() throws SQLException {
        assertEveryPageUses("idea_board_public_newest_first", query(null, null, null));
    }

    @Test
    void theMostSupportedBoardReadsItsIndexOnFirstAndDeepPages() throws SQLException {
        assertEveryPageUses("idea_board_public_most_supported", query(null, "most-supported", null));
    }

    @Test
    void theMostDiscussedBoardReadsItsIndexOnFirstAndDeepPages() throws SQLException {
        assertEveryPageUses("idea_board_public_most_discussed", query(null, "most-discussed", null));
    }

    @Test
    void theRandomBoardReadsItsIndexOnFirstAndDeepPages() throws SQLException {
        assertEveryPageUses("idea_board_public_shuffled", query(null, "random", 42L));
    }

    @Test
    void theSearchReadsTheFullTextIndex() throws SQLException {
        assertEveryPageUses("idea_board_public_search", query("konserter", null, null));
    }

    @Test
    void aSearchForAPhraseWithAnExclusionReadsTheFullTextIndexToo() throws SQLException {
        assertIndexOnly(plan(BoardStatements.pageOf(query("\"idé 1235 om teater\" -sjakk", null, null))),
            "idea_board_public_search");
    }

    @Test
    void aRelevanceSearchForAWordEveryIdeaCarriesWalksTheNewestIdeasRatherThanRankingEveryMatch() throws SQLException {
        assertEveryPageUses("idea_board_public_newest_first", query("forslag", null, null));
    }

    @Test
    void aRelevanceSearchPagesThroughTheNewestMatchesOnlyRankedWithoutRepeatsOrGaps() throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);
            var pages = pagesOf(board, query("forslag", null, null));
            var found = pages.stream().flatMap(page -> page.ideas().stream()).map(IdeaSummary::id).toList();

            assertEquals(BoardStatements.RANKED_AT_MOST, found.size());
            assertEquals(BoardStatements.RANKED_AT_MOST, new HashSet<>(found).size());
            assertEquals(newestIds(connection, BoardStatements.RANKED_AT_MOST), new HashSet<>(found));
        }
    }

    @Test
    void aRelevanceSearchKeepsRankingTheSameCandidatesWhenANewerMatchIsPublishedWhilePaging() throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);
            var first = board.page(BoardQuery.of(RANA, "forslag", null, null, null, null, 100, null));
            var newer = UUID.randomUUID();
            try (var insert = prepared(connection, "insert into idea_board (id, municipality, title, body, service_area,"
                + " status, submitted_at, updated_at, published_at, support_count) values (?, ?, 'Forslag forslag',"
                + " 'Et forslag om forslag', 'annet', 'published', now(), now(), now(), 0)", new Object[] {newer, RANA})) {
                insert.executeUpdate();
            }
            try {
                var rest = pagesOf(board, BoardQuery.of(RANA, "forslag", null, null, null, null, 100, first.next()));
                var found = new ArrayList<String>();
                first.ideas().forEach(idea -> found.add(idea.id()));
                rest.forEach(page -> page.ideas().forEach(idea -> found.add(idea.id())));

                assertFalse(found.contains(newer.toString()));
                assertEquals(BoardStatements.RANKED_AT_MOST, new HashSet<>(found).size());
            } finally {
                try (var delete = prepared(connection, "delete from idea_board where id = ?", new Object[] {newer})) {
                    delete.executeUpdate();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"konserter", "konsert barn", "\"forslag fra\"", "idé 1235", "forslag -sjakk"})
    void aRelevanceSearchFindsItsNewestMatchesAWeekAtATimeThroughTheWeeklyIndexWithoutWorkers(String words)
            throws SQLException {
        var week = NewestMatches.weekOf(Instant.parse("2026-08-01T00:00:00Z"));
        for (var span : List.of(1, 4, 30)) {
            var plan = plan(BoardStatements.matchesInWeeks(query(words, null, null), Optional.empty(), week,
                week - span + 1, BoardStatements.RANKED_AT_MOST));

            assertIndexOnly(plan, "idea_board_public_weekly_search");
            assertFalse(plan.contains("\"idea_board_public_search\""), plan);
            assertFalse(plan.contains("Gather"), plan);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"forslag", "konserter", "konsert barn", "teater eldre", "\"om konsert\"",
        "forslag -sjakk", "idé 1235", "nummer 49999", "-sjakk", "og", "ukjentord", "konsert or sjakk"})
    void theWeeklyWalkRanksExactlyTheMatchesThePlainSearchRanks(String words) throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);
            var walked = pagesOf(board, BoardQuery.of(RANA, words, null, null, null, null, 20, null)).stream()
                .flatMap(page -> page.ideas().stream()).map(IdeaSummary::id).toList();

            assertEquals(plainlyRanked(connection, BoardQuery.of(RANA, words, null, null, null, null,
                BoardStatements.RANKED_AT_MOST, null)), walked);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"konserter", "konsert barn", "\"om konsert\"", "forslag -sjakk", "nummer 49999", "-sjakk",
        "ukjentord"})
    void aSearchSortedNewestFirstPagesThroughExactlyTheMatchesThePlainSearchFinds(String words) throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);
            var walked = new ArrayList<String>();
            var page = board.page(BoardQuery.of(RANA, words, null, null, "newest", null, 20, null));
            page.ideas().forEach(idea -> walked.add(idea.id()));
            while (page.next() != null && walked.size() < 200) {
                page = board.page(BoardQuery.of(RANA, words, null, null, "newest", null, 20, page.next()));
                page.ideas().forEach(idea -> walked.add(idea.id()));
            }

            assertEquals(plainlyRanked(connection, BoardQuery.of(RANA, words, null, null, "newest", null, 200, null)),
                walked);
        }
    }

    @Test
    void theWeeklyWalkKeepsToTheFiltersAndTheMunicipality() throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);
            for (var municipality : List.of(RANA, "4618")) {
                var filtered = BoardQuery.of(municipality, "konsert", List.of("kino", "annet"), List.of("published", "accepted"),
                    null, null, 300, null);
                var walked = board.page(filtered).ideas().stream().map(IdeaSummary::id).toList();

                assertFalse(walked.isEmpty());
                assertEquals(plainlyRanked(connection, filtered), walked);
            }
        }
    }

    @Test
    void onlyABoardOfAtLeastTheThresholdsIdeasIsWalkedWeekByWeek() throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var sql = DSL.using(connection, SQLDialect.POSTGRES);
            var konsert = query("konsert", null, null);

            assertTrue(new NewestMatches(sql, 40_000).find(konsert, Optional.empty(), 300).isPresent());
            assertTrue(new NewestMatches(sql, 60_000).find(konsert, Optional.empty(), 300).isEmpty());
            assertTrue(new NewestMatches(sql, 0).find(konsert, Optional.empty(), 300).isPresent());
        }
    }

    /** PostgreSQL 17 builds, reindexes and analyses an index with only pg_catalog on the search path. */
    @Test
    void theWeeklyIndexsDocumentIsWrittenTheSameWithOnlyPostgresqlsOwnFunctionsInReach() throws SQLException {
        var documents = "select string_agg(\"%s\".idea_weekly_search_document(municipality, submitted_at,"
            + " search_document)::text, ' | ' order by id) from \"%s\".idea_board where id in (select id from \"%s\""
            + ".idea_board order by id limit 100)";
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            var asTheBoardWritesThem = single(statement, documents.formatted(schema, schema, schema));
            statement.execute("set search_path = pg_catalog, pg_temp");

            assertEquals(asTheBoardWritesThem, single(statement, documents.formatted(schema, schema, schema)));
        }
    }

    private static String single(java.sql.Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> plainlyRanked(Connection connection, BoardQuery query) throws SQLException {
        var statement = BoardStatements.pageOf(query);
        var ids = new ArrayList<String>();
        try (var select = prepared(connection, statement.sql(), statement.bindings());
             var rows = select.executeQuery()) {
            while (rows.next() && ids.size() < query.limit()) {
                ids.add(rows.getString("id"));
            }
        }
        return ids;
    }

    @Test
    void aSearchForWordsWithQuotesAndBackslashesFindsThemLiterally() throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            var board = new IdeaBoard(DSL.using(connection, SQLDialect.POSTGRES), 0);

            var hostile = "ukjent'); drop table idea_board; --\\' \\";

            assertTrue(board.page(BoardQuery.of(RANA, hostile, null, null, null, null, 20, null)).ideas().isEmpty());
            assertFalse(board.page(BoardQuery.of(RANA, "\"konsert\" -'sjakk'", null, null, null, null, 20, null))
                .ideas().isEmpty());
            // Marks that a JDBC driver or jOOQ could take for bind places, inside the words: still only words.
            for (var placeholders : List.of("konsert?", "konsert ? $1 :navn {0}", "konsert' || ? || '", "konsert\\?")) {
                var sort = placeholders.length() % 2 == 0 ? "relevance" : "newest";
                assertTrue(board.page(BoardQuery.of(RANA, placeholders, null, null, sort, null, 20, null)).ideas()
                    .stream().allMatch(idea -> idea.municipality().equals(RANA)), placeholders);
            }
        }
    }

    private static List<IdeaBoardPage> pagesOf(IdeaBoard board, BoardQuery firstPage) {
        var pages = new ArrayList<IdeaBoardPage>();
        var page = board.page(firstPage);
        pages.add(page);
        while (page.next() != null) {
            page = board.page(BoardQuery.of(firstPage.municipality(), firstPage.words().orElse(null), null, null,
                firstPage.sort().wireName(), null, firstPage.limit(), page.next()));
            pages.add(page);
        }
        return pages;
    }

    private static Set<String> newestIds(Connection connection, int count) throws SQLException {
        var ids = new HashSet<String>();
        try (var select = prepared(connection, "select id from idea_board where municipality = ? and published_at is not"
                + " null order by submitted_at desc, id desc limit ?", new Object[] {RANA, count});
             var rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    @Test
    void aFilteredBoardStillReadsAnIndex() throws SQLException {
        var filtered = BoardQuery.of(RANA, null, List.of("kino"), List.of("accepted"), null, null, 20, null);
        assertIndexOnly(plan(BoardStatements.pageOf(filtered)), null);
    }

    @Test
    void similarIdeasReadTheTrigramIndexOfTheNewestIdeasOnly() throws SQLException {
        assertIndexOnly(plan(SimilarIdeaSearch.statementFor(RANA, "Idé 1235 om keramikk")),
            "idea_hint_candidate_title_trigrams");
    }

    private static BoardQuery query(String words, String sort, Long seed) {
        return BoardQuery.of(RANA, words, null, null, sort, seed, 20, null);
    }

    /** The first page, and the eleventh, reached through a cursor as a visitor would. */
    private void assertEveryPageUses(String index, BoardQuery firstPage) throws SQLException {
        assertIndexOnly(plan(BoardStatements.pageOf(firstPage)), index);
        var deep = BoardQuery.of(RANA, firstPage.words().orElse(null), null, null, firstPage.sort().wireName(),
            firstPage.seed(), 20, cursorAfter(BoardQuery.of(RANA, firstPage.words().orElse(null), null, null,
                firstPage.sort().wireName(), firstPage.seed(), 200, null)));
        assertIndexOnly(plan(BoardStatements.pageOf(deep)), index);
    }

    private String cursorAfter(BoardQuery query) throws SQLException {
        var statement = BoardStatements.pageOf(query);
        try (var connection = infrastructure.connect(schema); var select = prepared(connection, statement.sql(),
                statement.bindings()); var rows = select.executeQuery()) {
            Object key = null;
            UUID id = null;
            for (int row = 0; row < query.limit() && rows.next(); row++) {
                key = query.sort() == BoardSort.NEWEST
                    ? rows.getObject("sort_key", OffsetDateTime.class) : rows.getObject("sort_key");
                if (query.sort() == BoardSort.RELEVANCE) {
                    key = new BoardCursor.RankInWindow(rows.getFloat("sort_key"),
                        rows.getObject("window_at", OffsetDateTime.class), rows.getObject("window_id", UUID.class));
                }
                id = rows.getObject("id", UUID.class);
            }
            return BoardCursor.after(query, key, id).encode();
        }
    }

    private String plan(Statement statement) throws SQLException {
        try (var connection = infrastructure.connect(schema);
             var explain = prepared(connection, "explain (format json) " + statement.sql(), statement.bindings());
             var rows = explain.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object[] bindings)
            throws SQLException {
        var statement = connection.prepareStatement(sql);
        for (int i = 0; i < bindings.length; i++) {
            statement.setObject(i + 1, bindings[i]);
        }
        return statement;
    }

    private static void assertIndexOnly(String plan, String expectedIndex) {
        var nodes = new ArrayList<JsonNode>();
        try {
            collect(JsonMapper.createDefault().readValue(plan, JsonNode.class), nodes);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's plan is not JSON", e);
        }
        var onTheBoard = nodes.stream().filter(node -> "idea_board".equals(text(node, "Relation Name"))).toList();
        assertFalse(onTheBoard.isEmpty(), plan);
        assertTrue(onTheBoard.stream().noneMatch(node -> "Seq Scan".equals(text(node, "Node Type"))),
            () -> "reads the whole table: " + plan);
        if (expectedIndex != null) {
            assertTrue(nodes.stream().anyMatch(node -> expectedIndex.equals(text(node, "Index Name"))),
                () -> "does not use " + expectedIndex + ": " + plan);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        if (node.isArray()) {
            node.values().forEach(child -> collect(child, nodes));
        } else if (node.isObject()) {
            if (node.get("Node Type") != null) {
                nodes.add(node);
            }
            node.values().forEach(child -> collect(child, nodes));
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null ? null : value.getStringValue();
    }
}
