package no.samskap.gateway.events;

import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftSignedUp;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The organisers' pages against a stand-in events service: the form sends what the service takes and shows its
 * refusals in the page's language, the organiser page shows registrants' needs and shift absences, and the inbox
 * and dashboard read the calendar the service's messages fill.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganiserPagesIT {

    private static final Person STAFF = new Person("rana-organiser", "Kari Kultur", "1833", List.of("staff"));
    private static final String EVENT = UUID.randomUUID().toString();
    private static final String SHIFT = UUID.randomUUID().toString();

    private StandInProposals events;
    private GatewayUnderTest gateway;
    private MessagesOnKafka kafka;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        events = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.events-url", events.url()));
        kafka = new MessagesOnKafka(infrastructure);
        forms = new FormPosts(gateway);
        events.answer("GET", "/co-hosts", Answer.json(200,
            "[{\"id\":\"7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d\",\"name\":\"Mo Songkor\"}]"));
        events.answer("GET", "/venues", Answer.json(200, "[]"));
        events.answer("GET", "/events/" + EVENT, Answer.json(200, """
            {"id":"%s","municipality":"1833","status":"published","title":"Lesestund","description":"",
             "hostingUnit":"bibliotek","coHostIds":[],"ideaIds":[],"startsAt":"2027-03-27T17:00:00Z",
             "endsAt":"2027-03-27T19:00:00Z","audience":"barn","targetGroups":[],"capacity":30,
             "accessibility":[],"createdAt":"2027-03-01T10:00:00Z","version":1}""".formatted(EVENT)));
        events.answer("GET", "/events/" + EVENT + "/registrations", Answer.json(200, """
            {"seats":{"confirmed":3,"waiting":1,"capacity":30,"free":27},"registrations":[
             {"id":"%s","personId":"p1","displayName":"Ola Nordmann","status":"confirmed","position":null,
              "companions":2,"places":3,"accessibilityNeeds":{"codes":["wheelchair-space"],"note":"Trenger plass ved døra"},
              "registeredAt":"2027-03-02T10:00:00Z","checkedInAt":null}]}""".formatted(UUID.randomUUID())));
        events.answer("GET", "/events/" + EVENT + "/shifts", Answer.json(200, """
            [{"id":"%s","eventId":"%s","role":"Kiosk","startsAt":"2027-03-27T16:30:00Z",
              "endsAt":"2027-03-27T19:00:00Z","needed":2,"filled":1,"waiting":0,"minimumAge":null,
              "attestRequired":true}]""".formatted(SHIFT, EVENT)));
        events.answer("GET", "/shifts/" + SHIFT + "/sign-ups", Answer.json(200, """
            {"shift":{},"teamLeaderId":null,"signUps":[{"volunteerId":"v1","volunteerName":"Per Frivillig",
             "associationId":null,"status":"placed",
             "waitingPosition":0,"signedUpAt":"2027-03-02T10:00:00Z",
             "absence":{"kind":"ill","note":"Feber","minutesLate":null,"reportedAt":"2027-03-27T08:00:00Z"},
             "checkedInAt":null}]}"""));
    }

    @AfterAll
    void stop() {
        kafka.close();
        gateway.close();
        events.close();
    }

    @Test
    void theNewEventFormOffersTheVerifiedAssociationsAsCoHostsInNorwegian() {
        var page = forms.get(STAFF, "/arrangementer/ny");

        assertAll(
            () -> assertEquals(200, page.statusCode()),
            () -> assertTrue(page.body().contains("Mo Songkor"), page.body()),
            () -> assertTrue(page.body().contains("Medarrangører (verifiserte foreninger)"), page.body()),
            () -> assertTrue(page.body().contains("type=\"datetime-local\""), page.body()));
    }

    @Test
    void aDraftGoesToTheServiceWithNorwegianWallClockTimesAndLeadsToItsOrganiserPage() {
        var id = UUID.randomUUID().toString();
        events.answer("POST", "/events", Answer.json(201, "{\"id\":\"" + id + "\"}"));

        var answer = forms.post(STAFF, "/arrangementer/ny", FormPosts.form(Map.of("title", "Korkonsert",
            "hostingUnit", "kulturskole", "coHostIds", "7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d",
            "startsAt", "2027-03-28T18:00", "endsAt", "2027-03-28T20:00", "audience", "alle", "capacity", "120",
            "targetGroups", "familier, eldre")));

        var sent = events.lastCallTo("/events").body();
        assertAll(
            () -> assertEquals(303, answer.statusCode(), answer.body()),
            () -> assertEquals(Optional.of("/arrangementer/" + id + "/organisering?ferdig=created"),
                answer.headers().firstValue("Location")),
            () -> assertTrue(sent.contains("\"startsAt\":\"2027-03-28T18:00\""), sent),
            () -> assertTrue(sent.contains("\"capacity\":120"), sent),
            () -> assertTrue(sent.contains("\"targetGroups\":[\"familier\",\"eldre\"]"), sent),
            () -> assertTrue(sent.contains("\"coHostIds\":[\"7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d\"]"), sent));
    }

    @Test
    void theServicesRefusalIsShownInThePagesLanguageNextToTheField() {
        events.answer("POST", "/events", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Invalid request","status":400,
             "detail":"must be after startsAt","errors":[{"field":"endsAt","message":"must be after startsAt"}]}"""));

        var page = forms.post(STAFF, "/arrangementer/ny", FormPosts.form(Map.of("title", "Korkonsert",
            "hostingUnit", "kulturskole", "startsAt", "2027-03-28T18:00", "endsAt", "2027-03-28T17:00",
            "audience", "alle")));

        assertAll(
            () -> assertEquals(400, page.statusCode()),
            () -> assertTrue(page.body().contains("Arrangementet må slutte etter at det starter"), page.body()),
            () -> assertTrue(page.body().contains("href=\"#endsAt\""), page.body()),
            () -> assertFalse(page.body().contains("must be after"), page.body()),
            () -> assertTrue(page.body().contains("value=\"Korkonsert\""), "the form keeps what was typed"));
    }

    @Test
    void aNumberThatIsNotANumberIsRefusedBeforeAnythingIsSent() {
        var before = events.callsTo("/events").size();

        var page = forms.post(STAFF, "/arrangementer/ny", FormPosts.form(Map.of("title", "Korkonsert",
            "hostingUnit", "kulturskole", "startsAt", "2027-03-28T18:00", "endsAt", "2027-03-28T20:00",
            "audience", "alle", "capacity", "mange")));

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Skriv antall plasser som et helt tall"), page.body());
        assertEquals(before, events.callsTo("/events").size());
    }

    @Test
    void theOrganiserPageShowsRegistrantsNeedsAndAVolunteersIllness() {
        var page = forms.get(STAFF, "/arrangementer/" + EVENT + "/organisering");

        assertAll(
            () -> assertEquals(200, page.statusCode(), page.body()),
            () -> assertTrue(page.body().contains("Ola Nordmann"), page.body()),
            () -> assertTrue(page.body().contains("Rullestolplass"), page.body()),
            () -> assertTrue(page.body().contains("Trenger plass ved døra"), page.body()),
            () -> assertTrue(page.body().contains("1 har meldt fravær eller forsinkelse"), page.body()),
            () -> assertTrue(page.body().contains("lørdag 27. mars 2027 kl. 18.00–20.00"), page.body()));
    }

    @Test
    void theCheckInPageNamesVolunteersAndNeverShowsTheirSubjectIds() {
        var page = forms.get(STAFF, "/arrangementer/" + EVENT + "/innsjekk");

        assertAll(
            () -> assertEquals(200, page.statusCode(), page.body()),
            () -> assertTrue(page.body().contains("<span dir=\"auto\">Per Frivillig</span>"), page.body()),
            () -> assertTrue(page.body().contains("<span dir=\"auto\">Ola Nordmann</span>"), page.body()),
            () -> assertFalse(page.body().contains(">v1<"), page.body()),
            () -> assertTrue(page.body().contains("/vakter/" + SHIFT + "/innsjekk/v1\""), page.body()));
    }

    @Test
    void theShiftListNamesEachVolunteerWithTheirPlaceAndWhatTheyReported() {
        var page = forms.get(STAFF, "/arrangementer/" + EVENT + "/vakter");
        var organiserPage = forms.get(STAFF, "/arrangementer/" + EVENT + "/organisering").body();

        assertAll(
            () -> assertEquals(200, page.statusCode(), page.body()),
            () -> assertTrue(page.body().contains("<td dir=\"auto\">Per Frivillig</td><td>Har plass</td>"),
                page.body()),
            () -> assertTrue(page.body().contains("<strong>Syk</strong>: <span dir=\"auto\">Feber</span>"),
                page.body()),
            () -> assertTrue(page.body().contains("href=\"/arrangementer/" + EVENT + "/vakter/" + SHIFT + "/endre\""),
                page.body()),
            () -> assertFalse(page.body().contains(">v1<"), page.body()),
            () -> assertTrue(organiserPage.contains("href=\"/arrangementer/" + EVENT + "/vakter\""), organiserPage));
    }

    @Test
    void aShiftIsChangedInNorwegianWallClockTimeAndFewerPlacesThanTakenIsRefusedInWords() {
        var form = forms.get(STAFF, "/arrangementer/" + EVENT + "/vakter/" + SHIFT + "/endre").body();
        events.answer("PATCH", "/shifts/" + SHIFT, Answer.json(200, "{\"id\":\"" + SHIFT + "\"}"));
        var fields = Map.of("role", "Kiosk og garderobe", "startsAt", "2027-03-27T17:00",
            "endsAt", "2027-03-27T20:00", "needed", "3");

        var changed = forms.post(STAFF, "/arrangementer/" + EVENT + "/vakter/" + SHIFT + "/endre",
            FormPosts.form(fields));
        var sent = events.lastCallTo("/shifts/" + SHIFT);
        events.answer("PATCH", "/shifts/" + SHIFT, Answer.problem(422, """
            {"type":"https://samskap.no/problems/unprocessable","title":"Unprocessable","status":422,
             "detail":"2 volunteers have places","errors":[{"field":"needed","message":"2 volunteers have places"}]}"""));
        var refused = forms.post(STAFF, "/arrangementer/" + EVENT + "/vakter/" + SHIFT + "/endre",
            FormPosts.form(Map.of("role", "Kiosk", "startsAt", "2027-03-27T17:00", "endsAt", "2027-03-27T20:00",
                "needed", "1")));

        assertAll(
            () -> assertTrue(form.contains("value=\"Kiosk\""), form),
            () -> assertTrue(form.contains("value=\"2027-03-27T17:30\""), form),
            () -> assertTrue(form.contains("id=\"needed\" name=\"needed\" inputmode=\"numeric\" required value=\"2\""),
                form),
            () -> assertEquals(303, changed.statusCode(), changed.body()),
            () -> assertEquals(Optional.of("/arrangementer/" + EVENT + "/vakter?ferdig=shiftChanged#shift-" + SHIFT),
                changed.headers().firstValue("Location")),
            () -> assertEquals("PATCH", sent.method()),
            () -> assertTrue(sent.authorization().startsWith("Bearer ")),
            () -> assertTrue(sent.body().contains("\"startsAt\":\"2027-03-27T17:00\"")
                && sent.body().contains("\"needed\":3") && sent.body().contains("Kiosk og garderobe"), sent.body()),
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Vakten kan ikke ha færre plasser enn antallet frivillige"),
                refused.body()),
            () -> assertTrue(refused.body().contains("href=\"#needed\""), refused.body()),
            () -> assertFalse(refused.body().contains("volunteers have places"), refused.body()));
    }

    @Test
    void checkInRelaysTheOrganisersTokenAndComesBackToTheList() {
        var registration = UUID.randomUUID().toString();
        events.answer("POST", "/events/" + EVENT + "/registrations/" + registration + "/check-in",
            Answer.json(200, "{}"));

        var answer = forms.post(STAFF, "/arrangementer/" + EVENT + "/innsjekk/" + registration, "");

        assertEquals(303, answer.statusCode(), answer.body());
        assertTrue(events.lastCallTo("/events/" + EVENT + "/registrations/" + registration + "/check-in")
            .authorization().startsWith("Bearer "));
    }

    @Test
    void anEndedEventWaitsInTheStaffInboxAndCountsInTheCoCreationFigure() {
        var ended = UUID.randomUUID().toString();
        var starts = Instant.now().minus(2, ChronoUnit.DAYS);
        var facts = new EventFacts("Ungdomskveld <script>alert(1)</script>", "", "fritid-ungdom",
            List.of("7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d"), List.of(UUID.randomUUID().toString()), null, null, null,
            starts, starts.plus(3, ChronoUnit.HOURS), "ungdom", List.of(), null, 40, List.of());
        kafka.send(EventsMessages.EVENT_PUBLISHED, UUID.randomUUID(), Instant.now(), "1833", ended,
            new EventPublished(ended, facts, "rana-organiser", Instant.now()));
        kafka.send(EventsMessages.SHIFT_SIGNED_UP, UUID.randomUUID(), Instant.now(), "1833", ended,
            new ShiftSignedUp(ended, SHIFT, "v1", null, false, 1, 2, Instant.now()));

        eventually(() -> {
            var inbox = forms.get(STAFF, "/stab/innboks");
            assertTrue(inbox.body().contains("Arrangementer å fullføre"), inbox.body());
            assertTrue(inbox.body().contains("/arrangementer/" + ended + "/organisering"), inbox.body());
            assertTrue(inbox.body().contains("Ungdomskveld &lt;script&gt;alert(1)&lt;/script&gt;"), inbox.body());
            assertFalse(inbox.body().contains("<script>alert(1)"), inbox.body());
            assertTrue(inbox.body().contains("action=\"/arrangementer/" + ended + "/fullforing\""), inbox.body());
        });
        eventually(() -> {
            var dashboard = forms.get(STAFF, "/stab/dashbord");
            assertTrue(dashboard.body().contains("Samskaping i arrangementene"), dashboard.body());
            assertTrue(dashboard.body().contains("100 % (1 av 1)"), dashboard.body());
        });
    }

    @Test
    void planningListsDraftsFirstWithTheirTitlesEscaped() {
        var draft = UUID.randomUUID().toString();
        events.answer("GET", "/events", Answer.json(200, """
            [{"id":"%s","status":"published","title":"Lesestund","startsAt":"2027-03-27T17:00:00Z",
              "endsAt":"2027-03-27T19:00:00Z"},
             {"id":"%s","status":"draft","title":"Kveld <script>alert(1)</script>","startsAt":"2027-04-01T17:00:00Z",
              "endsAt":"2027-04-01T19:00:00Z"}]""".formatted(EVENT, draft)));

        var page = forms.get(STAFF, "/arrangementer/planlegging").body();

        assertAll(
            () -> assertTrue(page.contains("Kveld &lt;script&gt;alert(1)&lt;/script&gt;</a> · Utkast · "), page),
            () -> assertFalse(page.contains("<script>alert(1)"), page),
            () -> assertTrue(page.indexOf("/arrangementer/" + draft + "/organisering")
                < page.indexOf("/arrangementer/" + EVENT + "/organisering"), page),
            () -> assertTrue(page.contains("href=\"/kommuner/1833/lokaler\""), page),
            () -> assertTrue(page.contains("lørdag 27. mars 2027 kl. 18.00–20.00"), page));
    }

    @Test
    void staffSeeTheButtonThatMakesADraftEventOnAnIdeasPage() {
        var idea = UUID.randomUUID().toString();
        kafka.send(ProposalsMessages.IDEA_SUBMITTED, UUID.randomUUID(), Instant.now(), "1833", idea,
            new IdeaSubmitted(idea, "resident", "Lysløype på Mo", "Tekst", "annet", Instant.now()));
        kafka.send(ProposalsMessages.IDEA_PUBLISHED, UUID.randomUUID(), Instant.now(), "1833", idea,
            new IdeaPublished(idea, "samskap", Instant.now()));

        eventually(() -> {
            var page = forms.get(STAFF, "/ideer/" + idea).body();
            assertTrue(page.contains("<h2 class=\"ds-heading\" data-size=\"xs\" id=\"idea-to-event-heading\">"
                + "Gjør idéen til et arrangement</h2>"), page);
            assertTrue(page.contains("action=\"/arrangementer/fra-ide/" + idea + "\""), page);
        });
    }

    @Test
    void staffMakeADraftFromAnIdeaInOneStep() {
        var idea = UUID.randomUUID().toString();
        events.answer("POST", "/ideas/" + idea + "/event", Answer.json(201, "{\"id\":\"" + EVENT + "\"}"));

        var answer = forms.post(STAFF, "/arrangementer/fra-ide/" + idea, "");

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(Optional.of("/arrangementer/" + EVENT + "/organisering?ferdig=fromIdea"),
            answer.headers().firstValue("Location"));
        assertTrue(events.lastCallTo("/ideas/" + idea + "/event").authorization().startsWith("Bearer "));
    }
}
