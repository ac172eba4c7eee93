package no.samskap.gateway.ideas;

import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.ideas.readmodel.SimilarIdeas;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static no.samskap.gateway.ideas.BoardUnderTest.encoded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search of the board in Norwegian, and the similar ideas shown while a resident writes. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaSearchIT {

    private static final String RANA = "1833";
    private static final String ULLENSVANG = "4618";

    private BoardUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        // The weekly walk, which a board this small would not take, so that these rules hold for it as well.
        gateway = BoardUnderTest.start(infrastructure, java.util.Map.of("samskap.search.weekly-walk-from", 0));
        gateway.insert(
            BoardRow.published(RANA, "Konsert i biblioteket").serviceArea("bibliotek")
                .body("Små musikkstunder for barn og unge på lørdager.").submittedAt("2026-10-01T12:00:00Z"),
            BoardRow.published(RANA, "Konserter i parken om sommeren").serviceArea("kulturhus")
                .body("Gratis musikk utendørs i juli.").submittedAt("2026-10-02T12:00:00Z"),
            BoardRow.published(RANA, "Leksehjelp på biblioteket").serviceArea("bibliotek")
                .body("Frivillige hjelper med lekser etter skolen.").submittedAt("2026-10-03T12:00:00Z"),
            BoardRow.published(RANA, "Filmklubb for ungdom").serviceArea("kino")
                .body("Vi ser en film og snakker om konserten i filmen etterpå.").submittedAt("2026-10-04T12:00:00Z"),
            BoardRow.published(RANA, "Dansekurs for eldre").serviceArea("kulturskole")
                .body("Gammeldans og swing en kveld i uka.").submittedAt("2026-10-05T12:00:00Z"),
            BoardRow.published(RANA, "Konsertrekke i biblioteket").held(),
            BoardRow.published(ULLENSVANG, "Konsert i biblioteket i Odda").serviceArea("bibliotek"),
            BoardRow.published(RANA, "Duodji-kurs: gákti og čuoldin")
                .body("Sámi duodji for nuorat 🧵, ta med tråd og nål.").submittedAt("2026-10-06T12:00:00Z"),
            BoardRow.published(RANA, "Gitarkurs 🎸 for nybegynnere")
                .body("Påmelding på rana.kommune.no/kurs?navn=o'neill eller i C:\\kurs\\gitar-mappa.")
                .submittedAt("2026-10-07T12:00:00Z"),
            BoardRow.published(RANA, "Lesesirkel med et langt ord")
                .body("Ordet " + "a".repeat(2045) + " er for langt til å bli funnet.").submittedAt("2026-10-08T12:00:00Z"),
            BoardRow.published(RANA, "Det er så").body("og i på").submittedAt("2026-10-09T12:00:00Z"));
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @ParameterizedTest(name = "searching \"{0}\" finds \"{1}\"")
    @CsvSource({
        "konserter, Konsert i biblioteket",
        "konsert, Konserter i parken om sommeren",
        "konserten, Konsert i biblioteket",
        "bibliotekene, Leksehjelp på biblioteket",
        "dansekurset, Dansekurs for eldre",
        "lekse, Leksehjelp på biblioteket"})
    void findsAnIdeaByAnotherFormOfItsWords(String words, String title) {
        var found = titlesFound("&q=" + encoded(words));

        assertTrue(found.contains(title), found::toString);
    }

    @Test
    void ranksIdeasWithTheWordInTheTitleAboveIdeasWithItOnlyInTheBody() {
        var found = titlesFound("&q=konsert");

        assertEquals(Set.of("Konsert i biblioteket", "Konserter i parken om sommeren"),
            new HashSet<>(found.subList(0, 2)));
        assertEquals("Filmklubb for ungdom", found.get(2));
        assertEquals(3, found.size());
    }

    @Test
    void leavesOutHeldIdeasAndOtherMunicipalities() {
        var found = titlesFound("&q=konsertrekke+OR+odda+OR+biblioteket");

        assertFalse(found.contains("Konsertrekke i biblioteket"));
        assertFalse(found.contains("Konsert i biblioteket i Odda"));
    }

    @Test
    void combinesWordsWithFilters() {
        assertEquals(List.of("Konsert i biblioteket"), titlesFound("&q=konsert&serviceArea=bibliotek"));
        assertEquals(List.of("Filmklubb for ungdom", "Konserter i parken om sommeren", "Konsert i biblioteket"),
            titlesFound("&q=konsert&sort=newest"));
    }

    @Test
    void understandsPhrasesAndExclusions() {
        assertEquals(List.of("Konserter i parken om sommeren"),
            titlesFound("&q=" + encoded("konsert -biblioteket -film")));
        assertEquals(List.of("Leksehjelp på biblioteket"),
            titlesFound("&q=" + encoded("\"leksehjelp på biblioteket\"")));
    }

    @Test
    void anExclusionLeavesOutEveryFormOfItsWord() {
        assertEquals(List.of("Konserter i parken om sommeren", "Konsert i biblioteket"),
            titlesFound("&q=" + encoded("musikk")), "the second only for its musikkstunder");
        assertEquals(List.of(), titlesFound("&q=" + encoded("musikk -konsert")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("musikk -konsert") + "&sort=newest"));
        assertEquals(List.of("Leksehjelp på biblioteket"),
            titlesFound("&q=" + encoded("biblioteket -konserter") + "&sort=newest"));
    }

    @Test
    void findsOnlyTheSearchingMunicipalitysIdeasForWordsBothMunicipalitiesUse() {
        assertEquals(List.of("Konsert i biblioteket i Odda"), titlesFound(ULLENSVANG, "&q=konsert+biblioteket"));
        assertEquals(List.of("Konsert i biblioteket i Odda"), titlesFound(ULLENSVANG, "&q=konsert&sort=newest"));
        assertEquals(List.of("Konsert i biblioteket"), titlesFound(RANA, "&q=konsert+biblioteket"));
        assertEquals(List.of(), titlesFound(RANA, "&q=odda"));
    }

    @Test
    void findsAPhraseOnlyWhereItsWordsStandSideBySide() {
        assertEquals(List.of("Konsert i biblioteket"), titlesFound("&q=" + encoded("konsert biblioteket")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("\"konsert biblioteket\"")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("\"biblioteket leksehjelp\"")));
        assertEquals(List.of("Konsert i biblioteket"), titlesFound("&q=" + encoded("\"konsert i biblioteket\"")));
    }

    @Test
    void excludesAPhraseOnlyWhereItsWordsStandSideBySide() {
        var found = titlesFound("&q=" + encoded("biblioteket -\"konsert biblioteket\" -\"leksehjelp på biblioteket\""));

        assertEquals(List.of("Konsert i biblioteket"), found);
    }

    @Test
    void findsEveryIdeaWithoutTheWordsOfASearchMadeOnlyOfExclusions() {
        var found = titlesFound("&q=" + encoded("-biblioteket") + "&sort=newest");

        assertEquals(List.of("Det er så", "Lesesirkel med et langt ord", "Gitarkurs 🎸 for nybegynnere",
            "Duodji-kurs: gákti og čuoldin", "Dansekurs for eldre", "Filmklubb for ungdom",
            "Konserter i parken om sommeren"), found);
    }

    @ParameterizedTest(name = "searching \"{0}\" finds \"{1}\"")
    @MethodSource("wordsWithUnusualCharacters")
    void findsWordsWithSamiLettersEmojiQuotesAndBackslashes(String words, String title) {
        assertEquals(List.of(title), titlesFound("&q=" + encoded(words)));
    }

    static Stream<Arguments> wordsWithUnusualCharacters() {
        return Stream.of(
            Arguments.of("gákti", "Duodji-kurs: gákti og čuoldin"),
            Arguments.of("čuoldin duodji", "Duodji-kurs: gákti og čuoldin"),
            Arguments.of("\"gákti og čuoldin\"", "Duodji-kurs: gákti og čuoldin"),
            Arguments.of("🧵 nuorat", "Duodji-kurs: gákti og čuoldin"),
            Arguments.of("🎸 gitarkurs", "Gitarkurs 🎸 for nybegynnere"),
            Arguments.of("rana.kommune.no/kurs?navn=o'neill", "Gitarkurs 🎸 for nybegynnere"),
            Arguments.of("\"C:\\kurs\\gitar-mappa\"", "Gitarkurs 🎸 for nybegynnere"),
            Arguments.of("lesesirkel langt", "Lesesirkel med et langt ord"));
    }

    @Test
    void pagesThroughSearchResultsByRelevanceWithoutRepeatsOrGaps() {
        var paged = new ArrayList<String>();
        String after = null;
        do {
            var page = gateway.read("/api/ideas?municipality=" + RANA + "&q=konsert&limit=1"
                + (after == null ? "" : "&after=" + after), IdeaBoardPage.class);
            page.ideas().forEach(idea -> paged.add(idea.title()));
            after = page.next();
        } while (after != null);

        assertEquals(titlesFound("&q=konsert"), paged);
    }

    @Test
    void refusesACursorFromOneSearchInAnother() {
        var cursor = gateway.read("/api/ideas?municipality=" + RANA + "&q=konsert&limit=1", IdeaBoardPage.class).next();

        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + RANA + "&q=biblioteket&limit=1&after="
            + cursor), "after");
        RefusalAssertions.assertRefused(gateway.get("/api/ideas?municipality=" + RANA + "&q=konsert&sort=newest&limit=1"
            + "&after=" + cursor), "after");
    }

    @Test
    void findsNothingForWordsNoIdeaUses() {
        assertEquals(List.of(), titlesFound("&q=" + encoded("skøyteløp")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("og i på")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("🎸")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("o'brien \\ \\' ''")));
        assertEquals(List.of(), titlesFound("&q=" + encoded("a".repeat(200))));
    }

    @Test
    void suggestsTheNearDuplicateFirstWhileAResidentWrites() {
        var similar = gateway.read("/api/ideas/similar?municipality=" + RANA + "&text="
            + encoded("Flere konserter på biblioteket"), SimilarIdeas.class);

        var titles = similar.ideas().stream().map(IdeaSummary::title).toList();
        assertEquals("Konsert i biblioteket", titles.get(0));
        assertFalse(titles.contains("Konsertrekke i biblioteket"), "a held idea is not suggested");
        assertFalse(titles.contains("Konsert i biblioteket i Odda"), "nor another municipality's");
        assertFalse(titles.contains("Dansekurs for eldre"), "nor an idea that is not alike");
    }

    @ParameterizedTest
    @CsvSource({
        "municipality=1833&text=ab, text",
        "municipality=1833&text=+++abc+, ''",
        "municipality=1833, text",
        "municipality=rana&text=konsert, municipality"})
    void refusesSimilarIdeasForTextThatIsTooShortOrAMunicipalityThatIsNoKommunenummer(String query, String field) {
        var response = gateway.get("/api/ideas/similar?" + query);
        if (field.isEmpty()) {
            assertEquals(200, response.statusCode(), response.body());
        } else {
            RefusalAssertions.assertRefused(response, field);
        }
    }

    @Test
    void refusesSimilarIdeasForTextLongerThanFiveHundredCharacters() {
        RefusalAssertions.assertRefused(gateway.get("/api/ideas/similar?municipality=" + RANA + "&text="
            + encoded("å".repeat(501))), "text");
    }

    private List<String> titlesFound(String query) {
        return titlesFound(RANA, query);
    }

    private List<String> titlesFound(String municipality, String query) {
        return gateway.read("/api/ideas?municipality=" + municipality + "&limit=100" + query, IdeaBoardPage.class)
            .ideas().stream().map(IdeaSummary::title).toList();
    }
}
