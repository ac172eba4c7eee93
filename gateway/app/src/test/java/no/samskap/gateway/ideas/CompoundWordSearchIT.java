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

import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samskap.gateway.ideas.BoardUnderTest.encoded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search finds a word inside compound words and in the plurals that drop an e, in bokmål and nynorsk (ADR 0050). */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompoundWordSearchIT {

    private static final String RANA = "1833";
    private static final String ULLENSVANG = "4618";

    private BoardUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        gateway = BoardUnderTest.start(infrastructure, Map.of("samskap.search.weekly-walk-from", 0));
        gateway.insert(
            BoardRow.published(RANA, "Filmkveld for ungdom").body("Vi viser en film på kinoen hver fredag.")
                .submittedAt("2026-10-01T12:00:00Z"),
            BoardRow.published(RANA, "Julekonsert i kirken").body("Kor og korps synger inn julen.")
                .submittedAt("2026-10-02T12:00:00Z"),
            BoardRow.published(RANA, "Flere sykler ved stasjonen").body("Bysykler som alle kan låne.")
                .submittedAt("2026-10-03T12:00:00Z"),
            BoardRow.published(RANA, "Kinosalen pusses opp").body("Nye stoler og bedre lyd.")
                .submittedAt("2026-10-04T12:00:00Z"),
            BoardRow.published(RANA, "Konsumkritikk på biblioteket").body("Samtaler om å kjøpe mindre.")
                .submittedAt("2026-10-05T12:00:00Z"),
            BoardRow.published(RANA, "Sykkel til utlån").body("En bysykkel ved rådhuset.")
                .submittedAt("2026-10-06T12:00:00Z"),
            BoardRow.published(RANA, "Sommerkino i Byparken").body("Utendørs visning i juli.")
                .submittedAt("2026-10-07T12:00:00Z"),
            BoardRow.published(ULLENSVANG, "Fleire syklar til skulane").body("Elevane treng noko å trø på.")
                .submittedAt("2026-10-02T12:00:00Z"),
            BoardRow.published(ULLENSVANG, "Sommarkonsertane i Odda").body("Musikk ved fjorden kvar laurdag.")
                .submittedAt("2026-10-03T12:00:00Z"));
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @ParameterizedTest(name = "in {0} searching \"{1}\" finds \"{2}\"")
    @CsvSource({
        "1833, kino, Sommerkino i Byparken",
        "1833, konsert, Julekonsert i kirken",
        "1833, sykkel, Flere sykler ved stasjonen",
        "1833, sykler, Sykkel til utlån",
        "4618, sykkel, Fleire syklar til skulane",
        "4618, konsert, Sommarkonsertane i Odda"})
    void findsAWordInsideACompoundAndInItsOtherForms(String municipality, String words, String title) {
        assertTrue(titlesFound(municipality, "&q=" + encoded(words)).contains(title));
        assertTrue(titlesFound(municipality, "&q=" + encoded(words) + "&sort=newest").contains(title));
    }

    @Test
    void ranksIdeasWithTheWholeWordBeforeIdeasWithItOnlyInsideAnother() {
        var found = titlesFound(RANA, "&q=kino");

        assertEquals("Filmkveld for ungdom", found.get(0));
        assertEquals(Set.of("Kinosalen pusses opp", "Sommerkino i Byparken"), Set.copyOf(found.subList(1, 3)));
        assertEquals(3, found.size());
    }

    @Test
    void findsNoUnrelatedWordThatOnlyBeginsLikeAShorterStem() {
        assertEquals(List.of("Julekonsert i kirken"), titlesFound(RANA, "&q=konsert"));
    }

    @Test
    void excludesIdeasWhoseCompoundsHoldAnExcludedWord() {
        assertEquals(List.of("Sommerkino i Byparken"), titlesFound(RANA, "&q=visning"));
        assertEquals(List.of(), titlesFound(RANA, "&q=" + encoded("visning -kino")));
    }

    @Test
    void theSearchPageListsCompoundMatchesAfterWholeWordMatches() {
        var page = gateway.get("/kommuner/" + RANA + "/ideer?q=kino");

        assertEquals(200, page.statusCode());
        var html = page.body();
        assertTrue(html.contains("Sommerkino i Byparken"), html);
        assertTrue(html.indexOf("Filmkveld for ungdom") < html.indexOf("Sommerkino i Byparken"), html);
        assertFalse(html.contains("Julekonsert i kirken"), html);
    }

    private List<String> titlesFound(String municipality, String query) {
        return gateway.read("/api/ideas?municipality=" + municipality + "&limit=100" + query, IdeaBoardPage.class)
            .ideas().stream().map(IdeaSummary::title).toList();
    }
}
