package no.samskap.organisations.enhetsregisteret;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.associations.application.AssociationRegisterChecks;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.application.RegisterFeedCursor;
import no.samskap.organisations.associations.application.RegisterFeedFollower;
import no.samskap.organisations.associations.domain.RegisterStatus;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service against the recorded register: checks after registration, retries, the update feed's rechecks. Named
 * apart from the unit tests' {@code *Register*} pattern, so picking those never starts a service.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrregInTheServiceIT {

    private final RecordedRegister recorded = RecordedRegister.start();
    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
            Map.of("samskap.enhetsregisteret.url", recorded.url().toString()));
    }

    @AfterAll
    void stop() {
        organisations.close();
        recorded.close();
    }

    @Test
    void theServiceLooksUpTheRegisterItIsPointedAt() {
        var register = organisations.server().getApplicationContext().getBean(Register.class);

        var facts = register.lookUp(RecordedRegister.FOUND);

        assertEquals(RegisterStatus.ACTIVE, facts.status());
        assertTrue(recorded.requestCount() > 0);
    }

    @Test
    void aRegisteredAssociationIsCheckedAfterItsRegistrationAndTheAnswerPublished() throws Exception {
        var id = register(RecordedRegister.FOUND, "1833");

        var checked = awaitStatusOtherThan("unchecked", id);

        assertEquals("active", checked.get("registerStatus"));
        assertEquals(true, checked.get("inFrivillighetsregisteret"));
        assertTrue(organisations.outboxTypesFor(id).contains("association-checked"));
    }

    @Test
    void aDeletedEntityIsMarkedAndCannotBeVerified() {
        var id = register(RecordedRegister.DELETED, "1833");

        var checked = awaitStatusOtherThan("unchecked", id);

        assertEquals("deleted", checked.get("registerStatus"));
        assertEquals(409, organisations.statusOf(HttpRequest.POST("/associations/" + id + "/verification", "")
            .bearerAuth(tokens.staff("rana-staff", "1833"))));
    }

    @Test
    void aLookupThatFailsLeavesTheRegistrationUncheckedAndIsRetriedWhenDue() throws Exception {
        recorded.failWith(503);
        String id;
        try {
            id = register(RecordedRegister.BANKRUPT, "1833");
            awaitFailures(id, 1);
            assertEquals("unchecked", association(id).get("registerStatus"));
        } finally {
            recorded.answerAsRecorded();
        }
        try (var connection = organisations.connect(); var statement = connection.createStatement()) {
            statement.execute("update association set next_register_check_at = now() - interval '1 second' "
                + "where id = '" + id + "'");
        }

        checks().retryDue();

        assertEquals("bankrupt", association(id).get("registerStatus"));
    }

    @Test
    void aChangeInTheUpdateFeedIsRecordedForEveryAssociationWithTheNumber() throws Exception {
        var id = register(RecordedRegister.FOUND, "4618");
        awaitStatusOtherThan("unchecked", id);
        recorded.answer("/enhetsregisteret/api/enheter/" + RecordedRegister.FOUND.value(), 200,
            recordedBody(RecordedRegister.BANKRUPT).replace(RecordedRegister.BANKRUPT.value(),
                RecordedRegister.FOUND.value()));
        try {
            checks().recheck(RecordedRegister.FOUND);
        } finally {
            recorded.answerAsRecorded();
        }

        assertEquals("bankrupt", association(id).get("registerStatus"));
        assertEquals(Set.of(RecordedRegister.FOUND), checks().knownAmong(Set.of(RecordedRegister.FOUND,
            RecordedRegister.UNKNOWN)));
    }

    @Test
    void theFeedFollowerIsOffInTests() {
        assertFalse(organisations.server().getApplicationContext().containsBean(RegisterFeedFollower.class));
    }

    @Test
    void theFeedCursorIsKeptInItsOwnTableAndNeverMovesBack() throws SQLException {
        var cursor = organisations.server().getApplicationContext().getBean(RegisterFeedCursor.class);
        assertEquals(OptionalLong.empty(), cursor.lastUpdateId());

        cursor.moveTo(RecordedRegister.LAST_UPDATE, Instant.parse("2026-12-06T03:00:00Z"));
        cursor.moveTo(RecordedRegister.FIRST_UPDATE, Instant.parse("2026-12-06T03:10:00Z"));

        assertEquals(OptionalLong.of(RecordedRegister.LAST_UPDATE), cursor.lastUpdateId());
        try (var connection = organisations.connect();
             var rows = connection.createStatement().executeQuery(
                 "select last_update_id, moved_at from register_feed_cursor")) {
            assertTrue(rows.next());
            assertEquals(RecordedRegister.LAST_UPDATE, rows.getLong(1));
            assertEquals(Instant.parse("2026-12-06T03:00:00Z"), rows.getTimestamp(2).toInstant());
            assertFalse(rows.next());
        }
    }

    private AssociationRegisterChecks checks() {
        return organisations.server().getApplicationContext().getBean(AssociationRegisterChecks.class);
    }

    @SuppressWarnings("unchecked")
    private String register(OrganisationNumber number, String municipality) {
        var created = organisations.client().toBlocking().retrieve(HttpRequest.POST("/associations",
            Map.of("organisationNumber", number.value(), "name", "Testlag", "type", "idrettslag"))
            .bearerAuth(tokens.resident("registrant-" + municipality, municipality)), Map.class);
        return (String) created.get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> association(String id) {
        return organisations.client().toBlocking().retrieve(HttpRequest.GET("/associations/" + id), Map.class);
    }

    private Map<String, Object> awaitStatusOtherThan(String status, String id) {
        var deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            var association = association(id);
            if (!status.equals(association.get("registerStatus"))) {
                return association;
            }
            pause();
        }
        throw new AssertionError("association " + id + " stayed " + status);
    }

    private void awaitFailures(String id, int failures) throws SQLException {
        var deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            try (var connection = organisations.connect(); var rows = connection.createStatement().executeQuery(
                "select register_check_failures from association where id = '" + id + "'")) {
                if (rows.next() && rows.getInt(1) >= failures) {
                    return;
                }
            }
            pause();
        }
        throw new AssertionError("no failed lookup recorded for " + id);
    }

    private static String recordedBody(OrganisationNumber number) throws IOException {
        try (var in = BrregInTheServiceIT.class.getResourceAsStream("/enhetsregisteret/enheter/" + number.value()
            + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
