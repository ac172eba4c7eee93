package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's front page shows what is happening there: the ideas module's figures and its newest, most
 * supported and lately answered ideas, the events module's next events, each module's way in, and how to take part.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityFrontPageIT {

    private static final String MUNICIPALITY = "5501";
    private static final String FRONT_PAGE = "/kommuner/" + MUNICIPALITY;

    private GatewayUnderTest gateway;
    private String popular;
    private String answered;
    private String newest;
    private String event;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described(MUNICIPALITY, "Tromsø", List.of());
        }
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            popular = ideas.published("Vinterkino på torget", "Film under nordlyset.", "kino");
            ideas.supported(popular, 7);
            answered = ideas.published("Lesesirkel for ungdom", "Annenhver torsdag.", "bibliotek");
            ideas.answered(answered, "accepted", "Vi starter i januar.");
            newest = ideas.published("Joik i kulturhuset", "En kveld med joik.", "kulturhus");
        }
        event = UUID.randomUUID().toString();
        try (var events = new EventMessagesOnKafka(infrastructure)) {
            events.published(event, MUNICIPALITY, EventMessagesOnKafka.concert("Nordlyskonsert",
                Instant.now().plus(10, ChronoUnit.DAYS)));
        }
        eventually(() -> {
            var page = gateway.get(FRONT_PAGE).body();
            assertTrue(page.contains("Joik i kulturhuset") && page.contains("Nordlyskonsert")
                && page.contains("1 besvart av kommunen"), page);
        });
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void showsTheIdeasFiguresAndTheNewestMostSupportedAndAnsweredIdeas() {
        var page = gateway.get(FRONT_PAGE).body();

        assertAll(
            () -> assertTrue(page.contains("<h1><bdi>Tromsø</bdi></h1>"), page),
            () -> assertTrue(page.contains("3 ideer") && page.contains("1 besvart av kommunen")
                && page.contains("ingen gjennomført ennå"), page),
            () -> assertTrue(section(page, "newest-ideas").contains(newest)
                && section(page, "newest-ideas").contains(popular), page),
            () -> assertEquals(popular, firstIdeaIn(section(page, "most-supported-ideas")), "the most supported first"),
            () -> assertEquals(answered, firstIdeaIn(section(page, "answered-ideas"))),
            () -> assertTrue(page.contains("href=\"/ideer/ny\""), "the way to send one in"));
    }

    @Test
    void showsTheNextEventsAndEachModulesWayIn() {
        var page = gateway.get(FRONT_PAGE).body();

        assertAll(
            () -> assertTrue(section(page, "next-events").contains("href=\"/arrangementer/" + event + "\""), page),
            () -> assertTrue(page.contains("href=\"/kommuner/" + MUNICIPALITY + "/ideer\""), page),
            () -> assertTrue(page.contains("href=\"/kommuner/" + MUNICIPALITY + "/arrangementer\""), page),
            () -> assertTrue(page.contains("Slik deltar du"), page));
    }

    @Test
    void speaksNynorskAndEnglishWhenAsked() {
        assertTrue(gateway.get(FRONT_PAGE + "?lang=nn").body().contains("Nyaste idear"));
        assertTrue(gateway.get(FRONT_PAGE + "?lang=en").body().contains("Coming events"));
    }

    @Test
    void anUnknownMunicipalityIsNotFound() {
        assertEquals(404, gateway.get("/kommuner/9999").statusCode());
    }

    @Test
    void theFrontPageOfSamskapLinksEachMunicipalitysOwn() {
        eventually(() -> assertTrue(gateway.get("/").body().contains("href=\"" + FRONT_PAGE + "\"")));
    }

    private static String section(String page, String id) {
        var start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no list " + id + " in " + page);
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private static String firstIdeaIn(String list) {
        var marker = "data-idea-id=\"";
        var start = list.indexOf(marker) + marker.length();
        return list.substring(start, list.indexOf('"', start));
    }
}
