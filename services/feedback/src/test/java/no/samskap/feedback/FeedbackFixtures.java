package no.samskap.feedback;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.events.AttendeeCheckedIn;
import no.samskap.contract.events.AttendeeRegistered;
import no.samskap.contract.events.AttendeeUnregistered;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftCheckedIn;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What feedback tests need before they start: municipalities that describe their service units and completed events
 * with their attendees, each as the owning service announces it (real messages on Kafka, read by the service's own
 * consumers), tokens that carry a name, and feedback given through the API.
 */
public final class FeedbackFixtures implements AutoCloseable {

    public static final String RANA = "1833";
    public static final String ULLENSVANG = "4618";
    public static final String STAFF = "rana-feedback-staff";
    public static final List<String> UNITS = List.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus");

    private final TestTokens tokens = TestTokens.shared();
    private final ApplicationUnderTest feedback;
    private final MessagesOnKafka kafka;

    public FeedbackFixtures(ApplicationUnderTest feedback, TestInfrastructure infrastructure) {
        this.feedback = feedback;
        this.kafka = new MessagesOnKafka(infrastructure);
        warmUp();
    }

    /**
     * Has the service answer one signed-in request before the tests do: the first one loads the token keys and much
     * of the HTTP stack, which on a busy machine can outlast the client's read timeout.
     */
    private void warmUp() {
        eventually(Duration.ofSeconds(90), () -> client().toBlocking().exchange(HttpRequest.GET("/me/feedback")
            .bearerAuth(resident("warm-up", RANA))));
    }

    public HttpClient client() {
        return feedback.client();
    }

    public MessagesOnKafka kafka() {
        return kafka;
    }

    /** A resident of the municipality whose token names them "Name of {subject}". */
    public String resident(String subject, String municipality) {
        return tokens.sign(tokens.claims(subject, municipality, "resident").claim("name", nameOf(subject)).build());
    }

    public String staffToken() {
        return tokens.staff(STAFF, RANA);
    }

    public static String nameOf(String subject) {
        return "Name of " + subject;
    }

    /** The municipality describes itself with the five usual service units; waits until the service has it. */
    public void describedMunicipality(String municipality) {
        var areas = UNITS.stream().map(code -> new NamedChoice(code, new Names(code + " (nb)", code + " (nn)",
            code + " (en)"))).toList();
        kafka.send(MunicipalityMessages.MUNICIPALITY_DESCRIBED, UUID.randomUUID(), Instant.now(), municipality,
            municipality, new MunicipalityDescribed(municipality, "Kommune " + municipality, areas, List.of(),
                List.of(), Instant.now()));
        eventually(() -> assertEquals(1, count("select count(*) from municipality_copy where municipality = '"
            + municipality + "'"), "the service has not read the description of " + municipality));
    }

    /** An event of the municipality, published a week ago; its id. Nothing is waited for. */
    public String publishedEvent(String municipality, String title) {
        var id = UUID.randomUUID().toString();
        var starts = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        kafka.send(EventsMessages.EVENT_PUBLISHED, UUID.randomUUID(), starts.minus(14, ChronoUnit.DAYS),
            municipality, id, new EventPublished(id, new EventFacts(title, "Beskrivelse av " + title, "kulturhus",
                List.of(), List.of(), null, null, null, starts, starts.plus(2, ChronoUnit.HOURS), "alle", List.of(),
                null, null, List.of()), "events-staff", starts.minus(14, ChronoUnit.DAYS)));
        return id;
    }

    public void registered(String eventId, String municipality, String registrationId, String personId,
                           Instant at) {
        kafka.send(EventsMessages.ATTENDEE_REGISTERED, UUID.randomUUID(), at, municipality, eventId,
            new AttendeeRegistered(eventId, registrationId, personId, at));
    }

    public void unregistered(String eventId, String municipality, String registrationId, String personId,
                             Instant at) {
        kafka.send(EventsMessages.ATTENDEE_UNREGISTERED, UUID.randomUUID(), at, municipality, eventId,
            new AttendeeUnregistered(eventId, registrationId, personId, at));
    }

    public void checkedIn(String eventId, String municipality, String registrationId, String personId, Instant at) {
        kafka.send(EventsMessages.ATTENDEE_CHECKED_IN, UUID.randomUUID(), at, municipality, eventId,
            new AttendeeCheckedIn(eventId, registrationId, personId, at));
    }

    public void workedShift(String eventId, String municipality, String volunteerId, Instant at) {
        kafka.send(EventsMessages.SHIFT_CHECKED_IN, UUID.randomUUID(), at, municipality, eventId,
            new ShiftCheckedIn(eventId, UUID.randomUUID().toString(), volunteerId, null, "Garderobe", at,
                at.plus(2, ChronoUnit.HOURS), at));
    }

    public void completed(String eventId, String municipality) {
        kafka.send(EventsMessages.EVENT_COMPLETED, UUID.randomUUID(), Instant.now(), municipality, eventId,
            new EventCompleted(eventId, List.of(), null, "events-staff", Instant.now()));
    }

    /**
     * A completed event of the municipality that each of the attendees (subject ids) registered for; waits until
     * the service knows all of it. Its id.
     */
    public String completedEvent(String municipality, String title, String... attendees) {
        var id = publishedEvent(municipality, title);
        var registeredAt = Instant.now().minus(10, ChronoUnit.DAYS);
        for (var attendee : attendees) {
            registered(id, municipality, UUID.randomUUID().toString(), attendee, registeredAt);
        }
        completed(id, municipality);
        eventually(() -> {
            assertEquals(1, count("select count(*) from event_copy where id = '" + id
                + "' and completed_at is not null and title is not null"), "the service has not read the event " + id);
            assertEquals(attendees.length, count("select count(*) from attendance where event_id = '" + id + "'"),
                "the service has not read the attendees of " + id);
        });
        return id;
    }

    /** A body of valid feedback on the event, to change field by field. */
    public static Map<String, Object> onEvent(String eventId, int rating) {
        var body = new HashMap<String, Object>();
        body.put("eventId", eventId);
        body.put("rating", rating);
        body.put("text", "Flott kveld, god lyd.");
        body.put("wishNext", "Mer jazz for ungdom.");
        body.put("ideaConsent", true);
        return body;
    }

    /** A body of valid feedback on the municipality's service unit, to change field by field. */
    public static Map<String, Object> onUnit(String municipality, String unit, int rating, boolean anonymous) {
        var body = new HashMap<String, Object>();
        body.put("municipality", municipality);
        body.put("unit", unit);
        body.put("rating", rating);
        body.put("text", "Biblioteket burde ha åpent lenger om kvelden.");
        body.put("anonymous", anonymous);
        return body;
    }

    /** Feedback given by the token's person with this body; its id. */
    @SuppressWarnings("unchecked")
    public String give(String token, Map<String, Object> body) {
        return (String) client().toBlocking().retrieve(giving(token, body), Map.class).get("id");
    }

    public static HttpRequest<?> giving(String token, Map<String, Object> body) {
        return HttpRequest.POST("/feedback", body).bearerAuth(token);
    }

    /** Feedback on a fresh completed event of Rana by a fresh attendee; its id. */
    public String eventFeedback(String attendee, int rating) {
        var event = completedEvent(RANA, "Konsert i kulturhuset", attendee);
        return give(resident(attendee, RANA), onEvent(event, rating));
    }

    /** Feedback on Rana's library, which must have been described; its id. */
    public String unitFeedback(String author, boolean anonymous) {
        return give(resident(author, RANA), onUnit(RANA, "bibliotek", 4, anonymous));
    }

    /** Changes the service's tables behind its back, as time passing would. */
    public void execute(String statement) {
        try (var connection = feedback.connect(); var sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String query) {
        try (var connection = feedback.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
