package no.samskap.gateway.shell.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One feed per person from every service's messages on Kafka, read state kept by the gateway, and each entry worded
 * by the module of its service (here the ideas module and a test's stand-in module) or neutrally.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private GatewayUnderTest gateway;
    private FeedStoriesOnKafka stories;
    private FormPosts visits;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure, Map.of(CulturalEventWordingForTests.SETTING, "true"));
        stories = new FeedStoriesOnKafka(infrastructure);
        visits = new FormPosts(gateway);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void theFeedIsThePersonsOwnNewestFirstFromEveryServiceAndMarkedReadUpToAnEntry() throws Exception {
        var reader = person();
        var other = person();
        var idea = UUID.randomUUID().toString();
        var first = stories.aboutAnIdea(reader, idea, "Skatepark ved elva", "under-assessment", "2099-03-01", AT);
        var second = stories.told(reader, "events", new NotificationSubject("cultural-event", "e-1", "Jazz", "/arr/e-1"),
            "cancelled", "", AT.plusSeconds(60));
        var third = stories.aboutAnIdea(reader, idea, "Skatepark ved elva", "answered", "Ja, til våren.",
            AT.plusSeconds(120));
        var theirs = stories.aboutAnIdea(other, idea, "Skatepark ved elva", "answered", "Ja, til våren.", AT);
        eventually(() -> assertEquals(3, json(reader, "/api/me/notifications").get("notifications").size()));

        var marked = markRead(reader, "{\"upTo\":\"" + second + "\"}");

        assertEquals(200, marked.statusCode(), marked.body());
        assertEquals("{\"unreadCount\":1}", marked.body());
        var feed = json(reader, "/api/me/notifications");
        var entries = feed.get("notifications");
        assertAll(
            () -> assertEquals(1, feed.get("unreadCount").asInt()),
            () -> assertEquals(List.of(third, second, first), List.of(entries.get(0).get("id").asText(),
                entries.get(1).get("id").asText(), entries.get(2).get("id").asText())),
            () -> assertTrue(entries.get(0).get("readAt").isNull()),
            () -> assertFalse(entries.get(1).get("readAt").isNull()),
            () -> assertEquals("events", entries.get(1).get("service").asText()),
            () -> assertEquals(idea, entries.get(2).get("subjectId").asText()),
            () -> assertEquals("/ideer/" + idea, entries.get(2).get("linkPath").asText()));
        var refused = markRead(reader, "{\"upTo\":\"" + theirs + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("upTo"), refused.body());
        eventually(() -> assertEquals(1, json(other, "/api/me/notifications").get("unreadCount").asInt()));
    }

    @Test
    void aMarkingReadThatNamesBothOrNeitherIsRefusedNamingTheField() {
        for (var body : List.of("{}", "{\"all\":true,\"upTo\":\"x\"}", "{\"upTo\":\"not-an-id\"}")) {
            var response = markRead(person(), body);
            assertAll(body,
                () -> assertEquals(400, response.statusCode(), response.body()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertTrue(response.body().contains("\"upTo\""), response.body()));
        }
    }

    @Test
    void aMarkingReadWhoseAllIsNotTrueOrFalseIsRefusedNamingIt() {
        for (var body : List.of("{\"all\":\"1\"}", "{\"all\":[true]}")) {
            var response = markRead(person(), body);
            assertAll(body,
                () -> assertEquals(400, response.statusCode(), response.body()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertTrue(response.body().contains("{\"field\":\"all\",\"message\":\"must be true or false\"}"),
                    response.body()));
        }
    }

    @Test
    void myPageWordsEachEntryByItsModuleOrNeutrallyAndItsFormMarksAllRead() {
        var person = person();
        var idea = UUID.randomUUID().toString();
        stories.aboutAnIdea(person, idea, "Kino & kaffe", "answered", "Ja.", AT);
        stories.told(person, "events", new NotificationSubject("cultural-event", "e-2", "Jazz", "/arr/e-2"),
            "cancelled", "", AT.plusSeconds(60));
        stories.told(person, "library", new NotificationSubject("loan", "l-9", "Bok <i>", "https://elsewhere.example"),
            "due", "", AT.plusSeconds(120));
        eventually(() -> assertTrue(visits.get(person, "/meg").body().contains("Du har 3 uleste varsler."),
            visits.get(person, "/meg").body()));

        var page = visits.get(person, "/meg").body();

        assertAll(
            () -> assertTrue(page.contains("<a href=\"/ideer/" + idea + "\">Kino &amp; kaffe</a>: har fått svar fra"
                + " kommunen <q class=\"note\">Ja.</q>"), page),
            () -> assertTrue(page.contains("<a href=\"/arr/e-2\">Jazz</a>: er avlyst"), page),
            () -> assertTrue(page.contains("<span class=\"subject-title\">Bok &lt;i&gt;</span>: har noe nytt"), page),
            () -> assertFalse(page.contains("elsewhere.example"), page),
            () -> assertTrue(page.contains("<strong class=\"unread-marker\">Ulest:</strong>"), page),
            () -> assertTrue(page.contains("id=\"notification-digest\""), page));
        var marked = visits.post(person, "/meg/varsler/lest", "");
        assertEquals(303, marked.statusCode(), marked.body());
        assertEquals("/meg?varsler=lest#my-notifications", marked.headers().firstValue("Location").orElse(null));
        var after = visits.get(person, "/meg?varsler=lest").body();
        assertTrue(after.contains("Alle varsler er merket som lest."), after);
        assertTrue(after.contains("Du har ingen uleste varsler."), after);
    }

    @Test
    void aReplayRebuildsTheEntriesAndKeepsWhatThePersonRead() throws Exception {
        var person = person();
        var read = stories.aboutAnIdea(person, UUID.randomUUID().toString(), "Replay", "published", "", AT);
        stories.aboutAnIdea(person, UUID.randomUUID().toString(), "Replay 2", "published", "", AT.plusSeconds(1));
        eventually(() -> assertEquals(2, json(person, "/api/me/notifications").get("unreadCount").asInt()));
        assertEquals(200, markRead(person, "{\"upTo\":\"" + read + "\"}").statusCode());

        gateway.bean(ReadModelReplay.class).replay();

        eventually(() -> {
            var feed = json(person, "/api/me/notifications");
            assertEquals(2, feed.get("notifications").size());
            assertEquals(1, feed.get("unreadCount").asInt());
        });
    }

    private HttpResponse<String> markRead(Person person, String body) {
        return gateway.send(gateway.request("/api/me/notifications/read")
            .header("Cookie", visits.cookiesOf(person))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode json(Person person, String path) throws Exception {
        var response = gateway.get(path, Map.of("Cookie", visits.cookiesOf(person)));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        return JSON.readTree(response.body());
    }

    private static Person person() {
        return new Person("reader-" + UUID.randomUUID(), "Siri Lesar", "1833", List.of("resident"));
    }
}
