package no.samskap.gateway.ideas.staff;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live changes of the staff inbox reach the staff of the municipality they belong to, and nobody else. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffInboxStreamIT {

    private GatewayUnderTest gateway;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new StaffStoriesOnKafka(infrastructure);
        viewers = new StaffViewers(gateway);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void aChangeInOneMunicipalityReachesItsStaffsStreamAndNeverAnotherMunicipalitys() {
        var inA = new CopyOnWriteArrayList<String>();
        var inB = new CopyOnWriteArrayList<String>();
        var streamA = follow(staff("kari-5301", "5301"), inA);
        var streamB = follow(staff("per-5302", "5302"), inB);
        eventually(() -> assertEquals(2, gateway.bean(InboxChanges.class).watchers(), "watching"));

        var idea = stories.submitted("5301", "Bokbad på biblioteket");
        var hidden = stories.published("5301", "Åpen scene");
        stories.hidden("5301", hidden, "samskap", "Skjult etter 3 rapporter.");

        // The two ideas live on different partitions: wait for the news of each.
        eventually(() -> assertAll(
            () -> assertTrue(inA.stream().anyMatch(line -> line.contains("idea-hidden")), inA.toString()),
            () -> assertTrue(inA.stream().anyMatch(line -> line.startsWith("data:") && line.contains(idea)
                && line.contains("idea-submitted")), inA.toString())));
        var afterB = stories.submitted("5302", "Konsert i B");
        eventually(() -> assertTrue(inB.stream().anyMatch(line -> line.contains(afterB)), inB.toString()));
        assertAll(
            () -> assertTrue(inA.stream().anyMatch(line -> line.startsWith("event:") && line.contains("inbox-changed")), inA.toString()),
            () -> assertTrue(inA.stream().anyMatch(line -> line.startsWith("data:") && line.contains(idea)
                && line.contains("idea-submitted")), inA.toString()),
            () -> assertFalse(inA.stream().anyMatch(line -> line.contains(afterB)), inA.toString()),
            () -> assertFalse(inB.stream().anyMatch(line -> line.contains(idea) || line.contains(hidden)), inB.toString()));
        streamA.cancel(true);
        streamB.cancel(true);
    }

    @Test
    void theStreamIsOnlyForStaff() {
        var asResident = viewers.get(StaffViewers.resident("5303"), "/api/staff/inbox/stream");
        var anonymously = gateway.get("/api/staff/inbox/stream");
        assertAll(
            () -> assertEquals(403, asResident.statusCode()),
            () -> assertEquals(401, anonymously.statusCode()));
    }

    private CompletableFuture<HttpResponse<Void>> follow(Person person, List<String> lines) {
        return EventStreamLines.follow(gateway.request("/api/staff/inbox/stream")
            .header("Accept", "text/event-stream").header("Cookie", viewers.cookiesOf(person)).GET().build(), lines);
    }
}
