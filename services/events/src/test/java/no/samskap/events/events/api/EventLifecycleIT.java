package no.samskap.events.events.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLifecycleIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest events;
    private EventFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void staffDraftAnEventThatOnlyOrganisersSeeUntilItIsPublished() throws SQLException {
        var id = fixtures.draft(EventFixtures.eventBody());

        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + id)));
        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + id).bearerAuth(tokens.resident("r1", RANA))));
        assertEquals(200, events.statusOf(HttpRequest.GET("/events/" + id).bearerAuth(fixtures.staffToken())));
        publish(id, fixtures.staffToken());

        var event = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id), Map.class);
        assertEquals("published", event.get("status"));
        assertEquals(List.of("event-drafted", "event-published"), events.outboxTypesFor(id));
    }

    @Test
    void anEventCopiesItsVenueAndAddsTheOrganisersOwnAccessibilityFacts() {
        var venue = fixtures.venue(RANA, "Rana kulturhus, storsalen", 400, List.of("step-free", "hearing-loop"));
        var body = EventFixtures.eventBody();
        body.put("venueId", venue);
        body.put("accessibility", List.of("quiet-room", "step-free"));

        var event = events.client().toBlocking().retrieve(HttpRequest.POST("/events", body)
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("Rana kulturhus, storsalen", event.get("venueName"));
        assertEquals(List.of("step-free", "hearing-loop", "quiet-room"), event.get("accessibility"));
    }

    @Test
    void localTimesAreNorwegianWallClockTimeOnBothSidesOfTheSwitchToSummerTime() {
        var body = EventFixtures.eventBody();
        body.put("startsAt", "2027-03-27T18:00");
        body.put("endsAt", "2027-03-28T18:00");

        var event = events.client().toBlocking().retrieve(HttpRequest.POST("/events", body)
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("2027-03-27T17:00:00Z", event.get("startsAt"));
        assertEquals("2027-03-28T16:00:00Z", event.get("endsAt"));
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefusedNamingTheEnd() {
        var body = EventFixtures.eventBody();
        body.put("endsAt", Instant.parse((String) body.get("startsAt")).minus(1, ChronoUnit.HOURS).toString());

        var problem = events.refused(HttpRequest.POST("/events", body).bearerAuth(fixtures.staffToken()));

        assertEquals(400, problem.get("status"));
        assertEquals("endsAt", ApplicationUnderTest.firstField(problem));
        assertEquals(0, fixtures.count("select count(*) from event where title = 'Lesestund på biblioteket' "
            + "and ends_at < starts_at"));
    }

    @Test
    void unknownUnitsAudiencesAndUnreadableTimesAreRefusedFieldByField() {
        for (var wrong : List.of(Map.entry("hostingUnit", "bank"), Map.entry("audience", "alle-over-90"),
            Map.entry("startsAt", "i morgen"), Map.entry("accessibility", List.of("heis")),
            Map.entry("capacity", 0), Map.entry("priceNok", -50), Map.entry("title", " "))) {
            var body = EventFixtures.eventBody();
            body.put(wrong.getKey(), wrong.getValue());

            var problem = events.refused(HttpRequest.POST("/events", body).bearerAuth(fixtures.staffToken()));

            assertEquals(400, problem.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(problem));
        }
    }

    @Test
    void residentsAndStaffOfAnotherMunicipalityMayNotCreateOrChangeEvents() {
        var id = fixtures.published(30);

        assertEquals(403, events.statusOf(HttpRequest.POST("/events", EventFixtures.eventBody())
            .bearerAuth(tokens.resident("r2", RANA))));
        assertEquals(403, events.statusOf(HttpRequest.PATCH("/events/" + id, EventFixtures.eventBody())
            .bearerAuth(tokens.resident("r2", RANA))));
        assertEquals(403, events.statusOf(HttpRequest.PATCH("/events/" + id, EventFixtures.eventBody())
            .bearerAuth(tokens.staff("ullensvang-staff", "4618"))));
    }

    @Test
    void theAdminOfAVerifiedCoHostingAssociationDraftsAndEditsButAnUnverifiedOneCannotCoHost() {
        var verified = fixtures.verifiedAssociation("cohost-admin", RANA);
        var unverified = fixtures.association("unverified-admin", RANA);
        var body = EventFixtures.eventBody();
        body.put("coHostIds", List.of(verified));
        var admin = tokens.resident("cohost-admin", RANA);

        var created = events.client().toBlocking().exchange(HttpRequest.POST("/events", body).bearerAuth(admin),
            Map.class);
        assertEquals(HttpStatus.CREATED, created.status());
        var id = (String) created.body().get("id");
        body.put("title", "Korkonsert i kulturhuset");
        assertEquals(200, events.statusOf(HttpRequest.PATCH("/events/" + id, body).bearerAuth(admin)));

        var coHosts = events.client().toBlocking().retrieve(HttpRequest.GET("/co-hosts?municipality=" + RANA),
            Argument.listOf(Map.class));
        assertEquals(true, coHosts.stream().anyMatch(coHost -> verified.equals(coHost.get("id"))));
        assertEquals(false, coHosts.stream().anyMatch(coHost -> unverified.equals(coHost.get("id"))));
        body.put("coHostIds", List.of(unverified));
        assertEquals(403, events.statusOf(HttpRequest.POST("/events", body)
            .bearerAuth(tokens.resident("unverified-admin", RANA))));
        var problem = events.refused(HttpRequest.POST("/events", body).bearerAuth(fixtures.staffToken()));
        assertEquals(422, problem.get("status"));
        assertEquals("coHostIds", ApplicationUnderTest.firstField(problem));
    }

    @Test
    void aCancellationNeedsAReasonAndEndsTheEvent() throws SQLException {
        var id = fixtures.published(30);

        var problem = events.refused(HttpRequest.POST("/events/" + id + "/cancellation", Map.of("reason", " "))
            .bearerAuth(fixtures.staffToken()));
        assertEquals("reason", ApplicationUnderTest.firstField(problem));
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/cancellation",
            Map.of("reason", "Salen er stengt.")).bearerAuth(fixtures.staffToken())));

        assertEquals(409, events.statusOf(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(fixtures.staffToken())));
        assertEquals(409, events.statusOf(HttpRequest.PATCH("/events/" + id, EventFixtures.eventBody())
            .bearerAuth(fixtures.staffToken())));
        assertEquals(List.of("event-drafted", "event-published", "event-cancelled"), events.outboxTypesFor(id));
    }

    @Test
    void anEventIsCompletedOnlyOnceItHasStarted() {
        var id = fixtures.published(30);

        var problem = events.refused(HttpRequest.POST("/events/" + id + "/completion", "")
            .bearerAuth(fixtures.staffToken()));

        assertEquals(409, problem.get("status"));
        assertEquals("startsAt", ApplicationUnderTest.firstField(problem));
    }

    @Test
    void thePublicListShowsPublishedEventsButNotDrafts() {
        var published = fixtures.published(null);
        var draft = fixtures.draft(EventFixtures.eventBody());

        var list = events.client().toBlocking().retrieve(HttpRequest.GET("/events?municipality=" + RANA),
            Argument.listOf(Map.class));
        var ids = list.stream().map(event -> event.get("id")).toList();

        assertEquals(true, ids.contains(published));
        assertEquals(false, ids.contains(draft));
        assertEquals(400, events.statusOf(HttpRequest.GET("/events?municipality=99")));
    }

    private void publish(String id, String token) {
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/publication", "").bearerAuth(token)));
    }
}
