package no.samskap.organisations.enhetsregisteret;

import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.application.RegisterFeedCursor;
import no.samskap.organisations.associations.application.RegisterFeedFollower;
import no.samskap.organisations.associations.domain.RegisterStatus;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named apart from the unit tests' {@code *Register*} pattern, so picking those never starts a service. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrregInTheServiceIT {

    private final RecordedRegister recorded = RecordedRegister.start();
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
}
