package no.samskap.events.venues.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static no.samskap.events.EventFixtures.RANA;
import static no.samskap.events.venues.VenueFixtures.daysAhead;
import static no.samskap.events.venues.VenueFixtures.oneOff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomBookingIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String CHOIR_ADMIN = "choir-admin";
    private static final String YOUTH_ADMIN = "youth-admin";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private VenueFixtures venues;
    private String choir;
    private String youthClub;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.venues = new VenueFixtures(events, fixtures);
        choir = fixtures.verifiedAssociation(CHOIR_ADMIN, RANA);
        youthClub = fixtures.verifiedAssociation(YOUTH_ADMIN, RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void staffApproveAnApplicationWhichBooksTheRoomTellsTheAdminsAndShowsTheAssociationButNotThePurpose()
        throws SQLException {
        var venue = venues.venue("Kulturhuset, øvingsrom 1", true);
        var start = daysAhead(10, 16);
        var body = oneOff(venue, choir, start, start.plus(2, ChronoUnit.HOURS));
        body.put("purpose", "Hemmelig overraskelsesfest for dirigenten");

        var applied = events.client().toBlocking().exchange(HttpRequest.POST("/room-bookings", body)
            .bearerAuth(tokens.resident(CHOIR_ADMIN, RANA)), Map.class);
        assertEquals(HttpStatus.CREATED, applied.status());
        var id = (String) applied.body().get("id");
        assertEquals("pending", applied.body().get("status"));
        assertTrue(venues.calendar(venue, "").isEmpty(), "a pending application does not take the room");
        var notices = events.outboxTypesFor(CHOIR_ADMIN).size();

        var approved = events.client().toBlocking().retrieve(HttpRequest.POST("/room-bookings/" + id + "/approval",
            Map.of("reason", "Velkommen!")).bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("approved", approved.get("status"));
        assertEquals(List.of("venue-described", "room-booking-requested", "room-booked"),
            events.outboxTypesFor(venue));
        assertEquals(0, fixtures.count("select count(*) from outbox_message where message_type = "
            + "'room-booking-requested' and envelope::text like '%overraskelsesfest%'"));
        assertEquals(notices + 1, events.outboxTypesFor(CHOIR_ADMIN).size());
        var calendar = venues.calendar(venue, "");
        assertEquals(1, calendar.size());
        assertEquals("association", calendar.get(0).get("kind"));
        assertEquals(approved.get("associationName"), calendar.get(0).get("associationName"));
        assertEquals(start.toString(), calendar.get(0).get("startsAt"));
        assertFalse(calendar.toString().contains("overraskelsesfest"), "the purpose stays with staff");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWeeklySlotTakesTheRoomAtTheSameLocalHoursOnBothSidesOfADaylightSavingChange() {
        var venue = venues.venue("Kulturhuset, øvingsrom 2", true);
        var change = OSLO.getRules().nextTransition(Instant.now().plus(7, ChronoUnit.DAYS)).getInstant()
            .atZone(OSLO).toLocalDate();
        var body = oneOff(venue, choir, Instant.now(), Instant.now());
        body.remove("startsAt");
        body.remove("endsAt");
        body.putAll(Map.of("weekday", "tuesday", "startTime", "18:00", "endTime", "20:00",
            "fromDate", change.minusDays(14).toString(), "untilDate", change.plusDays(14).toString()));

        var id = venues.applied(CHOIR_ADMIN, body);
        assertEquals(200, venues.approve(id));

        var booking = venues.booking(id);
        assertEquals("weekly", booking.get("kind"));
        var calendar = venues.calendar(venue, "?from=" + change.minusDays(14) + "&to=" + change.plusDays(14));
        assertEquals(4, calendar.size());
        var offsets = calendar.stream().map(entry -> {
            var local = Instant.parse((String) entry.get("startsAt")).atZone(OSLO);
            assertEquals(DayOfWeek.TUESDAY, local.getDayOfWeek());
            assertEquals(LocalTime.of(18, 0), local.toLocalTime());
            assertEquals(LocalTime.of(20, 0), Instant.parse((String) entry.get("endsAt")).atZone(OSLO).toLocalTime());
            return local.getOffset();
        }).distinct().toList();
        assertEquals(2, offsets.size(), "the season crosses a daylight-saving change");
        assertEquals(((List<Object>) booking.get("occurrences")).size(), calendar.size());
    }

    @Test
    void ofTwoCollidingApplicationsStaffSeeTheOneForChildrenAndYoungPeopleFirstAndBothMarked() {
        var venue = venues.venue("Kulturhuset, sal 3", true);
        var start = daysAhead(12, 15);
        var adults = venues.applied(CHOIR_ADMIN, oneOff(venue, choir, start, start.plus(2, ChronoUnit.HOURS)));
        var youth = oneOff(venue, youthClub, start.plus(1, ChronoUnit.HOURS), start.plus(3, ChronoUnit.HOURS));
        youth.put("childrenAndYouth", true);
        var children = venues.applied(YOUTH_ADMIN, youth);

        var pending = events.client().toBlocking().retrieve(HttpRequest.GET(
            "/room-bookings?status=pending&venueId=" + venue).bearerAuth(fixtures.staffToken()), VenueFixtures.ROWS);

        assertEquals(List.of(children, adults), pending.stream().map(one -> one.get("id")).toList());
        assertEquals(List.of(adults), pending.get(0).get("collidesWith"));
        assertEquals(List.of(children), pending.get(1).get("collidesWith"));
        assertEquals(true, pending.get(0).get("childrenAndYouth"));
    }

    @Test
    void approvingAnApplicationThatOverlapsAnApprovedBookingIsRefusedNamingTheClashAndChangesNothing()
        throws SQLException {
        var venue = venues.venue("Kulturhuset, sal 4", true);
        var start = daysAhead(14, 15);
        var first = venues.applied(CHOIR_ADMIN, oneOff(venue, choir, start, start.plus(2, ChronoUnit.HOURS)));
        var second = venues.applied(YOUTH_ADMIN, oneOff(venue, youthClub, start.plus(1, ChronoUnit.HOURS),
            start.plus(3, ChronoUnit.HOURS)));
        assertEquals(200, venues.approve(first));
        assertEquals(List.of(first), venues.booking(second).get("clashesWith"));
        var notices = events.outboxTypesFor(YOUTH_ADMIN).size();

        var problem = events.refused(HttpRequest.POST("/room-bookings/" + second + "/approval", Map.of())
            .bearerAuth(fixtures.staffToken()));

        assertEquals(409, problem.get("status"));
        assertEquals("startsAt", ApplicationUnderTest.firstField(problem));
        assertTrue(((String) problem.get("detail")).contains(first), "names the booking it clashes with");
        assertEquals("pending", venues.booking(second).get("status"));
        assertEquals(List.of("venue-described", "room-booking-requested", "room-booking-requested", "room-booked"),
            events.outboxTypesFor(venue));
        assertEquals(notices, events.outboxTypesFor(YOUTH_ADMIN).size());
        assertEquals(1, fixtures.count("select count(*) from room_occurrence where venue_id = '" + venue
            + "' and holds"));

        var late = events.refused(HttpRequest.POST("/room-bookings", oneOff(venue, youthClub,
            start.plus(30, ChronoUnit.MINUTES), start.plus(1, ChronoUnit.HOURS)))
            .bearerAuth(tokens.resident(YOUTH_ADMIN, RANA)));
        assertEquals(409, late.get("status"));
        assertEquals(2, fixtures.count("select count(*) from room_booking where venue_id = '" + venue + "'"));
    }

    @Test
    void staffDeclineWithAReasonAndTheAdminsAreTold() throws SQLException {
        var venue = venues.venue("Biblioteket, møterom", true);
        var start = daysAhead(16, 9);
        var id = venues.applied(CHOIR_ADMIN, oneOff(venue, choir, start, start.plus(1, ChronoUnit.HOURS)));
        var notices = events.outboxTypesFor(CHOIR_ADMIN).size();

        var problem = events.refused(HttpRequest.POST("/room-bookings/" + id + "/decline", Map.of("reason", " "))
            .bearerAuth(fixtures.staffToken()));
        assertEquals("reason", ApplicationUnderTest.firstField(problem));
        assertEquals("pending", venues.booking(id).get("status"));

        var declined = events.client().toBlocking().retrieve(HttpRequest.POST("/room-bookings/" + id + "/decline",
            Map.of("reason", "Rommet pusses opp den uka.")).bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("declined", declined.get("status"));
        assertEquals("Rommet pusses opp den uka.", declined.get("decisionReason"));
        assertEquals(notices + 1, events.outboxTypesFor(CHOIR_ADMIN).size());
        assertEquals(409, venues.approve(id));
        assertEquals(List.of("venue-described", "room-booking-requested", "room-booking-declined"),
            events.outboxTypesFor(venue));
    }

    @Test
    void cancellingABookingTellsTheAssociationsAdminsAndFreesTheRoom() throws SQLException {
        var venue = venues.venue("Ungdomsklubben, storstua", true);
        var start = daysAhead(18, 17);
        var id = venues.applied(YOUTH_ADMIN, oneOff(venue, youthClub, start, start.plus(2, ChronoUnit.HOURS)));
        assertEquals(200, venues.approve(id));
        var notices = events.outboxTypesFor(YOUTH_ADMIN).size();

        assertEquals("reason", ApplicationUnderTest.firstField(events.refused(HttpRequest.POST("/room-bookings/"
            + id + "/cancellation", Map.of()).bearerAuth(fixtures.staffToken()))));
        assertEquals(404, events.statusOf(HttpRequest.POST("/room-bookings/" + id + "/cancellation",
            Map.of("reason", "Vil ha rommet")).bearerAuth(tokens.resident(CHOIR_ADMIN, RANA))));
        assertEquals("approved", venues.booking(id).get("status"));

        var cancelled = events.client().toBlocking().retrieve(HttpRequest.POST("/room-bookings/" + id
            + "/cancellation", Map.of("reason", "Salen trengs til kommunestyremøte.")).bearerAuth(
            fixtures.staffToken()), Map.class);

        assertEquals("cancelled", cancelled.get("status"));
        assertEquals(List.of("venue-described", "room-booking-requested", "room-booked",
            "room-booking-cancelled"), events.outboxTypesFor(venue));
        assertEquals(notices + 1, events.outboxTypesFor(YOUTH_ADMIN).size());
        assertTrue(venues.calendar(venue, "").isEmpty());
        var again = venues.applied(CHOIR_ADMIN, oneOff(venue, choir, start, start.plus(1, ChronoUnit.HOURS)));
        assertEquals(200, venues.approve(again));
    }

    @Test
    void onlyAdminsOfVerifiedAssociationsApplyForLentVenuesAndOnlyTheMunicipalitysStaffDecide() throws SQLException {
        var lent = venues.venue("Kulturhuset, sal 5", true);
        var notLent = venues.venue("Rådhuset, formannskapssalen", false);
        var unverified = fixtures.association("unverified-room-admin", RANA);
        var start = daysAhead(20, 12);
        var body = oneOff(lent, choir, start, start.plus(1, ChronoUnit.HOURS));

        assertEquals(403, events.statusOf(HttpRequest.POST("/room-bookings", body)
            .bearerAuth(tokens.resident("just-a-resident", RANA))));
        assertEquals("associationId", ApplicationUnderTest.firstField(events.refused(HttpRequest.POST(
            "/room-bookings", oneOff(lent, unverified, start, start.plus(1, ChronoUnit.HOURS)))
            .bearerAuth(tokens.resident("unverified-room-admin", RANA)))));
        assertEquals("venueId", ApplicationUnderTest.firstField(events.refused(HttpRequest.POST("/room-bookings",
            oneOff(notLent, choir, start, start.plus(1, ChronoUnit.HOURS)))
            .bearerAuth(tokens.resident(CHOIR_ADMIN, RANA)))));
        assertEquals(0, fixtures.count("select count(*) from room_booking where venue_id in ('" + lent + "', '"
            + notLent + "')"));

        var id = venues.applied(CHOIR_ADMIN, body);
        assertEquals(403, events.statusOf(HttpRequest.POST("/room-bookings/" + id + "/approval", Map.of())
            .bearerAuth(tokens.resident(CHOIR_ADMIN, RANA))));
        assertEquals(404, events.statusOf(HttpRequest.POST("/room-bookings/" + id + "/approval", Map.of())
            .bearerAuth(tokens.staff("ullensvang-staff", "4618"))));
        assertEquals(404, events.statusOf(HttpRequest.GET("/room-bookings/" + id)
            .bearerAuth(tokens.resident(YOUTH_ADMIN, RANA))));
        assertEquals(403, events.statusOf(HttpRequest.GET("/room-bookings").bearerAuth(tokens.resident(CHOIR_ADMIN,
            RANA))));
        assertEquals(200, events.statusOf(HttpRequest.GET("/room-bookings?associationId=" + choir)
            .bearerAuth(tokens.resident(CHOIR_ADMIN, RANA))));
        assertEquals("pending", venues.booking(id).get("status"));
        assertEquals(List.of("venue-described", "room-booking-requested"), events.outboxTypesFor(lent));
    }

    @Test
    void badTimesAreRefusedFieldByFieldAndNothingIsStored() {
        var venue = venues.venue("Kulturhuset, sal 6", true);
        var start = daysAhead(22, 12);
        var past = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var cases = List.of(
            Map.entry("startsAt", Map.<String, Object>of("startsAt", "neste tirsdag")),
            Map.entry("endsAt", Map.<String, Object>of("endsAt", start.minus(1, ChronoUnit.HOURS).toString())),
            Map.entry("purpose", Map.<String, Object>of("purpose", " ")),
            Map.entry("weekday", Map.<String, Object>of("startsAt", "", "endsAt", "", "weekday", "someday",
                "startTime", "18:00", "endTime", "20:00", "fromDate", "2030-01-01", "untilDate", "2030-02-01")),
            Map.entry("startsAt", Map.<String, Object>of("weekday", "monday")),
            Map.entry("endTime", Map.<String, Object>of("startsAt", "", "endsAt", "", "weekday", "monday",
                "startTime", "18:00", "endTime", "kveld", "fromDate", "2030-01-01", "untilDate", "2030-02-01")));
        for (var wrong : cases) {
            var body = oneOff(venue, choir, start, start.plus(1, ChronoUnit.HOURS));
            body.putAll(wrong.getValue());

            var problem = events.refused(HttpRequest.POST("/room-bookings", body)
                .bearerAuth(tokens.resident(CHOIR_ADMIN, RANA)));

            assertEquals(400, problem.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), ApplicationUnderTest.firstField(problem), wrong.toString());
        }
        var problem = events.refused(HttpRequest.POST("/room-bookings", oneOff(venue, choir, past,
            past.plus(1, ChronoUnit.HOURS))).bearerAuth(tokens.resident(CHOIR_ADMIN, RANA)));
        assertEquals(422, problem.get("status"));
        assertEquals("startsAt", ApplicationUnderTest.firstField(problem));
        assertEquals(0, fixtures.count("select count(*) from room_booking where venue_id = '" + venue + "'"));
        assertEquals("to", ApplicationUnderTest.firstField(events.refused(HttpRequest.GET("/venues/" + venue
            + "/calendar?from=2030-02-01&to=2030-01-01"))));
    }

    @Test
    void aPublishedEventBooksItsVenueAndAClashRefusesItsPublicationOrMove() throws SQLException {
        var venue = venues.venue("Kulturhuset, storsalen", true);
        var start = daysAhead(24, 16);
        var choirs = venues.applied(CHOIR_ADMIN, oneOff(venue, choir, start, start.plus(2, ChronoUnit.HOURS)));
        assertEquals(200, venues.approve(choirs));
        var clashing = eventAt(venue, start.plus(1, ChronoUnit.HOURS));

        var refused = events.refused(HttpRequest.POST("/events/" + clashing + "/publication", "")
            .bearerAuth(fixtures.staffToken()));

        assertEquals(409, refused.get("status"));
        assertEquals("venueId", ApplicationUnderTest.firstField(refused));
        assertTrue(((String) refused.get("detail")).contains(choirs));
        assertEquals(List.of("event-drafted"), events.outboxTypesFor(clashing));

        var concert = eventAt(venue, start.plus(4, ChronoUnit.HOURS));
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + concert + "/publication", "")
            .bearerAuth(fixtures.staffToken())));
        var calendar = venues.calendar(venue, "");
        assertEquals(List.of("association", "event"), calendar.stream().map(entry -> entry.get("kind")).toList());
        assertEquals("Lesestund på biblioteket", calendar.get(1).get("eventTitle"));

        var moved = EventFixtures.eventBody();
        moved.put("venueId", venue);
        moved.put("startsAt", start.plus(1, ChronoUnit.HOURS).toString());
        moved.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        var problem = events.refused(HttpRequest.PATCH("/events/" + concert, moved).bearerAuth(
            fixtures.staffToken()));
        assertEquals("venueId", ApplicationUnderTest.firstField(problem));
        assertEquals(start.plus(4, ChronoUnit.HOURS).toString(), venues.calendar(venue, "").get(1).get("startsAt"));

        moved.put("startsAt", start.plus(6, ChronoUnit.HOURS).toString());
        moved.put("endsAt", start.plus(7, ChronoUnit.HOURS).toString());
        assertEquals(200, events.statusOf(HttpRequest.PATCH("/events/" + concert, moved)
            .bearerAuth(fixtures.staffToken())));
        assertEquals(start.plus(6, ChronoUnit.HOURS).toString(), venues.calendar(venue, "").get(1).get("startsAt"));

        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + concert + "/cancellation",
            Map.of("reason", "Artisten er syk")).bearerAuth(fixtures.staffToken())));
        assertEquals(1, venues.calendar(venue, "").size());
        assertEquals(List.of("venue-described", "room-booking-requested", "room-booked", "room-booked",
            "room-booking-cancelled", "room-booked", "room-booking-cancelled"), events.outboxTypesFor(venue));
        assertNotEquals(0, fixtures.count("select count(*) from room_booking where event_id = '" + concert + "'"));
    }

    private String eventAt(String venue, Instant start) {
        var body = EventFixtures.eventBody();
        body.put("venueId", venue);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(2, ChronoUnit.HOURS).toString());
        return fixtures.draft(body);
    }
}
