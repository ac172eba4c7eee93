package no.samskap.gateway.ideas;

import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sorts, filters, keyset paging and refusals of one municipality's board, over rows written straight into the read
 * model.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaBoardQueriesIT {

    private static final String MUNICIPALITY = "3001";

    private final List<BoardRow> board = List.of(
        BoardRow.published(MUNICIPALITY, "Bokbuss til grendene").serviceArea("bibliotek").status("accepted")
            .submittedAt("2026-09-01T12:00:00Z").supports(12),
        BoardRow.published(MUNICIPALITY, "Lesesirkel for eldre").serviceArea("bibliotek").status("published")
            .submittedAt("2026-09-02T12:00:00Z").supports(3),
        BoardRow.published(MUNICIPALITY, "Premierekveld på kinoen").serviceArea("kino").status("accepted")
            .submittedAt("2026-09-03T12:00:00Z").supports(3),
        BoardRow.published(MUNICIPALITY, "Barnefilm på søndager").serviceArea("kino").status("under-assessment")
            .submittedAt("2026-09-03T12:00:00Z").supports(7),
        BoardRow.published(MUNICIPALITY, "Gitarkurs i kulturskolen").serviceArea("kulturskole").status("accepted")
            .submittedAt("2026-09-04T12:00:00Z").supports(0),
        BoardRow.published(MUNICIPALITY, "Ungdomsklubb på fredager").serviceArea("fritid-ungdom").status("realised")
            .submittedAt("2026-09-05T12:00:00Z").supports(25),
        BoardRow.published(MUNICIPALITY, "Scene i kulturhuset").serviceArea("kulturhus").status("not-possible")
            .submittedAt("2026-09-06T12:00:00Z").supports(3),
        BoardRow.published(MUNICIPALITY, "eSport-rom for ungdom").serviceArea("digital").status("accepted")
            .submittedAt("2026-09-07T12:00:00Z").supports(0),
        BoardRow.published(MUNICIPALITY, "Lydstudio for SoundCloud-skapere").serviceArea("digital")
            .status("already-exists").submittedAt("2026-09-08T12:00:00Z").supports(9),
        BoardRow.published(MUNICIPALITY, "Dokumentarkveld på kinoen").serviceArea("kino").status("withdrawn")
            .submittedAt("2026-09-09T12:00:00Z").supports(0),
        BoardRow.published(MUNICIPALITY, "Strikkekafé").serviceArea("annet").status("published")
            .submittedAt("2026-09-10T12:00:00Z").supports(1),
        BoardRow.published(MUNICIPALITY, "Sommerles for barn").serviceArea("bibliotek").status("published")
            .submittedAt("2026-09-11T12:00:00Z").supports(3),
        BoardRow.published(MUNICIPALITY, "Filmverksted for ungdom").serviceArea("kino").status("accepted")
            .submittedAt("2026-09-12T12:00:00Z").supports(4));

    private BoardUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        gateway = BoardUnderTest.start(infrastructure);
        gateway.insert(board.toArray(BoardRow[]::new));
        gateway.insert(BoardRow.published(MUNICIPALITY, "Venter på moderator").held().supports(99),
            BoardRow.published("4618", "Filmklubb i Odda").serviceArea("kino").supports(50));
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=newest", "sort=most-supported", "sort=random&seed=42", "sort=random&seed=-7"})
    void eachSortPagesThroughTheWholeBoardWithoutRepeatsOrGaps(String sort) {
        var paged = pageThrough("/api/ideas?municipality=" + MUNICIPALITY + "&" + sort, 2);

        assertEquals(paged.size(), new HashSet<>(paged).size(), "no idea twice");
        assertEquals(titles(board), new HashSet<>(paged), "every published idea of the municipality, and no other");
        assertEquals(titlesOf(onePage("/api/ideas?municipality=" + MUNICIPALITY + "&limit=100&" + sort)), paged,
            "small pages follow the same order as one large page");
    }

    @Test
    void newestComesFirstWithTheIdBreakingTies() {
        var ideas = onePage("/api/ideas?municipality=" + MUNICIPALITY + "&limit=100").ideas();

        assertEquals(ideas.stream().sorted(Comparator.comparing(IdeaSummary::submittedAt).reversed()
            .thenComparing(Comparator.comparing(IdeaSummary::id).reversed())).toList(), ideas);
    }

    @Test
    void mostSupportedComesFirstWithTheIdBreakingTies() {
        var ideas = onePage("/api/ideas?municipality=" + MUNICIPALITY + "&limit=100&sort=most-supported").ideas();

        assertEquals("Ungdomsklubb på fredager", ideas.get(0).title());
        assertEquals(ideas.stream().sorted(Comparator.comparing(IdeaSummary::supportCount).reversed()
            .thenComparing(Comparator.comparing(IdeaSummary::id).reversed())).toList(), ideas);
    }

    @Test
    void theRandomOrderIsStableForOneSeedAndDiffersForAnother() {
        var board = "/api/ideas?municipality=" + MUNICIPALITY + "&sort=random";
        var first = pageThrough(board + "&seed=42", 3);

        assertEquals(first, pageThrough(board + "&seed=42", 3));
        assertNotEquals(first, pageThrough(board + "&seed=7", 3));
        assertNotEquals(titlesOf(onePage("/api/ideas?municipality=" + MUNICIPALITY + "&limit=100")), first,
            "not simply the newest first");
    }

    @Test
    void filtersOnServiceAreaAndStatusCombine() {
        var both = onePage("/api/ideas?municipality=" + MUNICIPALITY
            + "&serviceArea=kino&serviceArea=bibliotek&status=accepted&status=under-assessment&limit=100");
        var commaSeparated = onePage("/api/ideas?municipality=" + MUNICIPALITY
            + "&serviceArea=kino,bibliotek&status=accepted,under-assessment&limit=100&sort=most-supported");

        var expected = Set.of("Bokbuss til grendene", "Premierekveld på kinoen", "Barnefilm på søndager",
            "Filmverksted for ungdom");
        assertEquals(expected, new HashSet<>(titlesOf(both)));
        assertEquals(expected, new HashSet<>(titlesOf(commaSeparated)));
    }

    @Test
    void aFilteredBoardPagesWithoutRepeatsOrGaps() {
        var paged = pageThrough("/api/ideas?municipality=" + MUNICIPALITY + "&serviceArea=kino&sort=most-supported", 1);

        assertEquals(List.of("Barnefilm på søndager", "Filmverksted for ungdom", "Premierekveld på kinoen",
            "Dokumentarkveld på kinoen"), paged);
    }

    @Test
    void refusesACursorFromOneSortWithAnother() {
        var newest = onePage("/api/ideas?municipality=" + MUNICIPALITY + "&limit=2");
        var cursor = newest.next();

        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + MUNICIPALITY
            + "&sort=most-supported&limit=2&after=" + cursor), "after");
        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + MUNICIPALITY
            + "&serviceArea=kino&limit=2&after=" + cursor), "after");
        assertEquals(200,
            gateway.get("/api/ideas?municipality=" + MUNICIPALITY + "&limit=2&after=" + cursor).statusCode());
    }

    @Test
    void refusesACursorFromOneSeedWithAnother() {
        var cursor = onePage("/api/ideas?municipality=" + MUNICIPALITY + "&sort=random&seed=1&limit=2").next();

        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + MUNICIPALITY
            + "&sort=random&seed=2&limit=2&after=" + cursor), "after");
    }

    @ParameterizedTest
    @CsvSource({
        "serviceArea=teater, serviceArea",
        "serviceArea=kino&serviceArea=opera, serviceArea",
        "status=rejected, status",
        "status=submitted, status",
        "sort=oldest, sort",
        "sort=relevance, sort",
        "sort=random, seed",
        "sort=random&seed=tolv, seed",
        "q=%00konsert, q",
        "limit=0, limit",
        "limit=101, limit",
        "after=bogus, after",
        "municipality=oslo, municipality"})
    void refusesABadValueWithAProblemNamingTheField(String query, String field) {
        var municipality = query.startsWith("municipality=") ? "" : "municipality=" + MUNICIPALITY + "&";

        RefusalAssertions.assertRefused(gateway.get("/api/ideas?" + municipality + query), field);
    }

    @Test
    void refusesWordsLongerThanTwoHundredCharacters() {
        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + MUNICIPALITY + "&q="
            + BoardUnderTest.encoded("ø".repeat(201))), "q");
        assertEquals(200, gateway.get("/api/ideas?municipality=" + MUNICIPALITY + "&q="
            + BoardUnderTest.encoded("ø".repeat(200))).statusCode());
    }

    @Test
    void showsTheWholeBoardForAnEmptySearchBox() {
        assertEquals(titles(board), new HashSet<>(titlesOf(onePage("/api/ideas?municipality=" + MUNICIPALITY
            + "&q=++&limit=100"))));
    }

    private List<String> pageThrough(String board, int limit) {
        var titles = new ArrayList<String>();
        String after = null;
        do {
            var page = onePage(board + "&limit=" + limit + (after == null ? "" : "&after=" + after));
            assertTrue(page.ideas().size() <= limit);
            titles.addAll(titlesOf(page));
            after = page.next();
        } while (after != null);
        return titles;
    }

    private IdeaBoardPage onePage(String pathAndQuery) {
        return gateway.read(pathAndQuery, IdeaBoardPage.class);
    }

    private static List<String> titlesOf(IdeaBoardPage page) {
        return page.ideas().stream().map(IdeaSummary::title).toList();
    }

    private static Set<String> titles(List<BoardRow> rows) {
        return new HashSet<>(rows.stream().map(BoardRow::title).toList());
    }
}
