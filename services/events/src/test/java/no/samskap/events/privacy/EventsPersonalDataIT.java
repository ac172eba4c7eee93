package no.samskap.events.privacy;

import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.events.registrations.Registrants;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.PersonalDataOfApplication;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsPersonalDataIT {

    private static final String RANA = "1833";

    private ApplicationUnderTest events;
    private PersonalDataOfApplication personalData;
    private EventFixtures fixtures;
    private Registrants registrants;

    @BeforeAll
    void start(ApplicationUnderTest events, TestInfrastructure infrastructure) {
        this.events = events;
        this.personalData = new PersonalDataOfApplication(events, infrastructure);
        this.fixtures = new EventFixtures(events, infrastructure);
        this.registrants = new Registrants(events, fixtures);
    }

    @AfterAll
    void stop() {
        personalData.close();
        fixtures.close();
    }

    @Test
    @DisplayName("The person's download holds every kind of data the service keeps about them")
    void downloadHoldsEveryKind() throws SQLException {
        var person = EventsPersonFixture.in(events).fill();

        assertEquals(Map.of(
            "events.registrations", List.of("registrations"),
            "events.shifts", List.of("leads", "signUps"),
            "events.organising", List.of("eventsCreated", "roomBookingsApplied", "roomBookingsDecided"),
            "events.partners", List.of("attestSightings", "memberships")),
            personalData.kindsIn(person.subject(), RANA));
        var download = personalData.download(person.subject(), RANA).toString();
        assertTrue(download.contains(person.email()) && download.contains(person.phone()), download);
        assertFalse(download.contains(person.neighbour()), "the neighbour is not in the person's download");
    }

    @Test
    @DisplayName("After erasure no table holds the person's id, name, e-mail or phone, and the events they made stay")
    void erasureLeavesNoTrace() throws SQLException {
        var person = EventsPersonFixture.in(events).fill();

        personalData.erase(person.subject(), RANA);
        personalData.erase(person.subject(), RANA);

        try (var connection = events.connect()) {
            var sweep = PersonalDataSweep.forPerson(person.subject())
                .alsoWrittenAs(person.name(), person.email(), person.phone())
                .over(connection, List.of(connection.getSchema()));
            assertEquals(List.of(), sweep.traces());
            assertTrue(sweep.tablesSwept() >= 13, "tables searched: " + sweep.tablesSwept());
        }
        assertTrue(FormerParticipant.is(one("select created_by from event where id = ?", person.theirEvent())));
        assertEquals(null, one("select team_leader_id from shift where id = ?", person.theirShift()));
        assertEquals(person.neighbour(), one("select person_id from registration where event_id = ?",
            person.theirEvent()));
        assertEquals(person.neighbour(), one("select volunteer_id from shift_sign_up where shift_id = ?",
            person.theirShift()));
        assertEquals(Map.of(), personalData.kindsIn(person.subject(), RANA));
        assertFalse(personalData.kindsIn(person.neighbour(), RANA).isEmpty(), "the neighbour's data is kept");
    }

    @Test
    @DisplayName("An erased person's seat goes to the first in line, who is told, and no message names them after")
    void anErasedPersonsSeatGoesToTheFirstInLine() throws SQLException {
        var event = fixtures.published(1);
        var leaving = "leaving-" + UUID.randomUUID();
        var waiting = "waiting-" + UUID.randomUUID();
        registrants.register(event, leaving, 0);
        assertEquals("waiting", registrants.register(event, waiting, 0).get("status"));
        eventually(() -> assertEquals(0L, fixtures.count("select count(*) from outbox_message where sent_at is null"
            + " and envelope like '%" + leaving + "%'"), "the registration's messages are sent"));

        personalData.erase(leaving, RANA);

        assertEquals("confirmed", registrants.mine(event, waiting).get("status"));
        assertEquals(Map.of("confirmed", 1, "waiting", 0, "capacity", 1, "free", 0), registrants.seats(event));
        assertEquals(1, registrants.outbox(event, "registration-promoted").size());
        assertTrue(registrants.outbox(waiting, "person-notified").get(0).contains("\"kind\":\"registration-promoted\""));
        assertEquals(0L, fixtures.count("select count(*) from registration where person_id = '" + leaving + "'"));
        assertEquals(0L, fixtures.count("select count(*) from outbox_message where envelope like '%" + leaving + "%'"),
            "no message about the erased person is left to send");
    }

    private String one(String query, Object key) throws SQLException {
        try (var connection = events.connect(); var statement = connection.prepareStatement(query)) {
            statement.setObject(1, key);
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), query);
                return rows.getString(1);
            }
        }
    }
}
