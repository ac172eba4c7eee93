package no.samskap.events.venues.api;

import io.micronaut.http.HttpRequest;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.venues.VenueFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static no.samskap.events.EventFixtures.RANA;
import static no.samskap.events.venues.VenueFixtures.daysAhead;
import static no.samskap.events.venues.VenueFixtures.oneOff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Many staff approve, and many organisers publish, overlapping times at one venue at once: exactly one wins. */
@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomBookingConcurrencyIT {

    private static final int CONTENDERS = 12;
    private static final String ADMIN = "busy-admin";

    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private VenueFixtures venues;
    private String association;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.venues = new VenueFixtures(events, fixtures);
        association = fixtures.verifiedAssociation(ADMIN, RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void ofManyConcurrentApprovalsOfOverlappingApplicationsExactlyOneWins() throws Exception {
        var venue = venues.venue("Kulturhuset, storsalen", true);
        var start = daysAhead(9, 16);
        var applications = new ArrayList<String>();
        for (var i = 0; i < CONTENDERS; i++) {
            var from = start.plus(10L * i, ChronoUnit.MINUTES);
            applications.add(venues.applied(ADMIN, oneOff(venue, association, from, from.plus(3,
                ChronoUnit.HOURS))));
        }

        var statuses = all(applications, id -> () -> venues.approve(id));

        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(CONTENDERS - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, fixtures.count("select count(*) from room_booking where venue_id = '" + venue
            + "' and status = 'approved'"));
        assertEquals(1, fixtures.count("select count(*) from room_occurrence where venue_id = '" + venue
            + "' and holds"));
        assertEquals(1, events.outboxTypesFor(venue).stream().filter("room-booked"::equals).count());
    }

    @Test
    void ofManyEventsPublishedConcurrentlyAtOneVenueAndTimeExactlyOneIsPublished() throws Exception {
        var venue = venues.venue("Kulturhuset, lillesalen", true);
        var start = daysAhead(11, 17);
        var drafts = new ArrayList<String>();
        for (var i = 0; i < CONTENDERS; i++) {
            var body = EventFixtures.eventBody();
            body.put("venueId", venue);
            body.put("startsAt", start.plus(5L * i, ChronoUnit.MINUTES).toString());
            body.put("endsAt", start.plus(2, ChronoUnit.HOURS).toString());
            drafts.add(fixtures.draft(body));
        }

        var statuses = all(drafts, id -> () -> events.statusOf(HttpRequest.POST("/events/" + id + "/publication",
            "").bearerAuth(fixtures.staffToken())));

        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(CONTENDERS - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, fixtures.count("select count(*) from event where venue_id = '" + venue
            + "' and status = 'published'"));
        assertEquals(1, fixtures.count("select count(*) from room_occurrence where venue_id = '" + venue
            + "' and holds"));
    }

    @Test
    void theDatabaseItselfRefusesASecondHoldingOccurrenceThatOverlaps() throws SQLException {
        var venue = venues.venue("Kulturhuset, foajeen", true);
        var start = daysAhead(13, 10);
        var first = venues.applied(ADMIN, oneOff(venue, association, start, start.plus(2, ChronoUnit.HOURS)));
        var second = venues.applied(ADMIN, oneOff(venue, association, start.plus(1, ChronoUnit.HOURS),
            start.plus(3, ChronoUnit.HOURS)));
        assertEquals(200, venues.approve(first));

        try (var connection = events.connect(); var update = connection.prepareStatement(
            "update room_occurrence set holds = true where booking_id = ?::uuid")) {
            update.setString(1, second);
            var refused = assertThrows(SQLException.class, update::executeUpdate);
            assertEquals("23P01", refused.getSQLState());
        }
        assertEquals(1, fixtures.count("select count(*) from room_occurrence where venue_id = '" + venue
            + "' and holds"));
    }

    /** Runs one task per item, all released at once, and gives each answer's status. */
    private static List<Integer> all(List<String> items, Function<String, Callable<Integer>> task)
        throws Exception {
        var executor = Executors.newFixedThreadPool(items.size());
        try {
            var gate = new CountDownLatch(1);
            var answers = new ArrayList<Future<Integer>>();
            for (var item : items) {
                var call = task.apply(item);
                answers.add(executor.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            executor.shutdownNow();
        }
    }
}
