package no.samskap.gateway.ideas.pages;

import no.samskap.contract.events.EventFacts;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ideas that reach the gateway as messages are shown on the board and idea pages in bokmål, nynorsk and English. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaPagesIT {

    private static final String MUNICIPALITY = "5055";
    private static final String BOARD = "/kommuner/" + MUNICIPALITY + "/ideer";
    private static final String CONCERT = "Konsert i biblioteket";
    private static final String ESPORT = "eSport-rom i det nye kulturhuset";

    private GatewayUnderTest gateway;
    private String concert;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            concert = ideas.published(CONCERT, "Første linje\n<script>alert('xss')</script>", "bibliotek");
            ideas.assessmentStarted(concert, LocalDate.of(2026, 12, 15));
            var esport = ideas.published(ESPORT, "Et rom for gaming og strømming.", "kulturhus");
            ideas.answered(esport, "accepted", "Vi setter av et rom fra høsten.");
        }
        eventually(() -> {
            var board = gateway.get(BOARD).body();
            assertTrue(board.contains("<span class=\"ds-tag status\" data-color=\"warning\">Under vurdering</span>")
                && board.contains("data-color=\"success\">Vedtatt</span>"), board);
        });
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void listsTheIdeasInBokmalByDefaultWithTranslatedWords() {
        var board = gateway.get(BOARD).body();

        assertTrue(board.contains("<html lang=\"nb\">"), board);
        assertTrue(board.contains(">" + CONCERT + "</a>") && board.contains(">" + ESPORT + "</a>"), board);
        assertTrue(board.contains("href=\"/ideer/" + concert + "\""), board);
        assertTrue(board.contains("Bibliotek <span class=\"ds-tag status\" data-color=\"warning\">Under vurdering</span>"), board);
        assertTrue(board.contains("Kulturhus <span class=\"ds-tag status\" data-color=\"success\">Vedtatt</span>"), board);
    }

    @Test
    void twoAddressesAskingTheSameBoardEachShowTheirOwnChoiceInTheSearchForm() {
        var plain = gateway.get(BOARD).body();
        var byRelevance = gateway.get(BOARD + "?sort=relevance").body();

        assertFalse(plain.contains("<option value=\"relevance\" selected>"), plain);
        assertTrue(byRelevance.contains("<option value=\"relevance\" selected>"),
            "relevance without words sorts as the default, yet the form shows what was chosen: " + byRelevance);
    }

    @Test
    void listsTheIdeasInNynorskWhenPickedAndRemembersTheChoice() {
        var picked = gateway.get(BOARD + "?lang=nn");

        assertTrue(picked.body().contains("<html lang=\"nn\">"), picked.body());
        assertTrue(picked.body().contains("data-color=\"success\">Vedteken</span>"), picked.body());
        assertTrue(picked.body().contains("Idear i 5055"), picked.body());
        var cookie = picked.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("samskap_lang=nn") && cookie.contains("SameSite=Lax")
            && cookie.contains("Max-Age=31536000"), cookie);

        var later = gateway.get(BOARD, Map.of("Cookie", "samskap_lang=nn", "Accept-Language", "en")).body();
        assertTrue(later.contains("<html lang=\"nn\">"), later);
    }

    @Test
    void listsTheIdeasInEnglishForABrowserThatPrefersIt() {
        var board = gateway.get(BOARD, Map.of("Accept-Language", "de-DE,de;q=0.9,en;q=0.8,nb;q=0.5")).body();

        assertTrue(board.contains("<html lang=\"en\">"), board);
        assertTrue(board.contains("Library <span class=\"ds-tag status\" data-color=\"warning\">Under assessment</span>"), board);
        assertTrue(board.contains("data-color=\"success\">Accepted</span>"), board);
    }

    @Test
    void showsTheIdeaWithItsTextEscapedItsLineBreaksAndNorwegianDates() {
        var page = gateway.get("/ideer/" + concert).body();

        assertTrue(page.contains("<h1 dir=\"auto\">" + CONCERT + "</h1>"), page);
        assertTrue(page.contains("Første linje<br>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"), page);
        assertFalse(page.replace(Assets.bundled().scriptTag("live-idea.js"), "").contains("<script"),
            "no script but the page's own live updates: " + page);
        assertTrue(page.contains("<dd id=\"respond-by\">15. desember 2026</dd>"), page);
        assertTrue(page.contains("2. november 2026</time>: Publisert"), page);
        assertTrue(page.contains("Under vurdering <span class=\"by\">av kommunen</span> (svar innen 15. desember 2026)"),
            page);
    }

    @Test
    void theTimelineSaysWhoTookEachStepAsARoleAndNeverNamesThePerson(TestInfrastructure infrastructure) {
        String moderated;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            moderated = ideas.publishedByModerator("Sommerkino i parken", "moderator-kari");
        }
        eventually(() -> assertEquals(200, gateway.get("/ideer/" + moderated).statusCode()));

        var concertPage = gateway.get("/ideer/" + concert).body();
        assertTrue(concertPage.contains("Sendt inn <span class=\"by\">av forslagsstilleren</span>"), concertPage);
        assertTrue(concertPage.contains(
            "Publisert <span class=\"by\">med en gang (kommunen modererer i etterkant)</span>"), concertPage);
        var moderatedPage = gateway.get("/ideer/" + moderated).body();
        assertTrue(moderatedPage.contains("Publisert <span class=\"by\">av en moderator</span>"), moderatedPage);
        assertFalse(moderatedPage.contains("moderator-kari"), moderatedPage);
        var nynorsk = gateway.get("/ideer/" + moderated + "?lang=nn").body();
        assertTrue(nynorsk.contains("Sendt inn <span class=\"by\">av forslagsstillaren</span>"), nynorsk);
        assertTrue(nynorsk.contains("Publisert <span class=\"by\">av ein moderator</span>"), nynorsk);
        var english = gateway.get("/ideer/" + concert + "?lang=en").body();
        assertTrue(english.contains("Under assessment <span class=\"by\">by the municipality</span>"), english);
        var api = gateway.get("/api/ideas/" + moderated).body();
        assertTrue(api.contains("\"status\":\"published\",\"actor\":\"moderator\""), api);
        assertFalse(api.contains("moderator-kari"), api);
    }

    @Test
    void aMovedResponseDateIsTheOneTheIdeaShowsAndItsTimelineSaysFromWhenToWhenAndWhy(TestInfrastructure infrastructure) {
        String moved;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            moved = ideas.published("Bokbuss til bygdene", "Ein buss med bøker.", "bibliotek");
            ideas.assessmentStarted(moved, LocalDate.of(2026, 12, 15));
            ideas.responseDateChanged(moved, LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 20),
                "Vi venter på <b>budsjettet</b>.");
        }

        eventually(() -> assertTrue(gateway.get("/ideer/" + moved).body()
            .contains("<dd id=\"respond-by\">20. januar 2027</dd>")));
        var page = gateway.get("/ideer/" + moved).body();
        var english = gateway.get("/ideer/" + moved + "?lang=en").body();

        assertTrue(page.contains("Under vurdering <span class=\"by\">av kommunen</span> (svar innen 15. desember 2026)"),
            page);
        assertTrue(page.contains("Svarfristen er flyttet fra 15. desember 2026 til 20. januar 2027</span>"
            + " <span class=\"by\">av kommunen</span> – <span dir=\"auto\">Vi venter på &lt;b&gt;budsjettet&lt;/b&gt;.</span></li>"), page);
        assertTrue(english.contains("The response date was moved from December 15, 2026 to January 20, 2027"), english);
        var api = gateway.get("/api/ideas/" + moved).body();
        assertTrue(api.contains("\"respondBy\":\"2027-01-20\""), api);
        assertTrue(api.contains("\"previousRespondBy\":\"2026-12-15\""), api);
    }

    @Test
    void anIdeaThatReachedTheSupportThresholdSaysSoOnTheBoardTheIdeaPageAndTheApiInEachLanguage(
            TestInfrastructure infrastructure) {
        String popular;
        String quiet;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            popular = ideas.published("Utekino i sommerferien", "Film under åpen himmel.", "kino");
            ideas.thresholdReached(popular, 25);
            quiet = ideas.published("Lesesirkel for eldre", "Bøker og kaffe.", "bibliotek");
            ideas.supported(quiet, 3);
        }

        // The two ideas may live on different partitions: wait for each.
        eventually(() -> assertTrue(gateway.get("/ideer/" + popular).body().contains("id=\"threshold-reached\"")));
        eventually(() -> assertTrue(gateway.get("/ideer/" + quiet).body().contains("<dd id=\"support-count\">3</dd>")));
        var board = gateway.get(BOARD).body();
        assertTrue(card(board, popular).contains("<span class=\"ds-tag threshold-reached\" data-color=\"success\">"
            + "Nådd terskelen</span>"), board);
        assertFalse(card(board, quiet).contains("threshold-reached"), board);
        assertTrue(gateway.get("/ideer/" + popular).body().contains("Nådd terskelen 20. november 2026"));
        assertTrue(gateway.get("/ideer/" + popular + "?lang=nn").body().contains("Nådde terskelen 20. november 2026"));
        assertTrue(gateway.get("/ideer/" + popular + "?lang=en").body().contains("Reached on November 20, 2026"));
        assertFalse(gateway.get("/ideer/" + quiet).body().contains("threshold-reached"));
        assertTrue(gateway.get("/api/ideas/" + popular).body().contains("\"thresholdReachedAt\":\"2026-11-20T12:00:00Z\""));
    }

    @Test
    void anAnswerPastItsDateIsOverdueSinceThatDateOnTheBoardAndPageAndAnAnsweredIdeaNoLongerAwaitsIt(
            TestInfrastructure infrastructure) {
        String late;
        String answered;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            late = ideas.published("Orgelkonsert i kirka", "Med lokale organister.", "kulturhus");
            ideas.assessmentStarted(late, LocalDate.of(2025, 3, 14));
            answered = ideas.published("Strikkekafé på biblioteket", "Hver torsdag.", "bibliotek");
            ideas.assessmentStarted(answered, LocalDate.of(2025, 3, 14));
            ideas.answered(answered, "accepted", "Vi starter i januar.");
        }

        eventually(() -> assertTrue(gateway.get("/ideer/" + answered).body().contains("Besvart (fristen var 14. mars 2025)")));
        eventually(() -> assertTrue(gateway.get("/ideer/" + late).body().contains("id=\"overdue\"")));
        var board = gateway.get(BOARD).body();
        assertTrue(card(board, late).contains("<span class=\"ds-tag overdue\" data-color=\"danger\">"
            + "Svaret er forsinket: fristen gikk ut 14. mars 2025</span>"), board);
        assertFalse(card(board, answered).contains("overdue"), board);
        assertFalse(card(board, concert).contains("overdue"), "a date still ahead is not overdue");
        var page = gateway.get("/ideer/" + late).body();
        assertTrue(page.contains("<dd id=\"respond-by\">14. mars 2025 <span class=\"ds-tag overdue\" id=\"overdue\""
            + " data-color=\"danger\">Svaret er forsinket: fristen gikk ut 14. mars 2025</span></dd>"), page);
        assertTrue(gateway.get("/ideer/" + late + "?lang=nn").body().contains("Svaret er forseinka: fristen gjekk ut"));
        assertTrue(gateway.get("/ideer/" + late + "?lang=en").body().contains("The answer is overdue: it was due March 14, 2025"));
        var answeredPage = gateway.get("/ideer/" + answered).body();
        assertFalse(answeredPage.contains("id=\"overdue\""), answeredPage);
        assertTrue(gateway.get("/ideer/" + answered + "?lang=en").body().contains("Answered (it was due March 14, 2025)"));
    }

    @Test
    void hidingsAndRestoringsAreOnThePublicTimelineAsARoleAndAPublicReasonNeverTheModeratorsWords(
            TestInfrastructure infrastructure) {
        String reviewed;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            reviewed = ideas.published("Graffitivegg ved ungdomshuset", "En lovlig vegg.", "fritid-ungdom");
            ideas.hidden(reviewed, "samskap", "Hidden pending review after 3 reports.");
            ideas.restored(reviewed, "Meldingene gjaldt en annen vegg, Per.");
            ideas.hidden(reviewed, "moderator-kari", "Bildet viser et bilnummer.");
            ideas.restored(reviewed, "Bildet er fjernet.");
        }

        eventually(() -> assertEquals(3, gateway.get("/ideer/" + reviewed).body().split("Synlig igjen", -1).length));
        var page = gateway.get("/ideer/" + reviewed).body();
        assertTrue(page.contains("Skjult <span class=\"by\">etter meldinger fra innbyggere</span>: til vurdering mot"
            + " retningslinjene</li>"), page);
        assertTrue(page.contains("Skjult <span class=\"by\">av en moderator</span>: til vurdering mot retningslinjene"),
            page);
        assertTrue(page.contains("Synlig igjen <span class=\"by\">av en moderator</span>: vurdert og i tråd med"
            + " retningslinjene</li>"), page);
        assertFalse(page.contains("Per.") || page.contains("bilnummer") || page.contains("Bildet"), page);
        assertTrue(gateway.get("/ideer/" + reviewed + "?lang=en").body()
            .contains("Hidden <span class=\"by\">after reports from residents</span>: under review against the guidelines"));
        assertTrue(gateway.get("/ideer/" + reviewed + "?lang=nn").body().contains("Synleg igjen"));
        var api = gateway.get("/api/ideas/" + reviewed).body();
        assertTrue(api.contains("\"status\":\"hidden\",\"actor\":\"reports\""), api);
        assertFalse(api.contains("moderator-kari"), api);
    }

    /** The board's card of one idea, from its opening tag to its end. */
    private static String card(String board, String id) {
        var start = board.indexOf("data-idea-id=\"" + id + "\"");
        assertTrue(start >= 0, "no card of " + id + " in " + board);
        return board.substring(start, board.indexOf("</li>", start));
    }

    @Test
    void showsWhereTheIdeaWouldHappenUntilItsAuthorRemovesThePlace(TestInfrastructure infrastructure) {
        String placed;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            placed = ideas.publishedAt("Konsert i parken", "Moheia <park>");
        }
        eventually(() -> {
            var shown = gateway.get("/ideer/" + placed).body();
            assertTrue(shown.contains("<dt>Sted</dt>") && shown.contains("<dd id=\"place\" dir=\"auto\">Moheia &lt;park&gt;</dd>"), shown);
        });

        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            ideas.edited(placed, "Konsert et sted i byen", null);
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + placed).body().contains("<h1 dir=\"auto\">Konsert et sted i byen</h1>")));
        var page = gateway.get("/ideer/" + placed).body();
        assertFalse(page.contains("id=\"place\""), page);
        assertFalse(page.contains("Moheia"), page);
    }

    @Test
    void aRealisedIdeaLinksTheEventThatCarriedItOutOnceTheEventIsCompleted(TestInfrastructure infrastructure) {
        String realised;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            realised = ideas.published("Lesestund for de minste", "Høytlesing på lørdager.", "bibliotek");
        }
        var event = UUID.randomUUID().toString();
        var starts = Instant.now().minus(2, ChronoUnit.DAYS);
        var reading = EventMessagesOnKafka.readingHour("Lesestund <lørdag>", starts);
        try (var events = new EventMessagesOnKafka(infrastructure)) {
            events.published(event, MUNICIPALITY, new EventFacts(reading.title(), reading.description(),
                reading.hostingUnit(), List.of(), List.of(realised), null, null, null, reading.startsAt(),
                reading.endsAt(), reading.audience(), List.of(), null, null, List.of()));
            eventually(() -> assertTrue(gateway.get("/arrangementer/" + event).body().contains("Lesestund")));
            assertFalse(gateway.get("/ideer/" + realised).body().contains("Realisert som arrangement"),
                "a published event has not carried the idea out yet");
            events.completed(event, MUNICIPALITY, List.of(realised));
        }

        eventually(() -> {
            var page = gateway.get("/ideer/" + realised).body();
            assertTrue(page.contains("Realisert som arrangement: <a class=\"ds-link\" href=\"/arrangementer/" + event
                + "\" dir=\"auto\">Lesestund &lt;lørdag&gt;</a>"), page);
        });
        assertTrue(gateway.get("/ideer/" + realised + "?lang=en").body().contains("Carried out as the event"));
    }

    @Test
    void showsTheIdeaInEnglishWithEnglishDates() {
        var page = gateway.get("/ideer/" + concert + "?lang=en").body();

        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("<dd id=\"respond-by\">December 15, 2026</dd>"), page);
    }

    @Test
    void answersAnUnknownIdeaWithATranslatedNotFoundPage() {
        HttpResponse<String> unknown = gateway.get("/ideer/" + UUID.randomUUID(), Map.of("Accept-Language", "nn"));
        HttpResponse<String> malformed = gateway.get("/ideer/not-an-id");

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("<html lang=\"nn\">") && unknown.body().contains("<h1>Fann ikkje sida</h1>"),
            unknown.body());
        assertEquals(404, malformed.statusCode());
        assertTrue(malformed.body().contains("<h1>Fant ikke siden</h1>"), malformed.body());
    }

    @Test
    void narrowsTheListByWordsStatusAndServiceArea() {
        var byWords = gateway.get(BOARD + "?q=esport").body();
        var byStatus = gateway.get(BOARD + "?status=under-assessment").body();
        var byArea = gateway.get(BOARD + "?serviceArea=kulturhus&sort=most-supported").body();
        var nothing = gateway.get(BOARD + "?q=trompet").body();

        assertTrue(byWords.contains(ESPORT) && !byWords.contains(CONCERT), byWords);
        assertTrue(byWords.contains("value=\"esport\""), byWords);
        assertTrue(byWords.contains("href=\"" + BOARD + "?q=esport&amp;lang=nn\""), "keeps the search in another language");
        assertTrue(byStatus.contains(CONCERT) && !byStatus.contains(ESPORT), byStatus);
        assertTrue(byStatus.contains("href=\"" + BOARD + "?status=under-assessment\" aria-current=\"true\">Under vurdering</a>"),
            byStatus);
        assertTrue(byArea.contains(ESPORT) && !byArea.contains(CONCERT), byArea);
        assertTrue(nothing.contains("Ingen ideer passer med søket ennå."), nothing);
    }

    @Test
    void labelsEveryFieldOfTheSearchForm() {
        var board = gateway.get(BOARD).body();

        for (var field : new String[] {"q", "serviceArea", "sort"}) {
            assertTrue(board.contains("<label class=\"ds-label\" for=\"" + field + "\">") && board.contains("id=\"" + field + "\""), field);
        }
        assertTrue(board.contains("<a class=\"ds-skip-link skip-link\" href=\"#main\">Hopp til innholdet</a>"), board);
        assertEquals(1, board.split("<h1>", -1).length - 1, board);
    }

    @Test
    void aMunicipalityTheInstallationDoesNotServeIsANotFoundPageInThePersonsLanguage() {
        var nynorsk = gateway.get("/kommuner/9999/ideer", Map.of("Accept-Language", "nn"));
        var english = gateway.get("/kommuner/9999/ideer?serviceArea=kino&lang=en");

        assertEquals(404, nynorsk.statusCode());
        assertTrue(nynorsk.body().contains("<html lang=\"nn\">") && nynorsk.body().contains("Fann ikkje sida"),
            nynorsk.body());
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"), english.body());
    }

    @Test
    void anUnknownFilterValueIsNamedOnThePageWhichShowsTheBoardWithoutIt() {
        var area = gateway.get(BOARD + "?serviceArea=xyz&q=esport");
        var status = gateway.get(BOARD + "?status=bogus&lang=nn");
        var sort = gateway.get(BOARD + "?sort=oldest&lang=en");
        var api = gateway.get("/api/ideas?municipality=" + MUNICIPALITY + "&serviceArea=xyz");

        assertEquals(400, area.statusCode());
        assertTrue(area.body().contains("id=\"search-problem\" role=\"alert\""), area.body());
        assertTrue(area.body().contains("Tjenesteområde: «xyz» er ikke et av valgene."), area.body());
        assertTrue(area.body().contains(ESPORT) && !area.body().contains(CONCERT), "keeps the words: " + area.body());
        assertEquals(400, status.statusCode());
        assertTrue(status.body().contains("Status: «bogus» er ikkje eit av vala."), status.body());
        assertTrue(status.body().contains(CONCERT) && status.body().contains(ESPORT), status.body());
        assertEquals(400, sort.statusCode());
        assertTrue(sort.body().contains("Sort by: “oldest” is not one of the choices."), sort.body());
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("\"field\":\"serviceArea\""), api.body());
    }

    @Test
    void theTimelineReadsAsASentenceForEveryAnswerInEachLanguage(TestInfrastructure infrastructure) {
        String impossible;
        String existing;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            impossible = ideas.published("Konsertsal på taket", "Med utsikt.", "kulturhus");
            ideas.answered(impossible, "not-possible", "Taket bærer ikke.");
            existing = ideas.published("Lesesirkel", "Hver uke.", "bibliotek");
            ideas.answered(existing, "already-exists", "Se bibliotekets program.");
        }
        eventually(() -> assertEquals(200, gateway.get("/ideer/" + existing).statusCode()));
        eventually(() -> assertTrue(gateway.get("/ideer/" + existing).body().contains("Finnes allerede")));

        var words = Map.of(
            "nb", new String[] {"Vurdert som ikke mulig <span class=\"by\">av kommunen</span> – ",
                "Besvart <span class=\"by\">av kommunen</span>: tilbudet finnes allerede – "},
            "nn", new String[] {"Vurdert som ikkje mogleg <span class=\"by\">av kommunen</span> – ",
                "Svara <span class=\"by\">av kommunen</span>: tilbodet finst allereie – "},
            "en", new String[] {"Judged not possible <span class=\"by\">by the municipality</span> – ",
                "Answered <span class=\"by\">by the municipality</span>: this is offered already – "});
        words.forEach((language, expected) -> {
            var notPossible = gateway.get("/ideer/" + impossible + "?lang=" + language).body();
            var alreadyThere = gateway.get("/ideer/" + existing + "?lang=" + language).body();
            assertTrue(notPossible.contains(expected[0]), language + ": " + notPossible);
            assertTrue(alreadyThere.contains(expected[1]), language + ": " + alreadyThere);
            assertFalse(notPossible.contains("Ikke mulig <span class=\"by\">"), notPossible);
        });
    }

    @Test
    void userTextIsIsolatedForEitherWritingDirection() {
        var board = gateway.get(BOARD).body();
        var page = gateway.get("/ideer/" + concert).body();

        assertTrue(board.contains("dir=\"auto\">" + CONCERT + "</a>"), board);
        assertTrue(page.contains("<p class=\"idea-body ds-paragraph\" dir=\"auto\">Første linje<br>"), page);
    }
}
