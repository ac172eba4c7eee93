package no.samskap.bench;

import no.samskap.gateway.ideas.dashboard.DashboardForBenchmarks;
import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks;
import no.samskap.gateway.ideas.readmodel.BoardQuery;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaCandidates;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaSearch;
import no.samskap.gateway.ideas.staff.StaffForBenchmarks;
import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The board's reads the issue names: newest, deep pages, most supported, random, filters, search, similar ideas; and
 * the staff's inbox and dashboard over the same ideas.
 */
final class Scenarios {

    private static final int PAGE = 20;
    /** Words from the generator's phrases that one idea in five to ten carries. */
    private static final List<String> COMMON_WORDS = List.of("biblioteket", "ungdom", "kveldstid", "parken", "frivillige");
    /** Two words that meet in a few thousandths of the ideas: an activity and a place. */
    private static final List<String> TWO_WORDS = List.of("tegneseriekurs kaia", "slampoesi torget",
        "animasjonskurs kinosalen", "klatrevegg idrettshallen", "jazzkveld samfunnshuset");
    private static final List<String> SIMILAR = List.of("eSport rom i kulturhuset", "Leksehjelp på biblioteket",
        "Sommerkino i parken for alle", "Strikkekafe for eldre", "Kodeklubb for barn etter skoletid");

    private final DSLContext sql;
    private final IdeaBoard board;
    private final SimilarIdeaSearch similar;
    private final SimilarIdeaCandidates candidates;

    Scenarios(DSLContext sql) {
        this.sql = sql;
        this.board = BoardForBenchmarks.board(sql);
        this.similar = BoardForBenchmarks.similarIdeaSearch(sql);
        this.candidates = BoardForBenchmarks.similarIdeaCandidates(sql);
    }

    List<Scenario> all() {
        var scenarios = new ArrayList<Scenario>();
        scenarios.add(page("newest, first page", i -> query(municipality(i), null, "newest", null, null)));
        var deepNewest = deepCursors("newest", "submitted_at");
        scenarios.add(page("newest, deep page (keyset cursor)",
            i -> query(municipality(i), null, "newest", null, deepNewest.get(i % deepNewest.size()))));
        scenarios.add(page("most supported, first page", i -> query(municipality(i), null, "most-supported", null, null)));
        var deepSupported = deepCursors("most-supported", "support_count");
        scenarios.add(page("most supported, deep page (keyset cursor)",
            i -> query(municipality(i), null, "most-supported", null, deepSupported.get(i % deepSupported.size()))));
        scenarios.add(page("most discussed, first page", i -> query(municipality(i), null, "most-discussed", null, null)));
        scenarios.add(page("random, new seed each run", i -> BoardQuery.of(municipality(i), null, null, null, "random",
            (long) i * 7919, PAGE, null)));
        scenarios.add(page("filter: service area and status", i -> BoardQuery.of(municipality(i), null,
            List.of("kino"), List.of("under-assessment"), "newest", null, PAGE, null)));
        scenarios.add(page("filter: target group and cost model", i -> query(municipality(i), null, "newest", null, null)
            .narrowedTo(BoardQuery.Classifications.of(List.of("ungdom"), List.of(), List.of("for-noen")))));
        scenarios.add(page("search, relevance, common word",
            i -> query(municipality(i), COMMON_WORDS.get(i % COMMON_WORDS.size()), null, null, null)));
        var deepRelevance = deepRelevanceCursors();
        scenarios.add(page("search, relevance, common word, deep page (keyset cursor)",
            i -> deepRelevance.get(i % deepRelevance.size())));
        scenarios.add(page("search, relevance, two words",
            i -> query(municipality(i), TWO_WORDS.get(i % TWO_WORDS.size()), null, null, null)));
        scenarios.add(page("search, newest first, common word",
            i -> query(municipality(i), COMMON_WORDS.get(i % COMMON_WORDS.size()), "newest", null, null)));
        scenarios.add(page("search, newest first, two words",
            i -> query(municipality(i), TWO_WORDS.get(i % TWO_WORDS.size()), "newest", null, null)));
        scenarios.add(new Scenario("similar ideas (title trigrams, newest 5,000)",
            i -> similar.similarTo(municipality(i), SIMILAR.get(i % SIMILAR.size())).ideas().size(),
            BoardForBenchmarks.similarStatement(municipality(0), SIMILAR.get(0))));
        var refreshed = ideasToRefresh();
        scenarios.add(new Scenario("similar-idea window kept as an idea is published or hidden",
            i -> {
                candidates.refresh(refreshed.get(i % refreshed.size()));
                return 1;
            },
            BoardForBenchmarks.windowCountStatement(municipality(0))));
        scenarios.addAll(staffReads());
        return scenarios;
    }

    /** Issue 18's scale additions: what a municipality's staff read, on the same ideas. */
    List<Scenario> staffReads() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var lastYear = new Period(today.minusDays(Period.LONGEST_IN_DAYS - 1), today);
        var fromTheStart = new Period(null, today);
        return List.of(
            read("staff inbox, first page of each section", (context, i) -> StaffForBenchmarks.inboxOf(context, municipality(i))),
            read("dashboard, the last year",
                (context, i) -> DashboardForBenchmarks.figures(context, municipality(i), lastYear)),
            read("dashboard, from the start",
                (context, i) -> DashboardForBenchmarks.figures(context, municipality(i), fromTheStart)));
    }

    private Scenario read(String name, java.util.function.BiFunction<DSLContext, Integer, Integer> run) {
        return new Scenario(name, i -> run.apply(sql, i), SlowestStatement.of(sql, context -> run.apply(context, 0)));
    }

    private Scenario page(String name, java.util.function.IntFunction<BoardQuery> queryOfRun) {
        return new Scenario(name, i -> board.page(queryOfRun.apply(i)).ideas().size(),
            BoardForBenchmarks.pageStatement(queryOfRun.apply(0)));
    }

    private static BoardQuery query(String municipality, String words, String sort, Long seed, String after) {
        return BoardQuery.of(municipality, words, null, null, sort, seed, PAGE, after);
    }

    /**
     * Public ideas of both municipalities, alternating, some in the window and most older than it, in a stable order:
     * refreshing any of them leaves the window as it was, so every run does the work of a real publication or hiding
     * (its own row, the count, trimming or refilling) without drifting.
     */
    private List<UUID> ideasToRefresh() {
        var ideas = new ArrayList<UUID>();
        var rana = hundredPublicIdeas(ReadModel.RANA);
        var ullensvang = hundredPublicIdeas(ReadModel.ULLENSVANG);
        for (var i = 0; i < Math.min(rana.size(), ullensvang.size()); i++) {
            ideas.add(rana.get(i));
            ideas.add(ullensvang.get(i));
        }
        return ideas;
    }

    private List<UUID> hundredPublicIdeas(String municipality) {
        return sql.fetch("select id from idea_board where municipality = ? and published_at is not null"
            + " order by shuffle_key limit 100", municipality).getValues(0, UUID.class);
    }

    /** Alternate runs read Rana (six in ten ideas) and Ullensvang (four in ten). */
    private static String municipality(int run) {
        return run % 2 == 0 ? ReadModel.RANA : ReadModel.ULLENSVANG;
    }

    /**
     * Relevance pages half way through the 300 ranked candidates of each common word in each municipality (after 150),
     * reached as a visitor would: page by page with the cursors the board hands out.
     */
    private List<BoardQuery> deepRelevanceCursors() {
        var queries = new ArrayList<BoardQuery>();
        for (var i = 0; i < COMMON_WORDS.size() * 2; i++) {
            var words = COMMON_WORDS.get(i % COMMON_WORDS.size());
            var page = board.page(BoardQuery.of(municipality(i), words, null, null, null, null, 50, null));
            for (var pages = 1; pages < 3 && page.next() != null; pages++) {
                page = board.page(BoardQuery.of(municipality(i), words, null, null, null, null, 50, page.next()));
            }
            queries.add(query(municipality(i), words, null, null, page.next()));
        }
        return queries;
    }

    /**
     * Cursors as the board hands them out after the ideas at a tenth, half and nine tenths of each municipality's list,
     * in the order of runs: a visitor who paged that far.
     */
    private List<String> deepCursors(String sort, String keyColumn) {
        var cursors = new ArrayList<String>();
        for (var depth : new double[] {0.1, 0.5, 0.9}) {
            for (var municipality : List.of(ReadModel.RANA, ReadModel.ULLENSVANG)) {
                var published = sql.fetchOne("select count(*) from idea_board where municipality = ?"
                    + " and published_at is not null", municipality).get(0, Long.class);
                var row = sql.fetchOne("select " + keyColumn + " as key, id from idea_board where municipality = ?"
                        + " and published_at is not null order by " + keyColumn + " desc, id desc offset ? limit 1",
                    municipality, (long) (published * depth));
                var key = row.get("key");
                var query = query(municipality, null, sort, null, null);
                cursors.add(BoardForBenchmarks.cursorAfter(query, key,
                    row.get("id", UUID.class)));
            }
        }
        return cursors;
    }
}
