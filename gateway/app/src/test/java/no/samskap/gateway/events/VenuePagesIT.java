package no.samskap.gateway.events;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The venue pages against a stand-in events service: venues and waiting applications come from the service's
 * messages, a room's calendar and everything an association's admin or the staff do go to the service, with their
 * token, and its refusals come back beside the field in the page's words.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenuePagesIT {

    private static final Person STAFF = new Person("rana-venue-staff", "Kari Kultur", "1833", List.of("staff"));
    private static final Person ADMIN_OF_CHOIR = new Person("rana-choir-admin", "Ola Kor", "1833",
        List.of("resident"));
    private static final String VENUE = UUID.randomUUID().toString();
    private static final String QUIET_VENUE = UUID.randomUUID().toString();
    private static final String CHOIR = UUID.randomUUID().toString();
    private static final String EVENT = UUID.randomUUID().toString();
    private static final Instant TUESDAY_EVENING = Instant.parse("2027-03-23T17:00:00Z");

    private StandInProposals events;
    private GatewayUnderTest gateway;
    private EventMessagesOnKafka kafka;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        events = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.events-url", events.url()));
        kafka = new EventMessagesOnKafka(infrastructure);
        forms = new FormPosts(gateway);
        kafka.venueDescribed(VENUE, "1833", "Rana kulturhus, black box", List.of("step-free", "hearing-loop"));
        kafka.venueDescribed(QUIET_VENUE, "1833", "Biblioteket, møterommet", List.of());
        events.answer("GET", "/venues/" + VENUE + "/calendar", Answer.json(200, """
            [{"bookingId":"%s","startsAt":"2027-03-23T17:00:00Z","endsAt":"2027-03-23T19:00:00Z","kind":"association",
              "associationId":"%s","associationName":"Mo Songkor","eventId":null,"eventTitle":null},
             {"bookingId":"%s","startsAt":"2027-03-27T17:00:00Z","endsAt":"2027-03-27T19:00:00Z","kind":"event",
              "associationId":null,"associationName":null,"eventId":"%s","eventTitle":"Vårkonsert"}]"""
            .formatted(UUID.randomUUID(), CHOIR, UUID.randomUUID(), EVENT)));
        eventually(() -> assertEquals(200, gateway.get("/lokaler/" + QUIET_VENUE).statusCode()));
        eventually(() -> assertEquals(200, gateway.get("/lokaler/" + VENUE).statusCode()));
    }

    @AfterAll
    void stop() {
        kafka.close();
        gateway.close();
        events.close();
    }

    @Test
    void theVenuePageSaysItsAccessibilityInPlainWordsAndWhoHasTheRoomButNotWhatFor() {
        var page = gateway.get("/lokaler/" + VENUE + "?uke=2027-03-24").body();

        assertAll(
            () -> assertTrue(page.contains("Rana kulturhus, black box"), page),
            () -> assertTrue(page.contains("Kulturgata 1, Mo i Rana"), page),
            () -> assertTrue(page.contains("Trinnfri adkomst: du kommer inn uten trapper eller høye terskler."), page),
            () -> assertTrue(page.contains("tirsdag 23. mars 2027"), page),
            () -> assertTrue(page.contains("18.00–20.00"), page),
            () -> assertTrue(page.contains("Mo Songkor"), page),
            () -> assertTrue(page.contains("href=\"/arrangementer/" + EVENT + "\""), page),
            () -> assertTrue(page.contains("href=\"/lokaler/" + VENUE + "/soknad\""), "a lent room can be applied for"));
    }

    @Test
    void theWeekLinksMoveTheCalendarAWeekFromItsMonday() {
        var page = gateway.get("/lokaler/" + VENUE + "?uke=2027-03-24").body();

        assertAll(
            () -> assertTrue(page.contains("href=\"/lokaler/" + VENUE + "?uke=2027-03-15\""), page),
            () -> assertTrue(page.contains("href=\"/lokaler/" + VENUE + "?uke=2027-03-29\""), page));
    }

    @Test
    void aWeekThatIsNoDateIsSaidPlainlyAndThisWeekShown() {
        var page = gateway.get("/lokaler/" + VENUE + "?uke=neste");

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Vi forsto ikke datoen du ba om"), page.body());
    }

    @Test
    void whenTheServiceCannotGiveTheCalendarTheVenueIsStillShown() {
        var page = gateway.get("/lokaler/" + QUIET_VENUE);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Biblioteket, møterommet"), page.body());
        assertTrue(page.body().contains("Kalenderen kan ikke vises akkurat nå"), page.body());
    }

    @Test
    void theMunicipalitysVenuesAreListedAndStaffMayAddOne() {
        var visitor = gateway.get("/kommuner/1833/lokaler").body();
        var staff = forms.get(STAFF, "/kommuner/1833/lokaler").body();

        assertAll(
            () -> assertTrue(visitor.contains("href=\"/lokaler/" + VENUE + "\""), visitor),
            () -> assertFalse(visitor.contains("href=\"/lokaler/ny\""), visitor),
            () -> assertTrue(staff.contains("href=\"/lokaler/ny\""), staff),
            () -> assertTrue(staff.contains("href=\"/lokaler/" + VENUE + "/endre\""), staff));
    }

    @Test
    void staffAddAVenueWithTheirTokenAndLandOnItsPageOnceTheReadModelHasIt() {
        var added = UUID.randomUUID().toString();
        var at = Instant.now();
        events.answer("POST", "/venues", Answer.json(201, """
            {"id":"%s","municipality":"1833","name":"Ungdomsklubben","address":"Fritidsveien 2","capacity":80,
             "accessibility":["step-free"],"lent":true,"describedAt":"%s","version":1}""".formatted(added, at))
            .thenRun(() -> kafka.venueDescribed(added, "1833", "Ungdomsklubben", List.of("step-free"))));

        var answer = forms.post(STAFF, "/lokaler/ny", FormPosts.form(Map.of("name", "Ungdomsklubben",
            "address", "Fritidsveien 2", "capacity", "80", "accessibility", "step-free", "lent", "true")));

        var sent = events.lastCallTo("/venues");
        assertAll(
            () -> assertEquals(303, answer.statusCode(), answer.body()),
            () -> assertEquals(Optional.of("/lokaler/" + added + "?ferdig=created"),
                answer.headers().firstValue("Location")),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "relayed with the staff member's token"),
            () -> assertTrue(sent.body().contains("\"capacity\":80"), sent.body()),
            () -> assertTrue(sent.body().contains("\"accessibility\":[\"step-free\"]"), sent.body()),
            () -> assertTrue(sent.body().contains("\"lent\":true"), sent.body()));
        assertTrue(gateway.get("/lokaler/" + added + "?ferdig=created").body().contains("Lokalet er lagt inn."));
    }

    @Test
    void aRefusedVenueComesBackWithTheFieldsMessageAndWhatWasTyped() {
        events.answer("POST", "/venues", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Invalid request","status":400,
             "detail":"must be given","errors":[{"field":"name","message":"must be given"}]}"""));

        var page = forms.post(STAFF, "/lokaler/ny", FormPosts.form(Map.of("name", " ", "address", "Fritidsveien 2")));

        assertAll(
            () -> assertEquals(400, page.statusCode()),
            () -> assertTrue(page.body().contains("Skriv navnet på lokalet."), page.body()),
            () -> assertTrue(page.body().contains("href=\"#name\""), page.body()),
            () -> assertTrue(page.body().contains("aria-describedby=\"name-error\""), page.body()),
            () -> assertTrue(page.body().contains("value=\"Fritidsveien 2\""), "the form keeps what was typed"),
            () -> assertFalse(page.body().contains("must be given"), page.body()));
    }

    @Test
    void aCapacityThatIsNoNumberIsRefusedBeforeAnythingIsSent() {
        var before = events.callsTo("/venues").size();

        var page = forms.post(STAFF, "/lokaler/ny", FormPosts.form(Map.of("name", "Salen", "address", "Torget 1",
            "capacity", "mange")));

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Skriv antall plasser som et helt tall"), page.body());
        assertEquals(before, events.callsTo("/venues").size());
    }

    @Test
    void residentsDoNotGetTheVenueFormButAreToldWhoKeepsTheVenues() {
        var page = forms.get(ADMIN_OF_CHOIR, "/lokaler/ny");

        assertAll(
            () -> assertEquals(403, page.statusCode()),
            () -> assertTrue(page.body().contains("<h1 class=\"ds-heading\">Bare for kommunens ansatte</h1>"),
                page.body()),
            () -> assertTrue(page.body().contains("<p>Lokalene legges inn og endres av kommunens ansatte."),
                page.body()),
            () -> assertFalse(page.body().contains("name=\"capacity\""), page.body()));
    }

    @Test
    void anAssociationsAdminAppliesForTheRoomEveryWeekAndSeesTheApplicationWaiting() {
        var booking = UUID.randomUUID().toString();
        events.answer("POST", "/room-bookings", Answer.json(201, "{\"id\":\"" + booking + "\"}"));
        events.answer("GET", "/room-bookings", Answer.json(200, """
            [{"id":"%s","venueId":"%s","venueName":"Rana kulturhus, black box","municipality":"1833",
              "associationId":"%s","associationName":"Mo Songkor","purpose":"Korøvelse","childrenAndYouth":true,
              "kind":"weekly","startsAt":"2027-01-12T17:00:00Z","endsAt":"2027-01-12T19:00:00Z","weekday":"tuesday",
              "startTime":"18:00","endTime":"20:00","fromDate":"2027-01-12","untilDate":"2027-06-01",
              "occurrences":[],"status":"pending","decisionReason":null,"cancellationReason":null,
              "appliedAt":"2027-01-02T10:00:00Z","decidedAt":null,"collidesWith":[],"clashesWith":[],"version":1}]"""
            .formatted(booking, VENUE, CHOIR)));
        var fields = new LinkedHashMap<String, String>();
        fields.put("associationId", CHOIR);
        fields.put("purpose", "Korøvelse");
        fields.put("childrenAndYouth", "true");
        fields.put("kind", "weekly");
        fields.put("startsAt", "");
        fields.put("weekday", "tuesday");
        fields.put("startTime", "18:00");
        fields.put("endTime", "20:00");
        fields.put("fromDate", "2027-01-12");
        fields.put("untilDate", "2027-06-01");

        var answer = forms.post(ADMIN_OF_CHOIR, "/lokaler/" + VENUE + "/soknad", FormPosts.form(fields));

        var sent = events.lastCallTo("/room-bookings").body();
        assertAll(
            () -> assertEquals(303, answer.statusCode(), answer.body()),
            () -> assertEquals(Optional.of("/lokaler/soknader?forening=" + CHOIR + "&ferdig=applied"),
                answer.headers().firstValue("Location")),
            () -> assertTrue(sent.contains("\"venueId\":\"" + VENUE + "\""), sent),
            () -> assertTrue(sent.contains("\"weekday\":\"tuesday\""), sent),
            () -> assertTrue(sent.contains("\"childrenAndYouth\":true"), sent),
            () -> assertFalse(sent.contains("startsAt"), "a weekly application sends no one-off times: " + sent));
        var mine = forms.get(ADMIN_OF_CHOIR, "/lokaler/soknader?forening=" + CHOIR + "&ferdig=applied").body();
        assertAll(
            () -> assertTrue(mine.contains("Søknaden er sendt."), mine),
            () -> assertTrue(mine.contains("hver tirsdag kl. 18.00–20.00"), mine),
            () -> assertTrue(mine.contains("Venter på svar"), mine),
            () -> assertTrue(mine.contains("/lokaler/soknader/" + booking + "/avbestilling"), mine));
    }

    @Test
    void aRoomTakenAtThatTimeIsSaidBesideTheTimeAndTheFormKeepsWhatWasTyped() {
        events.answer("POST", "/room-bookings", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
             "detail":"the room is already booked","errors":[{"field":"startsAt","message":"the room is already booked"}]}"""));

        var page = forms.post(ADMIN_OF_CHOIR, "/lokaler/" + VENUE + "/soknad", FormPosts.form(Map.of(
            "associationId", CHOIR, "purpose", "Konsertøving", "kind", "once", "startsAt", "2027-03-23T18:00",
            "endsAt", "2027-03-23T20:00")));

        assertAll(
            () -> assertEquals(409, page.statusCode()),
            () -> assertTrue(page.body().contains("Rommet er allerede booket på denne tiden."), page.body()),
            () -> assertTrue(page.body().contains("href=\"#startsAt\""), page.body()),
            () -> assertTrue(page.body().contains("Konsertøving"), "the form keeps what was typed"));
    }

    @Test
    void cancellingAnApplicationRelaysTheReasonAndComesBackToTheList() {
        var booking = UUID.randomUUID().toString();
        events.answer("POST", "/room-bookings/" + booking + "/cancellation", Answer.json(200, "{}"));

        var answer = forms.post(ADMIN_OF_CHOIR, "/lokaler/soknader/" + booking + "/avbestilling",
            FormPosts.form(Map.of("forening", CHOIR, "reason", "Vi øver heime")));

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(Optional.of("/lokaler/soknader?forening=" + CHOIR + "&ferdig=cancelled"),
            answer.headers().firstValue("Location"));
        assertTrue(events.lastCallTo("/room-bookings/" + booking + "/cancellation").body()
            .contains("\"reason\":\"Vi øver heime\""));
    }

    @Test
    void staffFindApplicationsInTheInboxChildrenFirstAndSeeWhatEachCollidesWith() {
        var adults = UUID.randomUUID().toString();
        var children = UUID.randomUUID().toString();
        kafka.roomRequested(adults, VENUE, "1833", CHOIR, false, TUESDAY_EVENING, null);
        kafka.roomRequested(children, VENUE, "1833", CHOIR, true, TUESDAY_EVENING, LocalDate.parse("2027-06-01"));
        events.answer("GET", "/room-bookings/" + children, Answer.json(200, """
            {"id":"%s","venueId":"%s","venueName":"Rana kulturhus, black box","municipality":"1833",
             "associationId":"%s","associationName":"Mo Songkor","purpose":"Barnekor","childrenAndYouth":true,
             "kind":"one-off","startsAt":"2027-03-23T17:00:00Z","endsAt":"2027-03-23T19:00:00Z","status":"pending",
             "collidesWith":["%s"],"clashesWith":[],"version":1}""".formatted(children, VENUE, CHOIR, adults)));
        events.answer("GET", "/room-bookings/" + adults, Answer.json(200, """
            {"id":"%s","venueId":"%s","venueName":"Rana kulturhus, black box","municipality":"1833",
             "associationId":"%s","associationName":"Rana seniordans","purpose":"Dans","childrenAndYouth":false,
             "kind":"one-off","startsAt":"2027-03-23T17:00:00Z","endsAt":"2027-03-23T19:00:00Z","status":"pending",
             "collidesWith":[],"clashesWith":[],"version":1}""".formatted(adults, VENUE, CHOIR)));

        eventually(() -> {
            var inbox = forms.get(STAFF, "/stab/innboks").body();
            assertTrue(inbox.contains("Søknader om lokaler"), inbox);
            assertTrue(inbox.contains(adults) && inbox.indexOf(children) < inbox.indexOf(adults),
                "children's and young people's activities first: " + inbox);
        });
        var decision = forms.get(STAFF, "/stab/innboks/lokaler/" + children).body();
        assertAll(
            () -> assertTrue(decision.contains("Barnekor"), decision),
            () -> assertTrue(decision.contains("Aktiviteten er for barn og unge og skal prioriteres."), decision),
            () -> assertTrue(decision.contains("Andre søknader vil ha rommet på samme tid"), decision),
            () -> assertTrue(decision.contains("Rana seniordans"), decision),
            () -> assertTrue(decision.contains("href=\"/stab/innboks/lokaler/" + adults + "\""), decision));
    }

    @Test
    void approvingRelaysTheStaffTokenAndGoesBackToTheInbox() {
        var booking = UUID.randomUUID().toString();
        events.answer("POST", "/room-bookings/" + booking + "/approval", Answer.json(200, "{}"));

        var answer = forms.post(STAFF, "/stab/innboks/lokaler/" + booking + "/godkjenning", FormPosts.form(Map.of(
            "reason", "Velkommen")));

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(Optional.of("/stab/innboks?utfort=room-bookings"), answer.headers().firstValue("Location"));
        assertTrue(events.lastCallTo("/room-bookings/" + booking + "/approval").authorization().startsWith("Bearer "));
    }

    @Test
    void decliningWithoutAReasonShowsTheDecisionAgainWithTheReasonsMessage() {
        var booking = UUID.randomUUID().toString();
        events.answer("GET", "/room-bookings/" + booking, Answer.json(200, """
            {"id":"%s","venueId":"%s","venueName":"Rana kulturhus, black box","associationName":"Mo Songkor",
             "purpose":"Korøvelse","childrenAndYouth":false,"kind":"one-off","startsAt":"2027-03-23T17:00:00Z",
             "endsAt":"2027-03-23T19:00:00Z","status":"pending","collidesWith":[],"clashesWith":[]}"""
            .formatted(booking, VENUE)));
        events.answer("POST", "/room-bookings/" + booking + "/decline", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Invalid request","status":400,
             "errors":[{"field":"reason","message":"say why"}]}"""));

        var page = forms.post(STAFF, "/stab/innboks/lokaler/" + booking + "/avslag", FormPosts.form(Map.of(
            "reason", "")));

        assertAll(
            () -> assertEquals(400, page.statusCode()),
            () -> assertTrue(page.body().contains("Skriv en begrunnelse"), page.body()),
            () -> assertTrue(page.body().contains("href=\"#reason\""), page.body()));
    }

    @Test
    void anApplicationLeavesTheInboxOnceTheRoomIsBooked() {
        var booking = UUID.randomUUID().toString();
        kafka.roomRequested(booking, VENUE, "1833", CHOIR, false, TUESDAY_EVENING, null);
        eventually(() -> assertTrue(forms.get(STAFF, "/stab/innboks").body().contains(booking)));

        kafka.roomBooked(booking, VENUE, "1833", CHOIR);

        eventually(() -> assertFalse(forms.get(STAFF, "/stab/innboks").body().contains(booking)));
    }
}
