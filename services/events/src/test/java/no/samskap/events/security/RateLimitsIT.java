package no.samskap.events.security;

import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.registrations.Registrants;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.DailyWriteLimit;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.UUID;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events service where Rana allows three writes a person a day: registering and cancelling count together, and
 * the cancellation over the limit changes nothing. Staff are people too: publishing the one event takes two of
 * theirs.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private ApplicationUnderTest events;
    private EventFixtures fixtures;
    private Registrants registrants;
    private String event;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        events = ApplicationUnderTest.start(EventsApplication.class, infrastructure, DailyWriteLimit.of(RANA, 3));
        fixtures = new EventFixtures(events, infrastructure);
        registrants = new Registrants(events, fixtures);
        event = fixtures.published(null);
    }

    @AfterAll
    void stop() {
        fixtures.close();
        events.close();
    }

    @Test
    void countsRegistrationsAndCancellationsTogetherAndChangesNothingOverTheLimit() throws SQLException {
        var person = "resident-" + UUID.randomUUID();
        registrants.register(event, person, 0);
        registrants.cancel(event, person);
        registrants.register(event, person, 1);
        var outboxBefore = events.count("select count(*) from outbox_message");

        var refusal = events.rateLimited(registrants.cancellation(event, person));

        assertAll(
            () -> assertTrue(String.valueOf(refusal.get("detail")).contains("3 changes per 86400 seconds"),
                String.valueOf(refusal.get("detail"))),
            () -> assertEquals("confirmed", registrants.mine(event, person).get("status")),
            () -> assertEquals(1, events.count("select count(*) from registration where person_id = '" + person
                + "' and status = 'cancelled'")),
            () -> assertEquals(outboxBefore, events.count("select count(*) from outbox_message")),
            () -> assertEquals(201, events.statusOf(registrants.registration(event, "other-" + UUID.randomUUID(),
                0))));
    }
}
