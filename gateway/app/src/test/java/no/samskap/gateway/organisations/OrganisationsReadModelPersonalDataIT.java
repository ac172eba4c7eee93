package no.samskap.gateway.organisations;

import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalDataParts;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.RowsWritten;
import no.samskap.testkit.TestInfrastructure;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the organisations module's read models hold about a person: downloaded, and gone on {@code person-erased}. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationsReadModelPersonalDataIT {

    private static final String PART = "gateway.organisations";

    private final String person = "erased-" + UUID.randomUUID();
    private final String neighbour = "kept-" + UUID.randomUUID();
    private final UUID association = UUID.randomUUID();
    private final UUID theirOffer = UUID.randomUUID();
    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private MessagesOnKafka kafka;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws SQLException {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure);
        kafka = new MessagesOnKafka(infrastructure);
        try (var connection = infrastructure.connect(gateway.schema())) {
            var rows = new RowsWritten(connection);
            rows.execute("""
                insert into association_directory (id, municipality, organisation_number, name, type, description,
                                                   registered_at, updated_at)
                values (?, '1833', '974760673', 'Mo Songkor', 'kor', 'Vi syng.', now(), now())""", association);
            for (var someone : List.of(person, neighbour)) {
                rows.execute("""
                    insert into association_member (association_id, person_id, role, added_at)
                    values (?, ?, 'member', now())""", association, someone);
                rows.execute("""
                    insert into help_request (id, municipality, association_id, starts_at, ends_at, requested_at,
                                              taken_by, taken_at)
                    values (?, '1833', ?, now(), now() + interval '2 hours', now(), ?, now())""",
                    UUID.randomUUID(), association, someone);
            }
            var offer = """
                insert into help_offer (id, municipality, idea_id, association_id, offered_by, kind, description,
                                        offered_at)
                values (?, '1833', ?, null, ?, 'skills', 'Jeg kan lyd.', now())""";
            rows.execute(offer, theirOffer, UUID.randomUUID(), person);
            rows.execute(offer, UUID.randomUUID(), UUID.randomUUID(), neighbour);
        }
    }

    @AfterAll
    void stop() {
        kafka.close();
        gateway.close();
    }

    @Test
    void thePersonsDownloadHoldsTheirMembershipsOffersAndTasksAndTheErasureLeavesOnlyFormerParticipants()
        throws SQLException {
        assertEquals(List.of("helpOffers", "helpTasksTaken", "memberships"),
            gateway.bean(PersonalDataParts.class).export(person).get(PART).keySet().stream().sorted().toList());

        var erasure = UUID.randomUUID();
        kafka.send(PersonsMessages.PERSON_ERASED, erasure, Instant.now(), "1833", person,
            new PersonErased(person, Instant.now()));

        try (var connection = infrastructure.connect(gateway.schema())) {
            eventually(() -> assertEquals(1, count(connection, "processed_message", "message_id", erasure)));
            var sweep = PersonalDataSweep.forPerson(person).over(connection, List.of(gateway.schema()));
            assertEquals(List.of(), sweep.traces());
            assertTrue(sweep.tablesSwept() >= 10, "tables searched: " + sweep.tablesSwept());
            assertEquals(1, count(connection, "association_member", "person_id", neighbour));
            assertEquals(1, count(connection, "help_offer", "offered_by", neighbour));
            try (var statement = connection.prepareStatement("select offered_by from help_offer where id = ?")) {
                statement.setObject(1, theirOffer);
                try (var rows = statement.executeQuery()) {
                    assertTrue(rows.next() && FormerParticipant.is(rows.getString(1)), "the offer stays");
                }
            }
        }
        assertEquals(Map.of(), gateway.bean(PersonalDataParts.class).export(person).get(PART));
    }

    private static int count(java.sql.Connection connection, String table, String column, Object value)
        throws SQLException {
        try (var statement = connection.prepareStatement(
            "select count(*) from " + table + " where " + column + " = ?")) {
            statement.setObject(1, value);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
