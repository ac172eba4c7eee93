package no.samskap.events.shifts.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.organisations.AttestExpired;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.events.EventFixtures.RANA;
import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private MessagesOnKafka kafka;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.kafka = new MessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        kafka.close();
        fixtures.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisersCreateShiftsInNorwegianTimeThatEveryoneSeesAsCountsWithoutNames() throws SQLException {
        var event = fixtures.published(30);
        var body = shiftBody(2);
        body.put("startsAt", "2027-03-27T17:30");
        body.put("endsAt", "2027-03-27T20:00");
        body.put("teamLeaderId", "rana-leader");

        var created = events.client().toBlocking().exchange(HttpRequest.POST("/events/" + event + "/shifts", body)
            .bearerAuth(fixtures.staffToken()), Map.class);
        assertEquals(201, created.code());
        signUp((String) created.body().get("id"), "list-volunteer", Map.of());

        var list = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + event + "/shifts"),
            Argument.listOf(Map.class));
        var shift = (Map<String, Object>) list.get(0);
        assertEquals("Kiosk", shift.get("role"));
        assertEquals("2027-03-27T16:30:00Z", shift.get("startsAt"));
        assertEquals(2, shift.get("needed"));
        assertEquals(1, shift.get("filled"));
        assertEquals(0, shift.get("waiting"));
        assertFalse(shift.containsKey("teamLeaderId"));
        assertFalse(list.toString().contains("list-volunteer"));
        assertEquals(List.of("event-drafted", "event-published", "shift-created", "shift-signed-up"),
            events.outboxTypesFor(event));
        assertEquals(403, events.statusOf(HttpRequest.POST("/events/" + event + "/shifts", shiftBody(2))
            .bearerAuth(tokens.resident("not-an-organiser", RANA))));
        assertEquals(401, events.statusOf(HttpRequest.POST("/events/" + event + "/shifts", shiftBody(2))));
    }

    @Test
    void badShiftsAreRefusedFieldByFieldAndNothingIsStored() {
        var event = fixtures.published(30);
        for (var wrong : List.of(Map.entry("role", " "), Map.entry("startsAt", "i morgen"),
            Map.entry("endsAt", "2020-01-01T10:00"), Map.entry("needed", 0), Map.entry("minimumAge", 0),
            Map.entry("teamLeaderId", "x".repeat(201)))) {
            var body = shiftBody(2);
            body.put(wrong.getKey(), wrong.getValue());

            var problem = events.refused(HttpRequest.POST("/events/" + event + "/shifts", body)
                .bearerAuth(fixtures.staffToken()));

            assertEquals(400, problem.get("status"), wrong.toString());
            assertEquals(wrong.getKey(), firstField(problem));
        }
        assertEquals(0, fixtures.count("select count(*) from shift where event_id = '" + event + "'"));
    }

    @Test
    void aFullShiftKeepsAWaitlistAndTheFirstWaitingMovesInAtOnceWhenSomeoneLeaves() throws SQLException {
        var event = fixtures.published(30);
        var shift = createShift(event, shiftBody(1));

        assertEquals("placed", signUp(shift, "backfill-1", Map.of()).get("status"));
        var second = signUp(shift, "backfill-2", Map.of());
        var third = signUp(shift, "backfill-3", Map.of());
        assertEquals("waiting", second.get("status"));
        assertEquals(1, second.get("waitingPosition"));
        assertEquals(2, third.get("waitingPosition"));
        var twice = events.refused(HttpRequest.POST("/shifts/" + shift + "/sign-ups", Map.of())
            .bearerAuth(tokens.resident("backfill-1", RANA)));
        assertEquals(409, twice.get("status"));

        assertEquals(204, events.statusOf(HttpRequest.DELETE("/shifts/" + shift + "/sign-ups/mine")
            .bearerAuth(tokens.resident("backfill-1", RANA))));

        assertEquals("placed", myShift("backfill-2", shift).get("status"));
        assertEquals(1, myShift("backfill-3", shift).get("waitingPosition"));
        assertEquals(1, notices("backfill-2", "shift-moved-in"));
        assertEquals(0, notices("backfill-3", "shift-moved-in"));
        assertEquals(List.of("event-drafted", "event-published", "shift-created", "shift-signed-up", "shift-filled",
            "shift-signed-up", "shift-signed-up", "shift-left"), events.outboxTypesFor(event));
        assertEquals(404, events.statusOf(HttpRequest.DELETE("/shifts/" + shift + "/sign-ups/mine")
            .bearerAuth(tokens.resident("backfill-1", RANA))));
    }

    @Test
    void aShiftThatNeedsAnAttestTakesOnlyVolunteersWithASightingThatHoldsOnItsDay() {
        var event = fixtures.published(30);
        var body = shiftBody(3);
        body.put("attestRequired", true);
        var shift = createShift(event, body);
        var association = fixtures.verifiedAssociation("attest-admin", RANA);

        var refused = events.refused(signUpRequest(shift, "attest-volunteer", Map.of()));
        assertEquals(422, refused.get("status"));
        assertEquals("attest", firstField(refused));

        fixtures.sighted(association, "attest-volunteer", RANA);
        assertEquals("placed", signUp(shift, "attest-volunteer", Map.of()).get("status"));

        fixtures.sighted(association, "expired-volunteer", RANA);
        kafka.send(OrganisationsMessages.ATTEST_EXPIRED, UUID.randomUUID(), Instant.now(), RANA, "expired-volunteer",
            new AttestExpired(association, "expired-volunteer", "barn-og-unge", LocalDate.now()));
        eventually(() -> assertEquals(0, fixtures.count(
            "select count(*) from attest_sighting where volunteer_id = 'expired-volunteer'")));
        assertEquals("attest", firstField(events.refused(signUpRequest(shift, "expired-volunteer", Map.of()))));
        assertEquals(1, fixtures.count("select count(*) from shift_sign_up where shift_id = '" + shift + "'"));
    }

    @Test
    void aMinimumAgeTakesABirthYearOrTheVolunteersWordAndAnAssociationOnlyFromItsMembers() {
        var event = fixtures.published(30);
        var body = shiftBody(5);
        body.put("minimumAge", 18);
        body.put("startsAt", "2027-06-01T18:00");
        body.put("endsAt", "2027-06-01T21:00");
        var shift = createShift(event, body);
        var association = fixtures.verifiedAssociation("age-admin", RANA);

        assertEquals("minimumAge", firstField(events.refused(signUpRequest(shift, "age-1", Map.of()))));
        assertEquals("minimumAge", firstField(events.refused(signUpRequest(shift, "age-1",
            Map.of("birthYear", 2010)))));
        assertEquals("birthYear", firstField(events.refused(signUpRequest(shift, "age-1",
            Map.of("birthYear", 1850)))));
        assertEquals("associationId", firstField(events.refused(signUpRequest(shift, "age-1",
            Map.of("birthYear", 1990, "associationId", association)))));
        assertEquals("placed", signUp(shift, "age-1", Map.of("birthYear", 2009)).get("status"));
        assertEquals("placed", signUp(shift, "age-2", Map.of("confirmsMinimumAge", true)).get("status"));
        assertEquals(association, signUp(shift, "age-admin", Map.of("confirmsMinimumAge", true,
            "associationId", association)).get("associationId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVolunteerWhoIsLateIsSeenAtOnceByTheTeamLeaderWhoIsTold() {
        var event = fixtures.published(30);
        var body = shiftBody(2);
        body.put("teamLeaderId", "late-leader");
        var shift = createShift(event, body);
        signUp(shift, "late-volunteer", Map.of());

        var refused = events.refused(HttpRequest.POST("/shifts/" + shift + "/sign-ups/mine/absence",
            Map.of("kind", "late", "note", "Bussen")).bearerAuth(tokens.resident("late-volunteer", RANA)));
        assertEquals("minutesLate", firstField(refused));
        var reported = events.client().toBlocking().retrieve(HttpRequest.POST("/shifts/" + shift
                + "/sign-ups/mine/absence", Map.of("kind", "late", "note", "Bussen er sen", "minutesLate", 20))
            .bearerAuth(tokens.resident("late-volunteer", RANA)), Map.class);
        assertEquals("late", ((Map<String, Object>) reported.get("absence")).get("kind"));

        var roster = events.client().toBlocking().retrieve(HttpRequest.GET("/shifts/" + shift + "/sign-ups")
            .bearerAuth(tokens.resident("late-leader", RANA)), Map.class);
        var signUp = ((List<Map<String, Object>>) roster.get("signUps")).get(0);
        var absence = (Map<String, Object>) signUp.get("absence");
        assertEquals("late-volunteer", signUp.get("volunteerId"));
        assertEquals("Bussen er sen", absence.get("note"));
        assertEquals(20, absence.get("minutesLate"));
        assertEquals(1, notices("late-leader", "shift-volunteer-late"));
        assertEquals(200, events.statusOf(HttpRequest.GET("/shifts/" + shift + "/sign-ups")
            .bearerAuth(fixtures.staffToken())));
        assertEquals(403, events.statusOf(HttpRequest.GET("/shifts/" + shift + "/sign-ups")
            .bearerAuth(tokens.resident("late-volunteer", RANA))));
        assertEquals(401, events.statusOf(HttpRequest.GET("/shifts/" + shift + "/sign-ups")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamLeaderSeesVolunteersByTheNameTheirTokenGaveAtSignUpAndNoMessageCarriesIt() {
        var event = fixtures.published(30);
        var body = shiftBody(2);
        body.put("teamLeaderId", "named-leader");
        var shift = createShift(event, body);
        var named = tokens.sign(tokens.claims("named-volunteer", RANA, "resident").claim("name", "Kari Nordmann")
            .build());
        assertEquals(201, events.statusOf(HttpRequest.POST("/shifts/" + shift + "/sign-ups", Map.of())
            .bearerAuth(named)));
        signUp(shift, "nameless-volunteer", Map.of());

        var roster = events.client().toBlocking().retrieve(HttpRequest.GET("/shifts/" + shift + "/sign-ups")
            .bearerAuth(tokens.resident("named-leader", RANA)), Map.class);
        var signUps = (List<Map<String, Object>>) roster.get("signUps");

        assertEquals("Kari Nordmann", signUps.get(0).get("volunteerName"));
        assertEquals("named-volunteer", signUps.get(0).get("volunteerId"));
        assertEquals("nameless-volunteer", signUps.get(1).get("volunteerName"));
        assertEquals(0, fixtures.count("select count(*) from outbox_message "
            + "where envelope::text like '%Kari Nordmann%'"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisersChangeAShiftsRoleTimesAndPlacesAndMorePlacesMoveTheWaitingInAtOnce() throws SQLException {
        var event = fixtures.published(30);
        var shift = createShift(event, shiftBody(1));
        signUp(shift, "change-1", Map.of());
        signUp(shift, "change-2", Map.of());
        signUp(shift, "change-3", Map.of());
        var starts = Instant.now().plus(8, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        var changed = events.client().toBlocking().retrieve(HttpRequest.PATCH("/shifts/" + shift, Map.of(
                "role", "Kiosk og billettkontroll", "startsAt", starts.toString(),
                "endsAt", starts.plus(3, ChronoUnit.HOURS).toString(), "needed", 2))
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals("Kiosk og billettkontroll", changed.get("role"));
        assertEquals(starts.toString(), changed.get("startsAt"));
        assertEquals(2, changed.get("needed"));
        assertEquals(2, changed.get("filled"));
        assertEquals(1, changed.get("waiting"));
        assertEquals("placed", myShift("change-2", shift).get("status"));
        assertEquals(1, myShift("change-3", shift).get("waitingPosition"));
        assertEquals(1, notices("change-2", "shift-moved-in"));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where message_type = '"
            + EventsMessages.SHIFT_CHANGED.name() + "' and envelope::jsonb -> 'payload' ->> 'shiftId' = '" + shift
            + "' and envelope::jsonb -> 'payload' -> 'movedInIds' = '[\"change-2\"]'::jsonb"
            + " and envelope::jsonb -> 'payload' ->> 'filled' = '2'"));
    }

    @Test
    void aShiftNeverNeedsFewerPlacesThanAreTakenAndOnlyItsOrganisersChangeIt() {
        var event = fixtures.published(30);
        var body = shiftBody(3);
        body.put("teamLeaderId", "patch-leader");
        var shift = createShift(event, body);
        signUp(shift, "patch-1", Map.of());
        signUp(shift, "patch-2", Map.of());

        var fewer = events.refused(HttpRequest.PATCH("/shifts/" + shift, Map.of("needed", 1))
            .bearerAuth(fixtures.staffToken()));
        var past = events.refused(HttpRequest.PATCH("/shifts/" + shift, Map.of("startsAt", "2020-01-01T10:00"))
            .bearerAuth(fixtures.staffToken()));

        assertEquals(422, fewer.get("status"));
        assertEquals("needed", firstField(fewer));
        assertEquals("endsAt", firstField(past));
        assertEquals(200, events.statusOf(HttpRequest.PATCH("/shifts/" + shift, Map.of("needed", 2))
            .bearerAuth(fixtures.staffToken())));
        assertEquals(403, events.statusOf(HttpRequest.PATCH("/shifts/" + shift, Map.of("needed", 5))
            .bearerAuth(tokens.resident("patch-leader", RANA))));
        assertEquals(404, events.statusOf(HttpRequest.PATCH("/shifts/" + UUID.randomUUID(), Map.of("needed", 5))
            .bearerAuth(fixtures.staffToken())));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where message_type = 'shift-changed' "
            + "and envelope::text like '%" + shift + "%'"));
    }

    @Test
    void theTeamLeaderChecksAVolunteerInOnceAndTheHoursTravelAsAMessage() throws SQLException {
        var event = eventStartingSoon();
        var association = fixtures.verifiedAssociation("checkin-volunteer", RANA);
        var starts = Instant.now().plus(60, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        var body = shiftBody(2);
        body.put("teamLeaderId", "checkin-leader");
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(150, ChronoUnit.MINUTES).toString());
        var shift = createShift(event, body);
        signUp(shift, "checkin-volunteer", Map.of("associationId", association));
        var checkIn = "/shifts/" + shift + "/sign-ups/checkin-volunteer/check-in";

        assertEquals(403, events.statusOf(HttpRequest.POST(checkIn, "")
            .bearerAuth(tokens.resident("checkin-volunteer", RANA))));
        var first = events.client().toBlocking().retrieve(HttpRequest.POST(checkIn, "")
            .bearerAuth(tokens.resident("checkin-leader", RANA)), Map.class);
        var second = events.client().toBlocking().retrieve(HttpRequest.POST(checkIn, "")
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertNotNull(first.get("checkedInAt"));
        assertEquals(first.get("checkedInAt"), second.get("checkedInAt"));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where message_key = '" + event
            + "' and message_type = 'shift-checked-in' and envelope::jsonb -> 'payload' ->> 'volunteerId' = "
            + "'checkin-volunteer' and envelope::jsonb -> 'payload' ->> 'associationId' = '" + association + "'"));
        assertEquals(true, myShift("checkin-volunteer", shift).get("checkedInAt") != null);
        assertEquals(404, events.statusOf(HttpRequest.POST("/shifts/" + shift + "/sign-ups/nobody/check-in", "")
            .bearerAuth(fixtures.staffToken())));
        assertEquals("checkedIn", firstField(events.refused(HttpRequest.DELETE("/shifts/" + shift
            + "/sign-ups/mine").bearerAuth(tokens.resident("checkin-volunteer", RANA)))));
    }

    @Test
    void whenTheEventIsCancelledItsVolunteersAreToldAndNobodySignsUpAnyMore() {
        var event = fixtures.published(30);
        var shift = createShift(event, shiftBody(1));
        signUp(shift, "cancel-placed", Map.of());
        signUp(shift, "cancel-waiting", Map.of());

        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + event + "/cancellation",
            Map.of("reason", "Salen er stengt.")).bearerAuth(fixtures.staffToken())));

        assertEquals(1, notices("cancel-placed", "shift-event-cancelled"));
        assertEquals(1, notices("cancel-waiting", "shift-event-cancelled"));
        assertEquals("status", firstField(events.refused(signUpRequest(shift, "cancel-late", Map.of()))));
    }

    @Test
    void theShiftsOfADraftDoNotExistForVolunteers() {
        var draft = fixtures.draft(EventFixtures.eventBody());
        var shift = createShift(draft, shiftBody(2));

        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + draft + "/shifts")));
        assertEquals(404, events.statusOf(signUpRequest(shift, "draft-volunteer", Map.of())));
        assertEquals(404, events.statusOf(HttpRequest.POST("/shifts/" + UUID.randomUUID() + "/sign-ups", Map.of())
            .bearerAuth(tokens.resident("draft-volunteer", RANA))));
    }

    private String eventStartingSoon() {
        var body = EventFixtures.eventBody();
        var starts = Instant.now().plus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(3, ChronoUnit.HOURS).toString());
        var id = fixtures.draft(body);
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(fixtures.staffToken())));
        return id;
    }

    private static Map<String, Object> shiftBody(int needed) {
        var starts = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var body = new HashMap<String, Object>();
        body.put("role", "Kiosk");
        body.put("startsAt", starts.minus(1, ChronoUnit.HOURS).toString());
        body.put("endsAt", starts.plus(2, ChronoUnit.HOURS).toString());
        body.put("needed", needed);
        return body;
    }

    private String createShift(String event, Map<String, Object> body) {
        return (String) events.client().toBlocking().retrieve(HttpRequest.POST("/events/" + event + "/shifts", body)
            .bearerAuth(fixtures.staffToken()), Map.class).get("id");
    }

    private HttpRequest<?> signUpRequest(String shift, String volunteer, Map<String, Object> body) {
        return HttpRequest.POST("/shifts/" + shift + "/sign-ups", body).bearerAuth(tokens.resident(volunteer, RANA));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> signUp(String shift, String volunteer, Map<String, Object> body) {
        var response = events.client().toBlocking().exchange(signUpRequest(shift, volunteer, body), Map.class);
        assertEquals(201, response.code());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> myShift(String volunteer, String shift) {
        var mine = events.client().toBlocking().retrieve(HttpRequest.GET("/me/shifts")
            .bearerAuth(tokens.resident(volunteer, RANA)), Argument.listOf(Map.class));
        return mine.stream().filter(entry -> shift.equals(entry.get("shiftId"))).findFirst()
            .orElseThrow(() -> new AssertionError(volunteer + " has no sign-up for " + shift + ": " + mine));
    }

    private long notices(String person, String kind) {
        return fixtures.count("select count(*) from outbox_message where message_key = '" + person
            + "' and message_type = 'person-notified' and envelope::jsonb -> 'payload' ->> 'kind' = '" + kind + "'");
    }
}
