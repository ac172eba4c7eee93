package no.samskap.events.venues.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import no.samskap.events.EventFixtures;
import no.samskap.events.venues.VenueFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(no.samskap.events.EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueIT {

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
    void staffCreateAVenueThatAnyoneReadsAndThatLeavesAsVenueDescribed() throws SQLException {
        var created = events.client().toBlocking().exchange(HttpRequest.POST("/venues",
            VenueFixtures.venueBody("Rana kulturhus, storsalen", true)).bearerAuth(fixtures.staffToken()), Map.class);
        assertEquals(HttpStatus.CREATED, created.status());
        var id = (String) created.body().get("id");

        var venue = events.client().toBlocking().retrieve(HttpRequest.GET("/venues/" + id), Map.class);
        assertEquals("Rana kulturhus, storsalen", venue.get("name"));
        assertEquals(List.of("step-free", "hearing-loop"), venue.get("accessibility"));
        assertEquals(true, venue.get("lent"));
        assertEquals(RANA, venue.get("municipality"));
        var list = events.client().toBlocking().retrieve(HttpRequest.GET("/venues?municipality=" + RANA),
            VenueFixtures.ROWS);
        assertTrue(list.stream().anyMatch(one -> id.equals(one.get("id"))));
        var elsewhere = events.client().toBlocking().retrieve(HttpRequest.GET("/venues?municipality=4618"),
            VenueFixtures.ROWS);
        assertTrue(elsewhere.stream().noneMatch(one -> id.equals(one.get("id"))));
        assertEquals(List.of("venue-described"), events.outboxTypesFor(id));
    }

    @Test
    void staffChangeAVenueAndEventsDescribedAfterwardsCopyItsNewFacts() throws SQLException {
        var id = new VenueFixtures(events, fixtures).venue("Mo bibliotek, møterommet", false);
        var changed = VenueFixtures.venueBody("Mo bibliotek, møterom 2", true);
        changed.put("accessibility", List.of("step-free", "accessible-toilet", "quiet-room", "accessible-parking"));
        changed.put("capacity", null);

        var venue = events.client().toBlocking().retrieve(HttpRequest.PATCH("/venues/" + id, changed)
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("Mo bibliotek, møterom 2", venue.get("name"));
        assertEquals(null, venue.get("capacity"));
        assertEquals(true, venue.get("lent"));
        assertEquals(List.of("venue-described", "venue-described"), events.outboxTypesFor(id));
        var body = EventFixtures.eventBody();
        body.put("venueId", id);
        var event = events.client().toBlocking().retrieve(HttpRequest.POST("/events", body)
            .bearerAuth(fixtures.staffToken()), Map.class);
        assertEquals("Mo bibliotek, møterom 2", event.get("venueName"));
        assertEquals(List.of("step-free", "accessible-toilet", "quiet-room", "accessible-parking"),
            event.get("accessibility"));
    }

    @Test
    void residentsAndStaffOfAnotherMunicipalityMayNotCreateOrChangeVenues() throws SQLException {
        var id = new VenueFixtures(events, fixtures).venue("Rana kulturhus, lillesalen", true);

        assertEquals(403, events.statusOf(HttpRequest.POST("/venues", VenueFixtures.venueBody("Min stue", true))
            .bearerAuth(tokens.resident("venue-resident", RANA))));
        assertEquals(403, events.statusOf(HttpRequest.PATCH("/venues/" + id, VenueFixtures.venueBody("Kapret",
            true)).bearerAuth(tokens.staff("ullensvang-staff", "4618"))));
        assertEquals(401, events.statusOf(HttpRequest.POST("/venues", VenueFixtures.venueBody("Anonym", true))));

        assertEquals(0, fixtures.count("select count(*) from venue where name in ('Min stue', 'Kapret', 'Anonym')"));
        assertEquals(List.of("venue-described"), events.outboxTypesFor(id));
    }

    @Test
    void badDescriptionsAreRefusedFieldByFieldAndChangeNothing() throws SQLException {
        var id = new VenueFixtures(events, fixtures).venue("Ungdomsklubben", true);
        for (var wrong : List.of(Map.entry("name", " "), Map.entry("address", ""), Map.entry("capacity", 0),
            Map.entry("accessibility", List.of("heis")))) {
            var body = VenueFixtures.venueBody("Ungdomsklubben", true);
            body.put(wrong.getKey(), wrong.getValue());

            var created = events.refused(HttpRequest.POST("/venues", body).bearerAuth(fixtures.staffToken()));
            var changed = events.refused(HttpRequest.PATCH("/venues/" + id, body).bearerAuth(fixtures.staffToken()));

            assertEquals(400, created.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(created));
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(changed));
        }
        assertEquals(1, fixtures.count("select count(*) from venue where name = 'Ungdomsklubben'"));
        assertEquals(List.of("venue-described"), events.outboxTypesFor(id));
        assertEquals("municipality", ApplicationUnderTest.firstField(events.refused(
            HttpRequest.GET("/venues?municipality=Rana"))));
        assertEquals(404, events.statusOf(HttpRequest.GET("/venues/7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d")));
        assertEquals(404, events.statusOf(HttpRequest.GET("/venues/not-an-id")));
    }
}
