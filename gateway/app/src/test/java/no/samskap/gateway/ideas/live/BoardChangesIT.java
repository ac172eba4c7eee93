package no.samskap.gateway.ideas.live;

import no.samskap.gateway.EventStreamLines;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.IdeaMessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
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
class BoardChangesIT {

    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka messages;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        messages = new IdeaMessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
    }

    @Test
    void aWatcherOfOneMunicipalitysBoardHearsOfItsChangesAndNoOthers() {
        var lines = new CopyOnWriteArrayList<String>();
        var stream = follow("5004", lines);
        eventually(() -> assertEquals(1, gateway.bean(BoardChanges.class).watchers(), "watching"));

        var elsewhere = UUID.randomUUID().toString();
        var here = UUID.randomUUID().toString();
        messages.submittedAndPublished(elsewhere, "5005", "Et annet sted");
        messages.submittedAndPublished(here, "5004", "Her hos oss");
        messages.supportGiven(here, "5004", 1);

        eventually(() -> assertTrue(lines.stream().anyMatch(line -> line.contains("support-given")), lines.toString()));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("event:") && line.contains("idea-changed")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains(here)), lines.toString());
        assertFalse(lines.stream().anyMatch(line -> line.contains(elsewhere)), lines.toString());
        stream.cancel(true);
    }

    @Test
    void refusesAMunicipalityThatIsNoKommunenummerOrNoneNamingTheField() {
        for (var path : List.of("/api/ideas/changes?municipality=mo", "/api/ideas/changes")) {
            var refusal = gateway.get(path);

            assertEquals(400, refusal.statusCode(), path);
            assertEquals("application/problem+json", refusal.headers().firstValue("Content-Type").orElse(""), path);
            assertTrue(refusal.body().contains("\"municipality\""), refusal.body());
        }
    }

    private CompletableFuture<HttpResponse<Void>> follow(String municipality, List<String> lines) {
        return EventStreamLines.follow(gateway.request("/api/ideas/changes?municipality=" + municipality)
            .header("Accept", "text/event-stream").GET().build(), lines);
    }
}
