package no.samskap.organisations.privacy;

import io.micronaut.transaction.TransactionOperations;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.PersonTraces;
import no.samskap.testkit.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationsPersonalDataIT {

    private ApplicationUnderTest organisations;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
    }

    @Test
    @DisplayName("The export holds every kind of data the service keeps about the person")
    void exportHoldsEveryKind() throws SQLException {
        var person = OrganisationsPersonFixture.in(organisations).fill();

        var export = exportOf(person.subject());

        assertEquals(Map.of(
            "organisations.memberships", List.of("invitations", "memberships", "person"),
            "organisations.associations", List.of("registered", "verified"),
            "organisations.volunteers", List.of("profile"),
            "organisations.attests", List.of("officerOf", "requests", "sightings"),
            "organisations.hours", List.of("hours", "recordCodes"),
            "organisations.help", List.of("interest", "offers", "requestsMade", "requestsTaken")), export);
        assertTrue(exportText(person.subject()).contains(person.email()), "the export names the person's e-mail");
    }

    @Test
    @DisplayName("After erasure no table holds the person's id, name, e-mail or phone, and public records stay")
    void erasureLeavesNoTrace() throws SQLException {
        var person = OrganisationsPersonFixture.in(organisations).fill();

        eraseEverywhere(person.subject());
        eraseEverywhere(person.subject());

        try (var connection = organisations.connect()) {
            var sweep = PersonTraces.of(connection, person.words());
            assertEquals(List.of(), sweep.traces());
            assertTrue(sweep.tables() >= 15, "tables searched: " + sweep.tables());
        }
        assertTrue(FormerParticipant.is(one("select registered_by from association where id = ?",
            person.theirAssociation())));
        assertTrue(FormerParticipant.is(one("select verified_by from association where id = ?",
            person.othersAssociation())));
        assertTrue(FormerParticipant.is(one("select offered_by from help_offer where association_id = ?",
            person.theirAssociation())));
        assertEquals(person.neighbour(), one("select person_id from membership where association_id = ?",
            person.othersAssociation()));
        assertEquals(Map.of(), exportOf(person.subject()));
        assertTrue(!exportOf(person.neighbour()).isEmpty(), "the neighbour's data is kept");
    }

    private Map<String, List<String>> exportOf(String subject) {
        var kinds = new TreeMap<String, List<String>>();
        for (var part : parts()) {
            var found = part.export(subject);
            if (!found.isEmpty()) {
                kinds.put(part.part(), found.keySet().stream().sorted().toList());
            }
        }
        return kinds;
    }

    private String exportText(String subject) {
        return parts().stream().map(part -> String.valueOf(part.export(subject))).reduce("", String::concat);
    }

    @SuppressWarnings("unchecked")
    private void eraseEverywhere(String subject) {
        var transactions = (TransactionOperations<Object>) organisations.server().getApplicationContext()
            .getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            parts().forEach(part -> part.erase(subject));
            return null;
        });
    }

    private List<PersonalData> parts() {
        return List.copyOf(organisations.server().getApplicationContext().getBeansOfType(PersonalData.class));
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
