package no.samskap.events.registrations.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.registrations.Registrants;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.events.EventFixtures.RANA;
import static no.samskap.events.EventFixtures.ULLENSVANG;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private Registrants registrants;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.fixtures = new EventFixtures(events, infrastructure);
        this.registrants = new Registrants(events, fixtures);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void aPartyIsConfirmedWhenItFitsTheFreeSeatsAndOtherwiseWaitsInLine() throws SQLException {
        var id = fixtures.published(3);
        var kari = person("kari");
        var ola = person("ola");
        var per = person("per");

        var couple = registrants.register(id, kari, 1);
        var coupleWaiting = registrants.register(id, ola, 1);
        var singleFitting = registrants.register(id, person("siri"), 0);
        var singleWaiting = registrants.register(id, per, 0);

        assertEquals(List.of("confirmed", 2), List.of(couple.get("status"), couple.get("places")));
        assertEquals(List.of("waiting", 1), List.of(coupleWaiting.get("status"), coupleWaiting.get("position")));
        assertEquals("confirmed", singleFitting.get("status"));
        assertEquals(List.of("waiting", 2), List.of(singleWaiting.get("status"), singleWaiting.get("position")));
        assertEquals(Map.of("confirmed", 3, "waiting", 3, "capacity", 3, "free", 0), registrants.seats(id));
        assertEquals(List.of("event-drafted", "event-published", "registration-confirmed", "attendee-registered",
            "registration-waitlisted", "registration-confirmed", "attendee-registered", "registration-waitlisted"),
            events.outboxTypesFor(id));
        var seated = registrants.outbox(id, "attendee-registered");
        assertTrue(seated.get(0).contains("\"personId\":\"" + kari + "\"")
            && seated.get(0).contains("\"registrationId\":\"" + couple.get("id") + "\""), seated.get(0));
        assertFalse(String.join("", seated).contains(ola) || String.join("", seated).contains(per),
            "only those holding seats are attendees: " + seated);
        var waitlisted = registrants.outbox(id, "registration-waitlisted").get(1);
        assertTrue(waitlisted.contains("\"position\":2") && waitlisted.contains("\"confirmed\":3")
            && waitlisted.contains("\"waiting\":3"), waitlisted);
        assertFalse(waitlisted.contains(per), "registration messages name nobody: " + waitlisted);
        eventually(() -> assertEquals(0, fixtures.count("select count(*) from outbox_message where message_key = '"
            + id + "' and sent_at is null"), "the registration messages have not reached Kafka"));
    }

    @Test
    void anUnlimitedEventConfirmsEveryoneAndShowsNoFreeSeatCount() {
        var id = fixtures.published(null);

        assertEquals("confirmed", registrants.register(id, person("kari"), 9).get("status"));
        var seats = new HashMap<>(registrants.seats(id));

        assertEquals(10, seats.get("confirmed"));
        assertEquals(null, seats.get("capacity"));
        assertEquals(null, seats.get("free"));
    }

    @Test
    void aCancelledSeatGoesAtOnceToTheFirstWaitingWhosePartyFitsWhoIsTold() throws SQLException {
        var id = fixtures.published(3);
        var single = person("single");
        var pair = person("pair");
        var family = person("family");
        var lateSingle = person("late-single");
        registrants.register(id, single, 0);
        registrants.register(id, pair, 1);
        registrants.register(id, family, 1);
        registrants.register(id, lateSingle, 0);

        var cancelled = registrants.cancel(id, single);

        assertEquals("cancelled", cancelled.get("status"));
        assertEquals("confirmed", registrants.mine(id, lateSingle).get("status"));
        assertEquals(List.of("waiting", 1), List.of(registrants.mine(id, family).get("status"),
            registrants.mine(id, family).get("position")));
        assertEquals(1, registrants.outbox(lateSingle, "person-notified").size());
        assertTrue(registrants.outbox(lateSingle, "person-notified").get(0)
            .contains("\"kind\":\"registration-promoted\""));
        assertEquals(List.of(), registrants.outbox(family, "person-notified"));

        registrants.cancel(id, pair);

        assertEquals("confirmed", registrants.mine(id, family).get("status"));
        assertEquals(Map.of("confirmed", 3, "waiting", 0, "capacity", 3, "free", 0), registrants.seats(id));
        assertEquals(List.of("registration-cancelled", "attendee-unregistered", "registration-promoted",
            "attendee-registered", "registration-cancelled", "attendee-unregistered", "registration-promoted",
            "attendee-registered"), events.outboxTypesFor(id).subList(8, 16));
        var unseated = registrants.outbox(id, "attendee-unregistered");
        assertTrue(unseated.get(0).contains("\"personId\":\"" + single + "\"")
            && unseated.get(1).contains("\"personId\":\"" + pair + "\""), unseated.toString());
        assertTrue(registrants.outbox(id, "attendee-registered").get(2).contains("\"personId\":\"" + lateSingle
            + "\""));
        assertEquals(null, registrants.mine(id, single));
        assertEquals("waiting", registrants.register(id, single, 0).get("status"));
    }

    @Test
    void registeringIsRefusedNamingTheRuleAndNothingStoredChanges() throws SQLException {
        var open = fixtures.published(30);
        var kari = person("kari");
        registrants.register(open, kari, 0);
        var cancelled = fixtures.published(30);
        events.statusOf(HttpRequest.POST("/events/" + cancelled + "/cancellation", Map.of("reason", "Stengt."))
            .bearerAuth(fixtures.staffToken()));
        var completed = fixtures.published(30);
        fixtures.execute("update event set status = 'completed' where id = '" + completed + "'");
        var started = fixtures.published(30);
        registrants.started(started);
        var draft = fixtures.draft(EventFixtures.eventBody());
        var before = fixtures.count("select count(*) from registration");
        var outboxBefore = fixtures.count("select count(*) from outbox_message");

        assertRefused(open, kari, Map.of("companions", 0), 409, "registration");
        assertRefused(open, person("ole"), Map.of("companions", 10), 400, "companions");
        assertRefused(open, person("ole"), Map.of("companions", -1), 400, "companions");
        assertRefused(open, person("ole"), Map.of("accessibilityNeeds", Map.of("codes", List.of("heis"))), 400,
            "accessibilityNeeds.codes");
        assertRefused(open, person("ole"), Map.of("accessibilityNeeds", Map.of("note", "x".repeat(301))), 400,
            "accessibilityNeeds.note");
        for (var malformed : List.of("{\"companions\":\"two\"}", "{\"accessibilityNeeds\":\"rullestol\"}", "[")) {
            assertEquals(400, events.statusOf(HttpRequest.POST("/events/" + open + "/registrations", malformed)
                .contentType("application/json").bearerAuth(registrants.token(person("ole")))), malformed);
        }
        assertRefused(cancelled, person("ole"), Map.of(), 409, "status");
        assertRefused(completed, person("ole"), Map.of(), 409, "status");
        assertRefused(started, person("ole"), Map.of(), 409, "startsAt");
        assertRefused(draft, fixtures.staffToken(), Map.of(), 409, "status");
        var elsewhere = events.refused(HttpRequest.POST("/events/" + open + "/registrations", Map.of())
            .bearerAuth(tokens.resident(person("ullensvang"), ULLENSVANG)));
        assertEquals(403, elsewhere.get("status"));
        assertEquals("municipality", ApplicationUnderTest.firstField(elsewhere));
        for (var notThere : List.of(draft.toString(), UUID.randomUUID().toString(), "not-an-event")) {
            assertEquals(404, events.statusOf(HttpRequest.POST("/events/" + notThere + "/registrations", Map.of())
                .bearerAuth(registrants.token(person("ole")))), notThere);
        }
        assertEquals(401, events.statusOf(HttpRequest.POST("/events/" + open + "/registrations", Map.of())));
        assertEquals(before, fixtures.count("select count(*) from registration"));
        assertEquals(outboxBefore, fixtures.count("select count(*) from outbox_message"));
    }

    @Test
    void cancellingIsRefusedWithoutARegistrationOrOnceTheEventHasStarted() {
        var id = fixtures.published(30);
        var kari = person("kari");
        registrants.register(id, kari, 0);

        assertEquals(404, events.statusOf(HttpRequest.DELETE("/events/" + id + "/registrations/mine")
            .bearerAuth(registrants.token(person("nobody")))));
        registrants.started(id);
        var problem = events.refused(HttpRequest.DELETE("/events/" + id + "/registrations/mine")
            .bearerAuth(registrants.token(kari)));

        assertEquals("startsAt", ApplicationUnderTest.firstField(problem));
        assertEquals("confirmed", registrants.mine(id, kari).get("status"));
    }

    @Test
    void onlyOrganisersSeeWhoRegisteredWithTheirNamesAndNeeds() {
        var id = fixtures.published(2);
        var kari = person("kari");
        var named = tokens.sign(tokens.claims(kari, RANA, "resident").claim("name", "Kari Nordmann").build());
        var body = Map.of("companions", 1, "accessibilityNeeds", Map.of("codes", List.of("wheelchair-space"),
            "note", "Rullestol og ledsager"));
        events.client().toBlocking().exchange(HttpRequest.POST("/events/" + id + "/registrations", body)
            .bearerAuth(named));
        registrants.register(id, person("ola"), 0);

        var roster = events.client().toBlocking().retrieve(HttpRequest.GET("/events/" + id + "/registrations")
            .bearerAuth(fixtures.staffToken()), Map.class);

        @SuppressWarnings("unchecked")
        var list = (List<Map<String, Object>>) roster.get("registrations");
        assertEquals(List.of("Kari Nordmann", "confirmed", 2), List.of(list.get(0).get("displayName"),
            list.get(0).get("status"), list.get(0).get("places")));
        assertEquals(Map.of("codes", List.of("wheelchair-space"), "note", "Rullestol og ledsager"),
            list.get(0).get("accessibilityNeeds"));
        assertEquals(List.of("waiting", 1), List.of(list.get(1).get("status"), list.get(1).get("position")));
        assertEquals(Map.of("confirmed", 2, "waiting", 1, "capacity", 2, "free", 0), roster.get("seats"));
        assertEquals(403, events.statusOf(HttpRequest.GET("/events/" + id + "/registrations").bearerAuth(named)));
        assertEquals(403, events.statusOf(HttpRequest.GET("/events/" + id + "/registrations")
            .bearerAuth(tokens.staff("ullensvang-staff", ULLENSVANG))));
        assertEquals(401, events.statusOf(HttpRequest.GET("/events/" + id + "/registrations")));
        assertFalse(String.join("", registrants.outbox(id, "registration-confirmed")).contains("wheelchair"));
    }

    @Test
    void myRegistrationsListMyOwnWithTheEventAndMyPlaceInLine() {
        var full = fixtures.published(1);
        var open = fixtures.published(10);
        var kari = person("kari");
        registrants.register(full, person("first"), 0);
        registrants.register(full, kari, 0);
        registrants.register(open, kari, 2);

        var mine = events.client().toBlocking().retrieve(HttpRequest.GET("/me/registrations")
            .bearerAuth(registrants.token(kari)), Argument.listOf(Map.class));

        assertEquals(List.of(open, full), mine.stream().map(registration -> registration.get("eventId")).toList());
        assertEquals(List.of("confirmed", 3, "Lesestund på biblioteket"), List.of(mine.get(0).get("status"),
            mine.get(0).get("places"), mine.get(0).get("eventTitle")));
        assertEquals(List.of("waiting", 1), List.of(mine.get(1).get("status"), mine.get(1).get("position")));
        assertEquals(401, events.statusOf(HttpRequest.GET("/me/registrations")));
    }

    @Test
    void theSeatsOfADraftAreHiddenFromThePublic() {
        var draft = fixtures.draft(EventFixtures.eventBody());

        assertEquals(404, events.statusOf(HttpRequest.GET("/events/" + draft + "/seats")));
        assertEquals(200, events.statusOf(HttpRequest.GET("/events/" + draft + "/seats")
            .bearerAuth(fixtures.staffToken())));
    }

    @Test
    void organisersCheckPeopleInOnceAndTheCompletedEventCountsThoseWhoCame() throws SQLException {
        var id = fixtures.published(3);
        var family = registrants.register(id, person("family"), 2);
        var waiting = registrants.register(id, person("late"), 0);
        var checkIn = "/events/" + id + "/registrations/" + family.get("id") + "/check-in";

        assertEquals(403, events.statusOf(HttpRequest.POST(checkIn, "").bearerAuth(registrants.token(
            person("someone")))));
        var first = events.client().toBlocking().retrieve(HttpRequest.POST(checkIn, "")
            .bearerAuth(fixtures.staffToken()), Map.class);
        var again = events.client().toBlocking().retrieve(HttpRequest.POST(checkIn, "")
            .bearerAuth(fixtures.staffToken()), Map.class);
        var notSeated = events.refused(HttpRequest.POST("/events/" + id + "/registrations/" + waiting.get("id")
            + "/check-in", "").bearerAuth(fixtures.staffToken()));

        assertEquals(first.get("checkedInAt"), again.get("checkedInAt"));
        assertEquals("status", ApplicationUnderTest.firstField(notSeated));
        assertEquals(List.of("event-drafted", "event-published", "registration-confirmed", "attendee-registered",
            "registration-waitlisted", "attendee-checked-in"), events.outboxTypesFor(id));
        var came = registrants.outbox(id, "attendee-checked-in").get(0);
        assertTrue(came.contains("\"registrationId\":\"" + family.get("id") + "\"")
            && came.contains("\"checkedInAt\":\"" + first.get("checkedInAt") + "\""), came);
        assertEquals(404, events.statusOf(HttpRequest.POST("/events/" + id + "/registrations/"
            + UUID.randomUUID() + "/check-in", "").bearerAuth(fixtures.staffToken())));
        registrants.started(id);
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/completion", "")
            .bearerAuth(fixtures.staffToken())));
        var completed = registrants.outbox(id, "event-completed").get(0);
        assertTrue(completed.contains("\"attended\":3"), completed);
    }

    @Test
    void organisersRecordAWalkInOnceTheEventHasStartedAndUntilFourteenDaysAfterCompletion() {
        var id = fixtures.published(3);
        var registered = person("registered");
        registrants.register(id, registered, 0);
        var walkIns = "/events/" + id + "/walk-ins";
        var neighbour = person("neighbour");

        assertEquals("startsAt", walkInRefused(id, walkIn(neighbour, 0), 409));
        registrants.started(id);
        assertEquals(403, events.statusOf(HttpRequest.POST(walkIns, walkIn(neighbour, 0))
            .bearerAuth(registrants.token(person("someone")))));
        var came = events.client().toBlocking().retrieve(HttpRequest.POST(walkIns, walkIn(neighbour, 1))
            .bearerAuth(fixtures.staffToken()), Map.class);

        assertEquals(neighbour, came.get("personId"));
        assertEquals("confirmed", came.get("status"));
        assertEquals(2, came.get("places"));
        var told = registrants.outbox(id, "attendee-checked-in");
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("\"personId\":\"" + neighbour + "\""), told.get(0));
        assertEquals(1, registrants.outbox(id, "attendee-registered").size(), "only the registrant registered");
        assertEquals(200, events.statusOf(HttpRequest.POST("/events/" + id + "/completion", "")
            .bearerAuth(fixtures.staffToken())));
        assertTrue(registrants.outbox(id, "event-completed").get(0).contains("\"attended\":2"));
        var late = person("late");
        assertEquals(201, events.statusOf(HttpRequest.POST(walkIns, walkIn(late, 0))
            .bearerAuth(fixtures.staffToken())));
        assertEquals(true, registrants.mine(id, late).get("checkedIn"));
        fixtures.execute("update event set completed_at = now() - interval '14 days 1 minute' where id = '" + id + "'");
        assertEquals("completedAt", walkInRefused(id, walkIn(person("too-late"), 0), 409));
    }

    @Test
    void aWalkInIsRefusedNamingTheRuleAndNothingStoredChanges() {
        var id = fixtures.published(3);
        var registered = person("registered");
        registrants.register(id, registered, 0);
        registrants.started(id);
        events.statusOf(HttpRequest.POST("/events/" + id + "/walk-ins", walkIn(person("pair"), 1))
            .bearerAuth(fixtures.staffToken()));
        var before = fixtures.count("select count(*) from registration where event_id = '" + id + "'");
        var outboxBefore = registrants.outbox(id, "attendee-checked-in").size();

        assertEquals("personId", walkInRefused(id, walkIn(registered, 0), 409));
        assertEquals("capacity", walkInRefused(id, walkIn(person("one-too-many"), 1), 409));
        assertEquals("personId", walkInRefused(id, walkIn(" ", 0), 400));
        assertEquals("displayName", walkInRefused(id, Map.of("personId", person("nameless")), 400));
        assertEquals("companions", walkInRefused(id, walkIn(person("crowd"), 10), 400));
        assertEquals(before, fixtures.count("select count(*) from registration where event_id = '" + id + "'"));
        assertEquals(outboxBefore, registrants.outbox(id, "attendee-checked-in").size());
        fixtures.execute("update event set status = 'cancelled', cancellation_reason = 'Stengt' where id = '" + id
            + "'");
        assertEquals("status", walkInRefused(id, walkIn(person("after-cancel"), 0), 409));
    }

    @Test
    void aCancelledEventTellsEveryRegistrantWhyButNotThoseWhoCancelled() {
        var id = fixtures.published(1);
        var seated = person("seated");
        var waiting = person("waiting");
        var left = person("left");
        registrants.register(id, seated, 0);
        registrants.register(id, waiting, 0);
        registrants.register(id, left, 0);
        registrants.cancel(id, left);

        events.statusOf(HttpRequest.POST("/events/" + id + "/cancellation", Map.of("reason", "Salen er stengt."))
            .bearerAuth(fixtures.staffToken()));

        for (var told : List.of(seated, waiting)) {
            var notices = registrants.outbox(told, "person-notified");
            assertEquals(1, notices.size(), told);
            assertTrue(notices.get(0).contains("\"kind\":\"event-cancelled\"")
                && notices.get(0).contains("Salen er stengt.") && notices.get(0).contains("\"type\":\"event\""),
                notices.get(0));
        }
        assertEquals(List.of(), registrants.outbox(left, "person-notified"));
        assertEquals(List.of(), registrants.outbox(id, "attendee-unregistered"),
            "leaving the waitlist gives up no seats");
    }

    @Test
    void theCapacityCannotDropBelowTheSeatsConfirmedAndMoreSeatsPromoteThoseWaiting() {
        var id = fixtures.published(3);
        registrants.register(id, person("family"), 2);
        var waiting = person("waiting");
        registrants.register(id, waiting, 1);
        var body = EventFixtures.eventBody();
        body.put("capacity", 2);

        var problem = events.refused(HttpRequest.PATCH("/events/" + id, body).bearerAuth(fixtures.staffToken()));

        assertEquals(422, problem.get("status"));
        assertEquals("capacity", ApplicationUnderTest.firstField(problem));
        assertEquals(3, registrants.seats(id).get("capacity"));
        body.put("capacity", 5);
        assertEquals(200, events.statusOf(HttpRequest.PATCH("/events/" + id, body)
            .bearerAuth(fixtures.staffToken())));
        assertEquals("confirmed", registrants.mine(id, waiting).get("status"));
        assertEquals(Map.of("confirmed", 5, "waiting", 0, "capacity", 5, "free", 0), registrants.seats(id));
        assertEquals(1, registrants.outbox(waiting, "person-notified").size());
        var seated = registrants.outbox(id, "attendee-registered");
        assertEquals(2, seated.size());
        assertTrue(seated.get(1).contains("\"personId\":\"" + waiting + "\""), seated.get(1));
    }

    private void assertRefused(String eventId, String personOrToken, Map<String, Object> body, int status,
                               String field) {
        var token = personOrToken.contains(".") ? personOrToken : registrants.token(personOrToken);
        var problem = events.refused(HttpRequest.POST("/events/" + eventId + "/registrations", body)
            .bearerAuth(token));
        assertEquals(status, problem.get("status"), body.toString());
        assertEquals(field, ApplicationUnderTest.firstField(problem), body.toString());
    }

    private String walkInRefused(String eventId, Map<String, Object> body, int status) {
        var problem = events.refused(HttpRequest.POST("/events/" + eventId + "/walk-ins", body)
            .bearerAuth(fixtures.staffToken()));
        assertEquals(status, problem.get("status"), body.toString());
        return ApplicationUnderTest.firstField(problem);
    }

    private static Map<String, Object> walkIn(String personId, int companions) {
        return Map.of("personId", personId, "displayName", "Kari " + personId, "companions", companions);
    }

    private static String person(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
