package no.samskap.events;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.AttestSighted;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What event tests need before they start: associations and sightings as the organisations service would announce
 * them (real messages on Kafka, read by the service's own consumers), venues, and events in each state.
 */
public final class EventFixtures implements AutoCloseable {

    public static final String RANA = "1833";
    public static final String ULLENSVANG = "4618";
    public static final String STAFF = "rana-events-staff";

    private final TestTokens tokens = TestTokens.shared();
    private final ApplicationUnderTest events;
    private final MessagesOnKafka kafka;

    public EventFixtures(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.kafka = new MessagesOnKafka(infrastructure);
    }

    public HttpClient client() {
        return events.client();
    }

    public String staffToken() {
        return tokens.staff(STAFF, RANA);
    }

    /** An association of the municipality, verified by staff, with {@code adminId} as its admin; its id. */
    public String verifiedAssociation(String adminId, String municipality) {
        var id = association(adminId, municipality);
        kafka.send(OrganisationsMessages.ASSOCIATION_VERIFIED, UUID.randomUUID(), Instant.now(), municipality, id,
            new AssociationVerified(id, "staff", Instant.now()));
        eventually(() -> assertTrue(count("select count(*) from partner_association where id = '" + id
            + "' and verified") == 1, "the service has not read the verification of " + id));
        return id;
    }

    /** An association that staff have not verified yet. */
    public String association(String adminId, String municipality) {
        var id = UUID.randomUUID().toString();
        kafka.send(OrganisationsMessages.ASSOCIATION_REGISTERED, UUID.randomUUID(), Instant.now(), municipality, id,
            new AssociationRegistered(id, "912345602", "Lag " + id.substring(0, 8), "kor", "", null, adminId,
                Instant.now()));
        kafka.send(OrganisationsMessages.MEMBER_ADDED, UUID.randomUUID(), Instant.now(), municipality, id,
            new MemberAdded(id, adminId, "admin", adminId, Instant.now()));
        eventually(() -> assertTrue(count("select count(*) from partner_member where association_id = '" + id
            + "'") == 1, "the service has not read the association " + id));
        return id;
    }

    /** The volunteer's politiattest was sighted by the association and holds for a year. */
    public void sighted(String associationId, String volunteerId, String municipality) {
        kafka.send(OrganisationsMessages.ATTEST_SIGHTED, UUID.randomUUID(), Instant.now(), municipality, volunteerId,
            new AttestSighted(associationId, volunteerId, "barn-og-unge", LocalDate.now().plusYears(1)));
        eventually(() -> assertTrue(count("select count(*) from attest_sighting where volunteer_id = '"
            + volunteerId + "'") >= 1, "the service has not read the sighting of " + volunteerId));
    }

    /** An idea submitted to the municipality, as the proposals service announces it; its id. */
    public String submittedIdea(String municipality, String serviceArea, String title, String body) {
        var idea = UUID.randomUUID().toString();
        kafka.send(ProposalsMessages.IDEA_SUBMITTED, UUID.randomUUID(), Instant.now(), municipality, idea,
            new IdeaSubmitted(idea, "author-" + idea.substring(0, 8), title, body, serviceArea, Instant.now()));
        return idea;
    }

    /** An idea the municipality's staff accepted, read by the service; its id. */
    public String acceptedIdea(String municipality, String serviceArea, String title, String body) {
        var idea = submittedIdea(municipality, serviceArea, title, body);
        kafka.send(ProposalsMessages.IDEA_ANSWERED, UUID.randomUUID(), Instant.now(), municipality, idea,
            new IdeaAnswered(idea, "staff", "accepted", "Ja, dette gjør vi.", Instant.now()));
        eventually(() -> assertEquals(1, count("select count(*) from idea_copy where id = '" + idea
            + "' and status = 'accepted'"), "the service has not read the answer to " + idea));
        return idea;
    }

    /** A venue of the municipality, written straight to the service's table; its id. */
    public String venue(String municipality, String name, Integer capacity, List<String> accessibility) {
        var id = UUID.randomUUID();
        try (var connection = events.connect(); var insert = connection.prepareStatement(
            "insert into venue (id, municipality, name, address, capacity, accessibility, lent, described_at) "
                + "values (?, ?, ?, ?, ?, ?, true, now())")) {
            insert.setObject(1, id);
            insert.setString(2, municipality);
            insert.setString(3, name);
            insert.setString(4, "Ole Tobias Olsens gate 3, 8622 Mo i Rana");
            insert.setObject(5, capacity);
            insert.setArray(6, connection.createArrayOf("text", accessibility.toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    /** A body that describes a valid event a week from now, to change field by field. */
    public static Map<String, Object> eventBody() {
        var starts = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var body = new HashMap<String, Object>();
        body.put("title", "Lesestund på biblioteket");
        body.put("description", "Vi leser høyt fra nye bøker for barn.");
        body.put("hostingUnit", "bibliotek");
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(2, ChronoUnit.HOURS).toString());
        body.put("audience", "barn");
        body.put("capacity", 30);
        return body;
    }

    /** A draft by the municipality's staff; its id. */
    public String draft(Map<String, Object> body) {
        var created = client().toBlocking().retrieve(HttpRequest.POST("/events", body).bearerAuth(staffToken()),
            Map.class);
        return (String) created.get("id");
    }

    /** A published event with this capacity (null: unlimited); its id. */
    public String published(Integer capacity) {
        var body = eventBody();
        body.put("capacity", capacity);
        var id = draft(body);
        client().toBlocking().exchange(HttpRequest.POST("/events/" + id + "/publication", "")
            .bearerAuth(staffToken()));
        return id;
    }

    /** Changes the service's tables behind its back, as time passing would (an event that has begun). */
    public void execute(String statement) {
        try (var connection = events.connect(); var sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String query) {
        try (var connection = events.connect(); var statement = connection.createStatement();
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
