package no.samskap.organisations.privacy;

import no.samskap.organisations.OrganisationsApplication;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationsPersonalDataIT {

    private static final String RANA = "1833";

    private ApplicationUnderTest organisations;
    private PersonalDataOfApplication personalData;

    @BeforeAll
    void start(ApplicationUnderTest organisations, TestInfrastructure infrastructure) {
        this.organisations = organisations;
        this.personalData = new PersonalDataOfApplication(organisations, infrastructure);
    }

    @AfterAll
    void stop() {
        personalData.close();
    }

    @Test
    @DisplayName("The person's download holds every kind of data the service keeps about them")
    void downloadHoldsEveryKind() throws SQLException {
        var person = OrganisationsPersonFixture.in(organisations).fill();

        assertEquals(Map.of(
            "organisations.memberships", List.of("invitations", "memberships", "person"),
            "organisations.associations", List.of("registered", "verified"),
            "organisations.volunteers", List.of("profile"),
            "organisations.attests", List.of("officerOf", "requests", "sightings"),
            "organisations.hours", List.of("hours", "recordCodes"),
            "organisations.help", List.of("interest", "offers", "requestsMade", "requestsTaken")),
            personalData.kindsIn(person.subject(), RANA));
        var download = personalData.download(person.subject(), RANA).toString();
        assertTrue(download.contains(person.email()) && download.contains(person.phone()), download);
        assertFalse(download.contains(person.neighbour()), "the neighbour is not in the person's download");
    }

    @Test
    @DisplayName("After erasure no table holds the person's id, name, e-mail or phone, and public records stay")
    void erasureLeavesNoTrace() throws SQLException {
        var person = OrganisationsPersonFixture.in(organisations).fill();

        personalData.erase(person.subject(), RANA);
        personalData.erase(person.subject(), RANA);

        try (var connection = organisations.connect()) {
            var sweep = PersonalDataSweep.forPerson(person.subject())
                .alsoWrittenAs(person.name(), person.email(), person.phone())
                .over(connection, List.of(connection.getSchema()));
            assertEquals(List.of(), sweep.traces());
            assertTrue(sweep.tablesSwept() >= 15, "tables searched: " + sweep.tablesSwept());
        }
        assertTrue(FormerParticipant.is(one("select registered_by from association where id = ?",
            person.theirAssociation())));
        assertEquals(null, one("select coalesce(contact_email, contact_phone) from association where id = ?",
            person.theirAssociation()));
        assertTrue(FormerParticipant.is(one("select verified_by from association where id = ?",
            person.othersAssociation())));
        assertTrue(FormerParticipant.is(one("select offered_by from help_offer where association_id = ?",
            person.theirAssociation())));
        assertEquals(person.neighbour(), one("select person_id from membership where association_id = ?",
            person.othersAssociation()));
        assertEquals(Map.of(), personalData.kindsIn(person.subject(), RANA));
        assertFalse(personalData.kindsIn(person.neighbour(), RANA).isEmpty(), "the neighbour's data is kept");
    }

    private String one(String query, Object key) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(query)) {
            statement.setObject(1, key);
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), query);
                return rows.getString(1);
            }
        }
    }
}
