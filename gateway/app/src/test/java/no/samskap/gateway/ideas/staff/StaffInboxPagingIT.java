package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.ideas.staff.StaffViewers.ids;
import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff inbox a page at a time: each section shows its first fifty, oldest first, with the count of all of them,
 * and hands out a cursor to the rest, through the JSON API and on the page.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffInboxPagingIT {

    private static final String MUNICIPALITY = "5120";

    private GatewayUnderTest gateway;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;
    private final List<String> submitted = new ArrayList<>();

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new StaffStoriesOnKafka(infrastructure);
        viewers = new StaffViewers(gateway);
        for (var i = 1; i <= StaffInbox.SHOWN + 1; i++) {
            submitted.add(stories.submitted(MUNICIPALITY, "Idé nummer " + i));
        }
        eventually(() -> assertEquals(StaffInbox.SHOWN + 1, section(viewers.inboxOf(kari()), "to-moderate").count()));
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void aSectionShowsItsFirstFiftyAndCountsThemAllAndTheFiftyFirstComesOnTheNextPage() {
        var inOrder = submitted.stream().sorted().toList();
        var first = viewers.inboxOf(kari());
        var next = section(first, "to-moderate").next();
        assertNotNull(next);

        var second = viewers.inboxOf(kari(), "?section=to-moderate&after=" + next);

        assertAll(
            () -> assertEquals(inOrder.subList(0, StaffInbox.SHOWN), ids(first.toModerate()),
                "submitted at the same moment, so in the order of their ids"),
            () -> assertEquals(StaffInbox.SHOWN + 1, first.count()),
            () -> assertEquals(List.of(inOrder.get(StaffInbox.SHOWN)), ids(second.toModerate())),
            () -> assertNull(section(second, "to-moderate").next(), "the last page has no next"),
            () -> assertEquals(StaffInbox.SHOWN + 1, section(second, "to-moderate").count()),
            () -> assertEquals(0, section(second, "overdue").count()));
    }

    @Test
    void thePageSaysHowManyItShowsAndLinksToTheNextPageOfTheSection() {
        var page = viewers.get(kari(), "/stab/innboks").body();
        var section = sectionOf(page, "to-moderate");
        var link = section.substring(section.indexOf("<a rel=\"next\" href=\"") + 20);
        var next = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
        var last = submitted.stream().sorted().toList().get(StaffInbox.SHOWN);

        var nextPage = sectionOf(viewers.get(kari(), next).body(), "to-moderate");

        assertAll(
            () -> assertTrue(section.contains("Viser 50 av 51."), section),
            () -> assertTrue(next.startsWith("/stab/innboks?seksjon=to-moderate&etter="), next),
            () -> assertTrue(nextPage.contains("data-idea-id=\"" + last + "\""), nextPage),
            () -> assertEquals(1, nextPage.split("<article ").length - 1, nextPage),
            () -> assertTrue(nextPage.contains("Tilbake til de første"), nextPage),
            () -> assertTrue(sectionOf(viewers.get(kari(), "/stab/innboks?lang=en").body(), "to-moderate")
                .contains("Showing 50 of 51.")));
    }

    @Test
    void refusesACursorItDidNotGiveOutOrOfAnotherSectionNamingTheField() {
        var cursor = section(viewers.inboxOf(kari()), "to-moderate").next();
        assertAll(
            () -> assertRefused(viewers.get(kari(), "/api/staff/inbox?section=to-moderate&after=bm90LWEtY3Vyc29y"),
                "after"),
            () -> assertRefused(viewers.get(kari(), "/api/staff/inbox?section=overdue&after=" + cursor), "after"),
            () -> assertRefused(viewers.get(kari(), "/api/staff/inbox?after=" + cursor), "section"),
            () -> assertRefused(viewers.get(kari(), "/api/staff/inbox?section=everything&after=" + cursor), "section"),
            () -> assertRefused(viewers.get(kari(), "/stab/innboks?seksjon=to-moderate&etter=%C3%B8"), "etter"));
    }

    @Test
    void everyReportedItemOnAPageHasItsOwnReasonsInTheOrderTheyCame() {
        var kari = staff("kari-5121", "5121");
        var one = stories.published("5121", "Billige klokker");
        var other = stories.published("5121", "Gratis reise");
        var comment = stories.commentAdded("5121", one, "Kjøp her!");
        stories.reported("5121", one, null, "Reklame.", 1);
        stories.reported("5121", other, null, "Svindel.", 1);
        stories.reported("5121", one, null, "Ikke kultur.", 2);
        stories.reported("5121", other, null, "Lenke til en nettbutikk.", 2);
        stories.reported("5121", other, null, "Spam.", 3);
        stories.reported("5121", one, comment, "Også reklame.", 1);

        eventually(() -> assertEquals(5, viewers.inboxOf(kari).reportedIdeas().stream()
            .mapToInt(idea -> idea.reports().size()).sum()));
        eventually(() -> assertEquals(1, viewers.inboxOf(kari).reportedComments().size()));
        var inbox = viewers.inboxOf(kari);
        var reasons = inbox.reportedIdeas().stream()
            .collect(Collectors.toMap(Inbox.ReportedIdea::ideaId, Inbox.ReportedIdea::reports));
        assertAll(
            () -> assertEquals(List.of("Reklame.", "Ikke kultur."), reasons.get(one)),
            () -> assertEquals(List.of("Svindel.", "Lenke til en nettbutikk.", "Spam."), reasons.get(other)),
            () -> assertEquals(List.of("Også reklame."), inbox.reportedComments().get(0).reports()),
            () -> assertEquals(2, section(inbox, "reported-ideas").count()));
    }

    private static Person kari() {
        return staff("kari-5120", MUNICIPALITY);
    }

    private static Inbox.Section section(Inbox inbox, String key) {
        return inbox.sections().stream().filter(section -> section.key().equals(key)).findFirst().orElseThrow();
    }

    private static String sectionOf(String page, String key) {
        var section = page.substring(page.indexOf("<section id=\"" + key + "\""));
        return section.substring(0, section.indexOf("</section>"));
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }
}
