package no.samskap.feedback.attendance.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.contract.events.AttendeeRegistered;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventUpdated;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may give feedback on an event, learnt from the events service's messages published on Kafka, whatever order
 * they arrive in and however often.
 */
@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityIT {

    private static final Instant WEEKS_AGO = Instant.now().minus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private ApplicationUnderTest service;
    private FeedbackFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest service, TestInfrastructure infrastructure) {
        this.service = service;
        this.fixtures = new FeedbackFixtures(service, infrastructure);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void aRegistrantBecomesEligibleWhenTheCompletionArrivesBeforeThePublicationAndTheRegistration() {
        var event = UUID.randomUUID().toString();
        fixtures.completed(event, RANA);
        fixtures.registered(event, RANA, "registration-1", "late-kari", WEEKS_AGO);
        var published = fixtures.publishedEvent(RANA, "Ignored");
        sendFacts(event, "Sommerkonsert", WEEKS_AGO);

        eventually(() -> assertEquals(eligible(event), eligibility(event, "late-kari")));
        eventually(() -> assertEquals(1, fixtures.count("select count(*) from event_copy where id = '" + event
            + "' and title = 'Sommerkonsert'")));
        assertEquals(notEligible(published, "not-completed"), eligibility(published, "late-kari"));
    }

    @Test
    void aCancellationThatArrivesBeforeTheRegistrationItCancelsStillLeavesThePersonUnregistered() {
        var event = fixtures.completedEvent(RANA, "Lesestund");
        fixtures.unregistered(event, RANA, "registration-2", "ola-cancelled", WEEKS_AGO.plusSeconds(3_600));
        fixtures.registered(event, RANA, "registration-2", "ola-cancelled", WEEKS_AGO);

        awaitEverythingSentAbout(event);
        assertEquals(notEligible(event, "not-attended"), eligibility(event, "ola-cancelled"));
    }

    @Test
    void aRegistrationDeliveredTwiceAfterItsCancellationDoesNotBringThePersonBack() {
        var event = fixtures.completedEvent(RANA, "Filmkveld");
        var registration = UUID.randomUUID();
        sendRegistered(event, registration, "siri-twice", WEEKS_AGO);
        fixtures.unregistered(event, RANA, "registration-3", "siri-twice", WEEKS_AGO.plusSeconds(60));
        sendRegistered(event, registration, "siri-twice", WEEKS_AGO);
        sendRegistered(event, UUID.randomUUID(), "siri-twice", WEEKS_AGO);

        awaitEverythingSentAbout(event);
        assertEquals(notEligible(event, "not-attended"), eligibility(event, "siri-twice"));
    }

    @Test
    void someoneWhoCancelledAndRegisteredAgainIsEligibleWhateverOrderTheMessagesCome() {
        var event = fixtures.completedEvent(RANA, "Konsert");
        fixtures.registered(event, RANA, "registration-5", "per-again", WEEKS_AGO.plusSeconds(7_200));
        fixtures.unregistered(event, RANA, "registration-4", "per-again", WEEKS_AGO.plusSeconds(3_600));
        fixtures.registered(event, RANA, "registration-4", "per-again", WEEKS_AGO);

        eventually(() -> assertEquals(eligible(event), eligibility(event, "per-again")));
    }

    @Test
    void aRegistrantCheckedInAtTheDoorStaysEligibleThoughACancellationComesLater() {
        var event = fixtures.completedEvent(RANA, "Teater");
        fixtures.checkedIn(event, RANA, "registration-6", "nils-came", WEEKS_AGO.plusSeconds(60));
        fixtures.unregistered(event, RANA, "registration-6", "nils-came", WEEKS_AGO.plusSeconds(120));

        awaitEverythingSentAbout(event);
        assertEquals(eligible(event), eligibility(event, "nils-came"));
    }

    @Test
    void aVolunteerCheckedInForAShiftIsEligible() {
        var event = fixtures.completedEvent(RANA, "Kulturnatt");
        fixtures.workedShift(event, RANA, "vera-volunteer", WEEKS_AGO);

        eventually(() -> assertEquals(eligible(event), eligibility(event, "vera-volunteer")));
    }

    @Test
    void anOlderDescriptionArrivingLateNeitherRenamesTheEventNorUndoesItsCompletion() {
        var event = fixtures.completedEvent(RANA, "Riktig tittel", "anna-late");
        fixtures.completed(event, RANA);
        awaitProcessed(sendFacts(event, "Gammel tittel", WEEKS_AGO.minus(30, ChronoUnit.DAYS)));

        assertEquals(eligible(event), eligibility(event, "anna-late"));
        assertEquals(1, fixtures.count("select count(*) from event_copy where id = '" + event
            + "' and title = 'Riktig tittel' and completed_at is not null"));
    }

    @Test
    void oncePeopleGaveFeedbackTheyAreToldSoWithItsId() {
        var event = fixtures.completedEvent(RANA, "Jazzkveld", "eva-gave");
        var id = fixtures.give(fixtures.resident("eva-gave", RANA), FeedbackFixtures.onEvent(event, 4));

        var expected = new HashMap<>(notEligible(event, "already-given"));
        expected.put("feedbackId", id);
        assertEquals(expected, eligibility(event, "eva-gave"));
    }

    @Test
    void anEventNeverHeardOfIsNotCompletedAndAnEventIdThatIsNoneIsRefused() {
        var unknown = UUID.randomUUID().toString();

        assertEquals(notEligible(unknown, "not-completed"), eligibility(unknown, "someone"));
        var problem = service.refused(HttpRequest.GET("/events/not-an-id/feedback-eligibility")
            .bearerAuth(fixtures.resident("someone", RANA)));
        assertEquals("eventId", ApplicationUnderTest.firstField(problem));
    }

    /**
     * Waits until the service has applied every attendance message sent about the event so far: they travel keyed by
     * the event, so they are applied in the order sent, and a last one applied means all before it were.
     */
    private void awaitEverythingSentAbout(String event) {
        var marker = UUID.randomUUID();
        sendRegistered(event, marker, "marker-" + marker, WEEKS_AGO);
        awaitProcessed(marker);
    }

    private void awaitProcessed(UUID messageId) {
        eventually(() -> assertEquals(1, fixtures.count("select count(*) from processed_message where message_id = '"
            + messageId + "'"), "the service has not applied message " + messageId));
    }

    private void sendRegistered(String event, UUID messageId, String person, Instant at) {
        fixtures.kafka().send(EventsMessages.ATTENDEE_REGISTERED, messageId, at, RANA, event,
            new AttendeeRegistered(event, person.startsWith("marker-") ? person : "registration-3", person, at));
    }

    /** The message's id. */
    private UUID sendFacts(String event, String title, Instant at) {
        var id = UUID.randomUUID();
        fixtures.kafka().send(EventsMessages.EVENT_UPDATED, id, at, RANA, event, new EventUpdated(event,
            new EventFacts(title, "", "kulturhus", List.of(), List.of(), null, null, null, WEEKS_AGO,
                WEEKS_AGO.plusSeconds(7_200), "alle", List.of(), null, null, List.of()), "staff", at));
        return id;
    }

    private Map<String, Object> eligibility(String event, String person) {
        return service.client().toBlocking().retrieve(HttpRequest.GET("/events/" + event + "/feedback-eligibility")
            .bearerAuth(fixtures.resident(person, RANA)), Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, Object> eligible(String event) {
        var expected = new HashMap<String, Object>();
        expected.put("eventId", event);
        expected.put("eligible", true);
        expected.put("reason", null);
        expected.put("feedbackId", null);
        return expected;
    }

    private static Map<String, Object> notEligible(String event, String reason) {
        var expected = eligible(event);
        expected.put("eligible", false);
        expected.put("reason", reason);
        return expected;
    }
}
