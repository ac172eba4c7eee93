package no.samskap.organisations.hours.messaging;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftCheckedIn;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftHoursIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;
    private static final Instant STARTS = Instant.parse("2026-11-28T16:30:00Z");

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private AssociationFixtures associations;
    private MessagesOnKafka kafka;

    @BeforeAll
    void start(ApplicationUnderTest organisations, TestInfrastructure infrastructure) {
        this.organisations = organisations;
        this.associations = new AssociationFixtures(organisations.client());
        this.kafka = new MessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        kafka.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckInOnTheirOwnBecomesApprovedHoursOnTheVolunteersRecordOnceEvenWhenReadTwice() throws SQLException {
        var shift = UUID.randomUUID().toString();
        var event = UUID.randomUUID().toString();

        checkedIn(event, shift, "shift-volunteer", null);
        eventually(() -> onlyHoursOf("shift-volunteer", shift));
        var again = checkedIn(event, shift, "shift-volunteer", null);
        eventually(() -> assertEquals(1, processed(again)));

        var entry = onlyHoursOf("shift-volunteer", shift);
        assertEquals("approved", entry.get("status"));
        assertEquals(2.5, ((Number) entry.get("hours")).doubleValue());
        assertEquals("2026-11-28", entry.get("date"));
        assertEquals("Kiosk", entry.get("role"));
        assertEquals(event, entry.get("eventId"));
        assertNull(entry.get("offerId"));
        var id = (String) entry.get("id");
        assertEquals(List.of("hours-logged", "hours-approved"), organisations.outboxTypesFor(id));
        var record = organisations.client().toBlocking().retrieve(HttpRequest.GET("/me/volunteer-record")
            .bearerAuth(tokens.resident("shift-volunteer", RANA)), Map.class);
        assertEquals(2.5, ((Number) record.get("totalHours")).doubleValue());
    }

    @Test
    void aCheckInForAnAssociationWaitsForItsAdminsToApprove() throws SQLException {
        var association = associations.registeredBy("shift-association-admin");
        var shift = UUID.randomUUID().toString();

        checkedIn(UUID.randomUUID().toString(), shift, "shift-member", association);
        eventually(() -> onlyHoursOf("shift-member", shift));

        var entry = onlyHoursOf("shift-member", shift);

        assertEquals("logged", entry.get("status"));
        assertEquals(association, entry.get("associationId"));
        var waiting = organisations.client().toBlocking().retrieve(HttpRequest.GET("/associations/" + association
            + "/hours?status=logged").bearerAuth(tokens.resident("shift-association-admin", RANA)),
            Argument.listOf(Map.class));
        assertTrue(waiting.stream().anyMatch(hours -> entry.get("id").equals(hours.get("id"))));
        assertEquals(List.of("hours-logged"), organisations.outboxTypesFor((String) entry.get("id")));
    }

    /** Sends the events service's message that the volunteer was checked in for the shift; its message id. */
    private UUID checkedIn(String event, String shift, String volunteer, String association) {
        var id = UUID.randomUUID();
        kafka.send(EventsMessages.SHIFT_CHECKED_IN, id, Instant.now(), RANA, event,
            new ShiftCheckedIn(event, shift, volunteer, association, "Kiosk", STARTS,
                STARTS.plusSeconds(150 * 60), STARTS.minusSeconds(300)));
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> hoursOf(String volunteer) {
        return (List<Map<String, Object>>) (List<?>) organisations.client().toBlocking().retrieve(
            HttpRequest.GET("/me/hours").bearerAuth(tokens.resident(volunteer, RANA)), Argument.listOf(Map.class));
    }

    private Map<String, Object> onlyHoursOf(String volunteer, String shift) {
        var found = hoursOf(volunteer).stream().filter(hours -> shift.equals(hours.get("shiftId"))).toList();
        assertEquals(1, found.size(), "hours of shift " + shift + " for " + volunteer);
        return found.get(0);
    }

    private long processed(UUID messageId) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(
            "select count(*) from processed_message where message_id = ?")) {
            statement.setObject(1, messageId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
