package no.samskap.gateway.shell.notifications;

import no.samskap.gateway.EventStreamLines;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedStreamIT {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private GatewayUnderTest gateway;
    private FeedStoriesOnKafka stories;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new FeedStoriesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void aNotificationForOnePersonArrivesOnTheirStreamAndNeverOnAnothers() {
        var first = person();
        var second = person();
        var firstLines = new CopyOnWriteArrayList<String>();
        var secondLines = new CopyOnWriteArrayList<String>();
        var firstStream = follow(first, firstLines);
        var secondStream = follow(second, secondLines);
        eventually(() -> assertEquals(2, gateway.bean(FeedChanges.class).watchers(), "watching"));

        var idea = UUID.randomUUID().toString();
        var forFirst = stories.aboutAnIdea(first, idea, "Svar på ideen", "answered", "Ja.", AT);
        var forSecond = stories.aboutAnIdea(second, idea, "Svar på ideen", "published", "", AT);

        eventually(() -> assertTrue(firstLines.stream().anyMatch(line -> line.startsWith("data:")), firstLines.toString()));
        eventually(() -> assertTrue(secondLines.stream().anyMatch(line -> line.startsWith("data:")), secondLines.toString()));
        assertTrue(firstLines.contains("event: notification") || firstLines.contains("event:notification"),
            firstLines.toString());
        assertTrue(firstLines.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"id\":\"" + forFirst + "\"")
            && line.contains(idea) && line.contains("answered")), firstLines.toString());
        assertFalse(firstLines.stream().anyMatch(line -> line.contains("\"id\":\"" + forSecond + "\"")), firstLines.toString());
        assertFalse(secondLines.stream().anyMatch(line -> line.contains("\"id\":\"" + forFirst + "\"")), secondLines.toString());
        assertFalse(String.join("\n", firstLines).contains(FeedStoriesOnKafka.subjectOf(first)), "no person id on the wire");
        firstStream.cancel(true);
        secondStream.cancel(true);
    }

    @Test
    void anAnonymousCallerGetsNoStream() {
        assertEquals(401, gateway.get("/api/me/notifications/stream", java.util.Map.of("Accept", "text/event-stream"))
            .statusCode());
    }

    private static Person person() {
        return new Person("streamer-" + UUID.randomUUID(), "Per Hansen", "1833", List.of("resident"));
    }

    private CompletableFuture<HttpResponse<Void>> follow(Person person, List<String> lines) {
        var provider = gateway.identityProvider();
        return EventStreamLines.follow(gateway.request("/api/me/notifications/stream")
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "text/event-stream")
            .header("Cookie", "samskap_id=" + provider.idToken(person, Duration.ofMinutes(5))
                + "; samskap_access=" + provider.accessToken(person, Duration.ofMinutes(5)))
            .GET().build(), lines);
    }
}
