package no.samskap.organisations.associations.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationRegistrationIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        fixtures = new AssociationFixtures(client);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResidentRegistersAnAssociationUncheckedAndBecomesItsFirstAdmin() throws SQLException {
        var number = AssociationFixtures.freshOrganisationNumber();
        var response = client.toBlocking().exchange(register("rana-resident-1", Map.of("organisationNumber", number,
            "name", "Mo Skolekorps", "type", "korps", "description", "Korps for barn fra 8 år.",
            "contactEmail", "post@moskolekorps.no")), Map.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var created = response.body();
        assertEquals("/associations/" + created.get("id"), response.header("Location"));
        var stored = client.toBlocking().retrieve(HttpRequest.GET("/associations/" + created.get("id")), Map.class);
        assertEquals(number, stored.get("organisationNumber"));
        assertEquals("1833", stored.get("municipality"));
        assertEquals("unchecked", stored.get("registerStatus"));
        assertEquals(false, stored.get("verified"));
        assertEquals("post@moskolekorps.no", stored.get("contactEmail"));
        assertEquals(List.of("association-registered", "member-added"),
            organisations.outboxTypesFor((String) created.get("id")));
    }

    @Test
    void anOrganisationNumberWithAWrongCheckDigitIsRefusedNamingTheField() {
        var problem = organisations.refused(register("rana-resident-1", Map.of("organisationNumber", "974760674",
            "name", "Feil nummer", "type", "kor")));

        assertEquals(400, problem.get("status"));
        assertEquals("organisationNumber", firstField(problem));
    }

    @Test
    void theSameOrganisationNumberTwiceInOneMunicipalityIsRefusedAndTheFirstKept() {
        var number = AssociationFixtures.freshOrganisationNumber();
        var body = Map.of("organisationNumber", number, "name", "Rana Turn", "type", "idrettslag");
        assertEquals(201, organisations.statusOf(register("rana-resident-1", body)));

        var problem = organisations.refused(register("rana-resident-2", Map.of("organisationNumber", number,
            "name", "Et annet navn", "type", "kor")));

        assertEquals(409, problem.get("status"));
        assertEquals("organisationNumber", firstField(problem));
    }

    @Test
    void theSameOrganisationNumberMayBeRegisteredInAnotherMunicipality() {
        var number = AssociationFixtures.freshOrganisationNumber();
        var body = Map.of("organisationNumber", number, "name", "Hardanger Musikklag", "type", "korps");
        assertEquals(201, organisations.statusOf(register("rana-resident-1", body)));

        var elsewhere = HttpRequest.POST("/associations", body).bearerAuth(tokens.resident("ulv-resident", "4618"));

        assertEquals(201, organisations.statusOf(elsewhere));
    }

    @Test
    void anUnknownTypeABlankNameAndABadEmailAreRefusedNamingEachField() {
        var base = new HashMap<String, Object>(Map.of("organisationNumber",
            AssociationFixtures.freshOrganisationNumber(), "name", "Rana Dans", "type", "dans"));
        assertEquals("type", firstField(organisations.refused(register("rana-resident-1", with(base, "type", "x")))));
        assertEquals("name", firstField(organisations.refused(register("rana-resident-1", with(base, "name", " ")))));
        assertEquals("contactEmail", firstField(organisations.refused(register("rana-resident-1",
            with(base, "contactEmail", "ikke-en-adresse")))));
        assertEquals("parentAssociationId", firstField(organisations.refused(register("rana-resident-1",
            with(base, "parentAssociationId", "00000000-0000-0000-0000-000000000000")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLocalBranchNamesItsParentOrganisation() {
        var parent = fixtures.registeredBy("rana-resident-1");
        var branch = client.toBlocking().retrieve(register("rana-resident-2", Map.of("organisationNumber",
            AssociationFixtures.freshOrganisationNumber(), "name", "Rana Røde Kors, Mo", "type", "humanitaer",
            "parentAssociationId", parent)), Map.class);

        assertEquals(parent, branch.get("parentAssociationId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffVerificationThatMeetsAChangeMadeMeanwhileIsTriedAgainOnTheAssociationAsItIsNow() throws SQLException {
        var verifiedLater = fixtures.registeredBy("rana-resident-1");
        var changedEveryTime = fixtures.registeredBy("rana-resident-1");
        changedMeanwhile(Map.of(verifiedLater, 2, changedEveryTime, 3));
        try {
            var verified = client.toBlocking().retrieve(HttpRequest.POST("/associations/" + verifiedLater
                + "/verification", "").bearerAuth(tokens.staff("rana-staff", "1833")), Map.class);
            var refused = organisations.refused(HttpRequest.POST("/associations/" + changedEveryTime
                + "/verification", "").bearerAuth(tokens.staff("rana-staff", "1833")));

            assertEquals(true, verified.get("verified"));
            assertTrue(organisations.outboxTypesFor(verifiedLater).contains("association-verified"));
            assertEquals(409, refused.get("status"));
            assertEquals("https://samskap.no/problems/changed-meanwhile", refused.get("type"));
            assertEquals(false, client.toBlocking().retrieve(HttpRequest.GET("/associations/" + changedEveryTime),
                Map.class).get("verified"));
            assertTrue(!organisations.outboxTypesFor(changedEveryTime).contains("association-verified"));
        } finally {
            execute("drop trigger association_changed_meanwhile on association;"
                + " drop function association_changed_meanwhile(); drop table association_changes_meanwhile;"
                + " drop sequence association_meanwhile_1, association_meanwhile_2");
        }
    }

    /**
     * Makes the next updates of each association change nothing, as if another transaction had changed its version
     * first: what the optimistic lock sees when the register check saves the association at the same moment. The
     * updates are counted by a sequence each, which a rolled-back attempt does not take back.
     */
    private void changedMeanwhile(Map<String, Integer> updatesByAssociation) throws SQLException {
        execute("create table association_changes_meanwhile (association text primary key, counter text not null,"
            + " updates int not null)");
        var counter = 0;
        for (var entry : updatesByAssociation.entrySet()) {
            var sequence = "association_meanwhile_" + ++counter;
            execute("create sequence " + sequence + "; insert into association_changes_meanwhile values ('"
                + entry.getKey() + "', '" + sequence + "', " + entry.getValue() + ")");
        }
        execute("""
            create function association_changed_meanwhile() returns trigger language plpgsql as $$
            declare
                meanwhile record;
            begin
                select counter, updates into meanwhile from association_changes_meanwhile
                where association = new.id::text;
                if found and nextval(meanwhile.counter) <= meanwhile.updates then
                    return null;
                end if;
                return new;
            end
            $$;
            create trigger association_changed_meanwhile before update on association for each row
                execute function association_changed_meanwhile();""");
    }

    private void execute(String statements) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffOfTheMunicipalityVerifyAnAssociationOnceAndOthersMayNot() throws SQLException {
        var id = fixtures.registeredBy("rana-resident-1");
        var verify = "/associations/" + id + "/verification";

        assertEquals(403, organisations.statusOf(HttpRequest.POST(verify, "")
            .bearerAuth(tokens.staff("ulv-staff", "4618"))));
        assertEquals(403, organisations.statusOf(HttpRequest.POST(verify, "")
            .bearerAuth(tokens.resident("rana-resident-1", "1833"))));
        var verified = client.toBlocking().retrieve(HttpRequest.POST(verify, "")
            .bearerAuth(tokens.staff("rana-staff", "1833")), Map.class);

        assertEquals(true, verified.get("verified"));
        assertEquals(409, organisations.statusOf(HttpRequest.POST(verify, "")
            .bearerAuth(tokens.staff("rana-staff", "1833"))));
        assertTrue(organisations.outboxTypesFor(id).contains("association-verified"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminChangesTheDescriptionAndNobodyElseMay() {
        var id = fixtures.registeredBy("rana-resident-1");
        var change = Map.of("description", "Nye medlemmer er velkomne.");

        assertEquals(403, organisations.statusOf(HttpRequest.PATCH("/associations/" + id, change)
            .bearerAuth(tokens.resident("rana-resident-2", "1833"))));
        var changed = client.toBlocking().retrieve(HttpRequest.PATCH("/associations/" + id, change)
            .bearerAuth(tokens.resident("rana-resident-1", "1833")), Map.class);

        assertEquals("Nye medlemmer er velkomne.", changed.get("description"));
        assertEquals("Rana Sangkor", changed.get("name"));
    }

    @Test
    void aRefusedChangeLeavesTheAssociationAsItWas() {
        var id = fixtures.registeredBy("rana-resident-1");

        var problem = organisations.refused(HttpRequest.PATCH("/associations/" + id, Map.of("type", "ukjent",
            "description", "Skal ikke lagres.")).bearerAuth(tokens.resident("rana-resident-1", "1833")));

        assertEquals("type", firstField(problem));
        var stored = client.toBlocking().retrieve(HttpRequest.GET("/associations/" + id), Map.class);
        assertEquals("kor", stored.get("type"));
        assertEquals("Blandakor som øver på tirsdager.", stored.get("description"));
    }

    @Test
    void anUnknownAssociationIsNotFound() {
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/associations/" + UUID.randomUUID())));
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/associations/ikke-en-id")));
    }

    private HttpRequest<?> register(String subject, Map<String, ?> body) {
        return HttpRequest.POST("/associations", body).bearerAuth(tokens.resident(subject, "1833"));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
