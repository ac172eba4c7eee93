package no.samskap.gateway.events;

import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.Seats;
import no.samskap.gateway.EventStreamLines;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.PageSections;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.events.live.EventChanges;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static no.samskap.gateway.events.EventMessagesOnKafka.SATURDAY_EVENING;
import static no.samskap.gateway.events.EventMessagesOnKafka.concert;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's page and what a resident does there, relayed to a stand-in events service: the facts in plain words,
 * registering and cancelling with their own token, their standing and place on the waitlist, signing up for a shift,
 * my page, the iCalendar files, and the seats kept live.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPageIT {

    private static final String RANA = "1833";
    private static final Person RESIDENT = Person.ranaResident();

    private final String eventId = UUID.randomUUID().toString();
    private final String shiftId = UUID.randomUUID().toString();
    private final String choirId = UUID.randomUUID().toString();
    private final String ideaId = UUID.randomUUID().toString();

    private StandInProposals service;
    private GatewayUnderTest gateway;
    private EventMessagesOnKafka events;
    private AssociationMessagesOnKafka associations;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        service = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.events-url", service.url(),
            "samskap-gateway.read-your-writes.timeout", "10s"));
        events = new EventMessagesOnKafka(infrastructure);
        associations = new AssociationMessagesOnKafka(infrastructure);
        forms = new FormPosts(gateway);
        associations.registered(choirId, RANA, "974760673", "Mo Songkor", "kor", "choir-admin");
        var concert = concert("Vårkonsert", SATURDAY_EVENING);
        events.published(eventId, RANA, new EventFacts(concert.title(), concert.description(), concert.hostingUnit(),
            List.of(choirId), List.of(ideaId), concert.venueId(), concert.venueName(), concert.venueAddress(),
            concert.startsAt(), concert.endsAt(), concert.audience(), List.of(), concert.priceNok(), 120,
            concert.accessibility()));
        events.confirmed(eventId, RANA, 2, new Seats(20, 0, 120));
        events.shiftCreated(eventId, RANA, shiftId, "Billettkontroll", 2, 16);
        eventually(() -> assertAll(
            () -> assertTrue(gateway.get("/api/events/" + eventId).body().contains("\"confirmed\":20")),
            () -> assertTrue(gateway.get("/api/events/" + eventId + "/shifts").body().contains("Billettkontroll")),
            () -> assertTrue(gateway.get("/arrangementer/" + eventId).body().contains("Mo Songkor"))));
    }

    @AfterAll
    void stop() {
        associations.close();
        events.close();
        gateway.close();
        service.close();
    }

    @Test
    void showsTheFactsInPlainWordsWithCoHostsIdeasShiftsAndCalendarLinks() {
        var page = gateway.get("/arrangementer/" + eventId).body();
        var english = gateway.get("/arrangementer/" + eventId + "?lang=en").body();
        assertAll(
            () -> assertTrue(page.contains("lørdag 27. mars 2027 kl. 18.00–20.00"), page),
            () -> assertTrue(page.contains("Kulturhuset</dd>")),
            () -> assertTrue(page.contains("<bdi>Mo Songkor</bdi>")),
            () -> assertTrue(page.contains("Kulturhuset, Kulturgata 1, Mo i Rana")),
            () -> assertTrue(page.contains("Trinnfri adkomst: du kommer inn uten trapper")),
            () -> assertTrue(page.contains("kr 150")),
            () -> assertTrue(page.contains("120 plasser")),
            () -> assertTrue(page.contains("id=\"event-seats\" data-stream=\"/api/events/changes?event=" + eventId)),
            () -> assertTrue(page.contains("href=\"/ideer/" + ideaId + "\"")),
            () -> assertTrue(page.contains("Billettkontroll")),
            () -> assertTrue(page.contains("Du må være minst 16 år.")),
            () -> assertTrue(page.contains("href=\"/arrangementer/" + eventId + "/kalender.ics\"")),
            () -> assertTrue(page.contains("href=\"/kommuner/1833/arrangementer/kalender.ics\"")),
            () -> assertTrue(page.contains("Logg inn for å melde deg på")),
            () -> assertTrue(page.contains("<script src=\"" + Assets.bundled().url("event-seats.js") + "\" defer>")),
            () -> assertTrue(english.contains("Saturday 27 March 2027 at 18:00–20:00")),
            () -> assertTrue(english.contains("Step-free access: you get in without stairs")),
            () -> assertTrue(english.contains("NOK 150")));
    }

    @Test
    void relaysARegistrationWithThePersonsTokenAndAnswersOnceTheSeatsShowIt() {
        service.answer("POST", "/events/" + eventId + "/registrations", Answer.json(201, """
            {"id":"%s","eventId":"%s","status":"confirmed","position":null,"companions":2,"places":3}"""
            .formatted(UUID.randomUUID(), eventId)).thenRun(() -> events.confirmed(eventId, RANA, 3,
                new Seats(23, 0, 120))));

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/pamelding", FormPosts.form(Map.of(
            "companions", "2", "needs", "wheelchair-space", "note", "Kommer med rullator.")));

        var call = service.lastCallTo("/events/" + eventId + "/registrations");
        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals(Optional.of("/arrangementer/" + eventId + "?pamelding=mottatt#registration"),
                response.headers().firstValue("Location")),
            () -> assertTrue(call.authorization().startsWith("Bearer ")),
            () -> assertTrue(call.body().contains("\"companions\":2"), call.body()),
            () -> assertTrue(call.body().contains("\"codes\":[\"wheelchair-space\"]"), call.body()),
            () -> assertTrue(call.body().contains("\"note\":\"Kommer med rullator.\"")),
            () -> assertTrue(gateway.get("/arrangementer/" + eventId).body().contains("97 ledige plasser"),
                "read your own write"));
    }

    @Test
    void refusesCompanionsOutOfRangeWithoutAskingTheServiceAndKeepsWhatWasTyped() {
        var posted = service.callsTo("/events/" + eventId + "/registrations").size();

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/pamelding", FormPosts.form(Map.of(
            "companions", "12", "note", "Vi er mange.")));

        assertAll(
            () -> assertEquals(422, response.statusCode()),
            () -> assertTrue(response.body().contains("Skriv et antall ledsagere fra 0 til 9.")),
            () -> assertTrue(response.body().contains("aria-describedby=\"companions-hint companions-error\"")),
            () -> assertTrue(response.body().contains("Vi er mange.")),
            () -> assertEquals(posted, service.callsTo("/events/" + eventId + "/registrations").size()));
    }

    @Test
    void showsTheServicesRefusalBesideTheFieldItNames() {
        service.answer("POST", "/events/" + eventId + "/registrations", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "detail":"invalid","errors":[{"field":"accessibilityNeeds.note","message":"must be at most 300 characters"}]}"""));

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/pamelding", FormPosts.form(Map.of(
            "companions", "0", "note", "Langt")));

        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(response.body().contains("id=\"note-error\">Skriv høyst 300 tegn.")),
            () -> assertTrue(response.body().contains("href=\"#note\"")));
    }

    @Test
    void showsThePersonsOwnPlaceOnTheWaitlistAndLetsThemCancel() {
        service.answer("GET", "/events/" + eventId + "/registrations/mine", Answer.json(200, """
            {"id":"r1","eventId":"%s","eventTitle":"Vårkonsert","status":"waiting","position":2,"companions":1,
             "places":2,"registeredAt":"2026-12-01T10:00:00Z","checkedIn":false}""".formatted(eventId)));
        service.answer("DELETE", "/events/" + eventId + "/registrations/mine", Answer.json(200, """
            {"id":"r1","eventId":"%s","status":"cancelled","places":2}""".formatted(eventId))
            .thenRun(() -> events.confirmed(eventId, RANA, 1, new Seats(24, 0, 120))));

        var page = forms.get(RESIDENT, "/arrangementer/" + eventId).body();
        var cancel = forms.post(RESIDENT, "/arrangementer/" + eventId + "/pamelding/avmelding", "");

        service.answer("GET", "/events/" + eventId + "/registrations/mine", Answer.problem(404,
            "{\"status\":404,\"detail\":\"you are not registered for this event\"}"));
        assertAll(
            () -> assertTrue(page.contains("Du er nummer 2 på ventelisten."), page),
            () -> assertTrue(page.contains("id=\"cancel-registration\"")),
            () -> assertFalse(page.contains("id=\"registration-form\"")),
            () -> assertEquals(303, cancel.statusCode(), cancel.body()),
            () -> assertEquals("DELETE", service.lastCallTo("/events/" + eventId + "/registrations/mine").method()),
            () -> assertTrue(forms.get(RESIDENT, "/arrangementer/" + eventId + "?pamelding=avmeldt").body()
                .contains("Du er meldt av.")));
    }

    @Test
    void signsThePersonUpForAShiftConfirmingTheirAge() {
        service.answer("POST", "/shifts/" + shiftId + "/sign-ups", Answer.json(201, """
            {"shiftId":"%s","eventId":"%s","status":"placed","waitingPosition":0}""".formatted(shiftId, eventId))
            .thenRun(() -> events.signedUp(eventId, RANA, shiftId, "volunteer", 1, 2)));

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/vakter/" + shiftId,
            "confirmsMinimumAge=ja");

        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertTrue(service.lastCallTo("/shifts/" + shiftId + "/sign-ups").body()
                .contains("\"confirmsMinimumAge\":true")),
            () -> assertTrue(gateway.get("/api/events/" + eventId + "/shifts").body().contains("\"filled\":1")),
            () -> assertTrue(gateway.get("/arrangementer/" + eventId).body().contains("1 ledig plass")));

        events.left(eventId, RANA, shiftId, "volunteer", 0, 2);

        eventually(() -> assertTrue(gateway.get("/api/events/" + eventId + "/shifts").body().contains("\"filled\":0")));
    }

    @Test
    void aVolunteerLeavesTheirShiftWithTheirTokenAndIsAnsweredOnceThePlacesMoved() {
        service.answer("GET", "/me/shifts", Answer.json(200, placedOn(shiftId, null)));
        service.answer("DELETE", "/shifts/" + shiftId + "/sign-ups/mine", Answer.json(204, "")
            .thenRun(() -> events.left(eventId, RANA, shiftId, "volunteer", 0, 2)));
        var page = forms.get(RESIDENT, "/arrangementer/" + eventId).body();

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/vakter/" + shiftId + "/avmelding", "");

        assertAll(
            () -> assertTrue(page.contains("action=\"/arrangementer/" + eventId + "/vakter/" + shiftId
                + "/avmelding\""), page),
            () -> assertTrue(page.contains("Meld sykdom eller forsinkelse"), page),
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals(Optional.of("/arrangementer/" + eventId + "?vakt=avmeldt#shift-" + shiftId),
                response.headers().firstValue("Location")),
            () -> assertEquals("DELETE", service.lastCallTo("/shifts/" + shiftId + "/sign-ups/mine").method()),
            () -> assertTrue(service.lastCallTo("/shifts/" + shiftId + "/sign-ups/mine").authorization()
                .startsWith("Bearer ")),
            () -> assertTrue(gateway.get("/api/events/" + eventId + "/shifts").body().contains("\"filled\":0")));
    }

    @Test
    void aVolunteerWhoWasCheckedInIsToldWhyTheyCannotLeave() {
        service.answer("GET", "/me/shifts", Answer.json(200, placedOn(shiftId, null)));
        service.answer("DELETE", "/shifts/" + shiftId + "/sign-ups/mine", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
             "detail":"you were checked in","errors":[{"field":"checkedIn","message":"you were checked in"}]}"""));

        var response = forms.post(RESIDENT, "/arrangementer/" + eventId + "/vakter/" + shiftId + "/avmelding", "");

        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("Du er allerede sjekket inn på vakten"), response.body());
        assertFalse(response.body().contains("you were checked in"));
    }

    @Test
    void aVolunteerReportsBeingLateFromMyPageAndComesBackThere() {
        service.answer("GET", "/me/shifts", Answer.json(200, placedOn(shiftId,
            "{\"kind\":\"late\",\"note\":\"Bussen\",\"minutesLate\":20}")));
        service.answer("POST", "/shifts/" + shiftId + "/sign-ups/mine/absence", Answer.json(200, "{}"));
        var myPage = forms.get(RESIDENT, "/meg").body();
        var before = service.callsTo("/shifts/" + shiftId + "/sign-ups/mine/absence").size();

        var withoutMinutes = forms.post(RESIDENT, "/arrangementer/" + eventId + "/vakter/" + shiftId + "/fravaer",
            "kind=late&fra=meg");
        var unasked = service.callsTo("/shifts/" + shiftId + "/sign-ups/mine/absence").size();
        var reported = forms.post(RESIDENT, "/arrangementer/" + eventId + "/vakter/" + shiftId + "/fravaer",
            "kind=late&minutesLate=20&note=Bussen+er+sen&fra=meg");

        var sent = service.lastCallTo("/shifts/" + shiftId + "/sign-ups/mine/absence").body();
        assertAll(
            () -> assertTrue(myPage.contains("Du har meldt at du kommer 20 minutter for sent."), myPage),
            () -> assertTrue(myPage.contains("action=\"/arrangementer/" + eventId + "/vakter/" + shiftId
                + "/fravaer\""), myPage),
            () -> assertEquals(422, withoutMinutes.statusCode()),
            () -> assertTrue(withoutMinutes.body().contains("Skriv hvor mange minutter du blir forsinket")),
            () -> assertEquals(before, unasked),
            () -> assertEquals(303, reported.statusCode(), reported.body()),
            () -> assertEquals(Optional.of("/meg#my-shifts"), reported.headers().firstValue("Location")),
            () -> assertTrue(sent.contains("\"kind\":\"late\"") && sent.contains("\"minutesLate\":20")
                && sent.contains("\"note\":\"Bussen er sen\""), sent));
    }

    @Test
    void theOffersOfHelpFromTheIdeaAreShownAsTheServiceLetsTheViewerSeeThem() {
        service.answer("GET", "/events/" + eventId + "/help-offers", Answer.json(200, """
            [{"offerId":"o1","ideaId":"%s","associationId":"%s","kind":"venue","hours":null,"description":null}]"""
            .formatted(ideaId, choirId)));
        var anonymous = gateway.get("/arrangementer/" + eventId).body();
        var asked = service.lastCallTo("/events/" + eventId + "/help-offers");
        service.answer("GET", "/events/" + eventId + "/help-offers", Answer.json(200, """
            [{"offerId":"o1","ideaId":"%s","associationId":"%s","kind":"venue","hours":null,
              "description":"Vi låner ut øvingslokalet"},
             {"offerId":"o2","ideaId":"%s","associationId":null,"kind":"hours","hours":2.5,
              "description":"Jeg kan rigge lyd"}]""".formatted(ideaId, choirId, ideaId)));
        var organiser = forms.get(RESIDENT, "/arrangementer/" + eventId).body();

        assertAll(
            () -> assertTrue(anonymous.contains("Tilbud om hjelp fra idéen"), anonymous),
            () -> assertTrue(anonymous.contains("<bdi>Mo Songkor</bdi>: lokale"), anonymous),
            () -> assertEquals(null, asked.authorization()),
            () -> assertTrue(organiser.contains("Vi låner ut øvingslokalet"), organiser),
            () -> assertTrue(organiser.contains("<bdi>En frivillig</bdi>: timer som frivillig, 2,5 timer"), organiser),
            () -> assertTrue(service.lastCallTo("/events/" + eventId + "/help-offers").authorization()
                .startsWith("Bearer ")));
    }

    private String placedOn(String shift, String absence) {
        return """
            [{"shiftId":"%s","eventId":"%s","eventTitle":"Vårkonsert","eventStatus":"published",
              "role":"Billettkontroll","startsAt":"2027-03-27T16:00:00Z","endsAt":"2027-03-27T19:00:00Z",
              "status":"placed","waitingPosition":0,"associationId":null,"absence":%s,"checkedInAt":null}]"""
            .formatted(shift, eventId, absence);
    }

    @Test
    void myPageListsMyRegistrationsAndShiftsAskedWithMyToken() {
        service.answer("GET", "/me/registrations", Answer.json(200, """
            [{"id":"r2","eventId":"%s","eventTitle":"Vårkonsert","eventStartsAt":"2027-03-27T17:00:00Z",
              "eventStatus":"published","status":"confirmed","position":null,"companions":0,"places":1,
              "registeredAt":"2026-12-01T10:00:00Z","checkedIn":false}]""".formatted(eventId)));
        service.answer("GET", "/me/shifts", Answer.json(200, """
            [{"shiftId":"%s","eventId":"%s","eventTitle":"Vårkonsert","eventStatus":"published",
              "role":"Billettkontroll","startsAt":"2027-03-27T16:00:00Z","endsAt":"2027-03-27T19:00:00Z",
              "status":"waiting","waitingPosition":1,"associationId":null}]""".formatted(shiftId, eventId)));

        var page = forms.get(RESIDENT, "/meg").body();
        var api = forms.get(RESIDENT, "/api/me/registrations");

        assertAll(
            () -> assertTrue(page.contains("id=\"my-registrations\""), page),
            () -> assertTrue(page.contains("lørdag 27. mars 2027 kl. 18.00</time> – påmeldt")),
            () -> assertTrue(page.contains("id=\"my-shifts\"")),
            () -> assertTrue(page.contains("Billettkontroll – <a")),
            () -> assertTrue(page.contains("nummer 1 på ventelisten")),
            () -> assertEquals(200, api.statusCode()),
            () -> assertTrue(api.body().contains("\"eventTitle\":\"Vårkonsert\"")),
            () -> assertTrue(service.lastCallTo("/me/registrations").authorization().startsWith("Bearer ")));
    }

    @Test
    void myRegistrationsShowTheTitleAsTextMyPlaceOnTheWaitlistAndThatTheEventWasCancelled() {
        service.answer("GET", "/me/registrations", Answer.json(200, """
            [{"id":"r3","eventId":"%s","eventTitle":"<script>alert(1)</script>Vinterkonsert","eventStartsAt":null,
              "eventStatus":"cancelled","status":"waiting","position":2,"companions":0,"places":1,
              "registeredAt":"2026-12-01T10:00:00Z","checkedIn":false}]""".formatted(eventId)));

        var page = forms.get(RESIDENT, "/meg").body();

        assertAll(
            () -> assertTrue(page.contains("<li data-event-id=\"" + eventId + "\"><a class=\"ds-link\" "
                + "href=\"/arrangementer/" + eventId + "\">&lt;script&gt;alert(1)&lt;/script&gt;Vinterkonsert</a>"
                + " – nummer 2 på ventelisten "
                + "<span class=\"ds-tag\" data-color=\"danger\">Avlyst</span></li>"), page),
            () -> assertFalse(page.contains("<script>alert(1)"), page));
    }

    @Test
    void myRegistrationsSayTheyCannotBeFetchedWhenTheEventsServiceDoesNotAnswer() {
        service.answer("GET", "/me/registrations", Answer.unavailable());

        var section = PageSections.section(forms.get(RESIDENT, "/meg").body(), "my-registrations");

        assertTrue(section.contains(
            "<p>Vi får ikke hentet dette fra arrangementstjenesten akkurat nå. Prøv igjen om litt.</p>"), section);
    }

    @Test
    void passesOnTheEventsAndTheMunicipalitysICalendarFiles() {
        var calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        service.answer("GET", "/events/" + eventId + ".ics", new Answer(200, "text/calendar", calendar, Map.of(),
            () -> { }));
        service.answer("GET", "/calendars/1833.ics", new Answer(200, "text/calendar", calendar, Map.of(), () -> { }));

        var event = gateway.get("/arrangementer/" + eventId + "/kalender.ics");
        var feed = gateway.get("/kommuner/1833/arrangementer/kalender.ics");

        assertAll(
            () -> assertEquals(200, event.statusCode()),
            () -> assertTrue(event.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar")),
            () -> assertEquals(calendar, event.body()),
            () -> assertEquals(200, feed.statusCode()),
            () -> assertEquals(calendar, feed.body()));
    }

    @Test
    void theJsonApiRelaysARegistrationAndPassesOnTheServicesAnswer() {
        service.answer("POST", "/events/" + eventId + "/registrations", Answer.json(201, """
            {"id":"r3","eventId":"%s","status":"waiting","position":4,"places":1}""".formatted(eventId))
            .withHeader("Location", "/events/" + eventId + "/registrations/mine")
            .thenRun(() -> events.waitlisted(eventId, RANA, 1, 4, new Seats(120, 4, 120))));

        var response = gateway.send(gateway.request("/api/events/" + eventId + "/registrations")
            .header("Cookie", forms.cookiesOf(RESIDENT) + "; samskap_csrf=" + FormPosts.CSRF)
            .header("X-CSRF-Token", FormPosts.CSRF).header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"companions\":0}")).build());

        assertAll(
            () -> assertEquals(201, response.statusCode(), response.body()),
            () -> assertEquals(Optional.of("/api/events/" + eventId + "/registrations/mine"),
                response.headers().firstValue("Location")),
            () -> assertTrue(response.body().contains("\"position\":4")),
            () -> assertEquals(401, gateway.send(gateway.request("/api/events/" + eventId + "/registrations")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode()));
    }

    @Test
    void aWatcherOfTheEventHearsOfItsSeatsAndNoOtherEvents() {
        var lines = new CopyOnWriteArrayList<String>();
        var stream = EventStreamLines.follow(gateway.request("/api/events/changes?event=" + eventId)
            .header("Accept", "text/event-stream").GET().build(), lines);
        eventually(() -> assertEquals(1, gateway.bean(EventChanges.class).watchers(), "watching"));
        var other = UUID.randomUUID().toString();

        events.confirmed(other, RANA, 1, new Seats(1, 0, 10));
        events.confirmed(eventId, RANA, 1, new Seats(30, 0, 120));

        eventually(() -> assertTrue(lines.stream().anyMatch(line -> line.contains("\"freeSeats\":90")), lines.toString()));
        assertAll(
            () -> assertTrue(lines.stream().anyMatch(line -> line.equals("event: event-changed")
                || line.equals("event:event-changed")), lines.toString()),
            () -> assertFalse(lines.stream().anyMatch(line -> line.contains(other))),
            () -> assertEquals(400, gateway.get("/api/events/changes?event=konsert").statusCode()));
        stream.cancel(true);
    }
}
