package no.samskap.organisations.volunteers.api;

import io.micronaut.http.HttpRequest;
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

import static no.samskap.organisations.AssociationFixtures.with;
import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerProfileIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;

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
    void aPersonCreatesReplacesReadsAndWithdrawsTheirProfile() throws SQLException {
        var created = client.toBlocking().retrieve(put("vol-1", profile(true, "lyd-lys", "rigging")), Map.class);
        assertEquals(List.of("lyd-lys", "rigging"), created.get("skills"));
        assertEquals(true, created.get("contactConsent"));

        var replaced = client.toBlocking().retrieve(put("vol-1", with(profile(false, "kafe"), "languages",
            List.of("nb", "uk", "nb"))), Map.class);
        assertEquals(List.of("kafe"), replaced.get("skills"));
        assertEquals(List.of("nb", "uk"), replaced.get("languages"));
        assertEquals(created.get("registeredAt"), replaced.get("registeredAt"));

        var read = client.toBlocking().retrieve(HttpRequest.GET("/me/volunteer").bearerAuth(resident("vol-1")),
            Map.class);
        assertEquals("Kan ikke torsdager.", read.get("availabilityNote"));
        assertEquals(false, read.get("contactConsent"));

        assertEquals(204, organisations.statusOf(HttpRequest.DELETE("/me/volunteer").bearerAuth(resident("vol-1"))));
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/me/volunteer").bearerAuth(resident("vol-1"))));
        assertEquals(404, organisations.statusOf(HttpRequest.DELETE("/me/volunteer").bearerAuth(resident("vol-1"))));
        assertEquals(List.of("volunteer-registered", "volunteer-updated", "volunteer-withdrawn"),
            organisations.outboxTypesFor("vol-1"));
    }

    @Test
    void consentToBeContactedIsFalseWhenLeftOut() {
        var body = new HashMap<>(profile(true, "vakt"));
        body.remove("contactConsent");

        var created = client.toBlocking().retrieve(put("vol-2", body), Map.class);

        assertEquals(false, created.get("contactConsent"));
    }

    @Test
    void unknownCodesAndATooLongNoteAreRefusedNamingTheFieldAndNothingIsStored() {
        var good = profile(true, "scene");
        assertEquals("skills", firstField(organisations.refused(put("vol-3", with(good, "skills", List.of("sang"))))));
        assertEquals("availability", firstField(organisations.refused(put("vol-3",
            with(good, "availability", List.of("nights"))))));
        assertEquals("languages", firstField(organisations.refused(put("vol-3",
            with(good, "languages", List.of("norsk"))))));
        assertEquals("ageBand", firstField(organisations.refused(put("vol-3", with(good, "ageBand", "15")))));
        assertEquals("ageBand", firstField(organisations.refused(put("vol-3", with(good, "ageBand", null)))));
        assertEquals("availabilityNote", firstField(organisations.refused(put("vol-3",
            with(good, "availabilityNote", "x".repeat(301))))));
        assertEquals("contactConsent", firstField(organisations.refused(put("vol-3",
            with(good, "contactConsent", "yes")))));

        assertEquals(404, organisations.statusOf(HttpRequest.GET("/me/volunteer").bearerAuth(resident("vol-3"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffFindOnlyVolunteersWhoConsentedBySkillAndAvailability() {
        client.toBlocking().exchange(put("vol-10", profile(true, "forstehjelp", "transport")));
        client.toBlocking().exchange(put("vol-11", profile(false, "forstehjelp")));
        client.toBlocking().exchange(put("vol-12", with(profile(true, "forstehjelp"), "availability",
            List.of("weekdays"))));

        var found = search(tokens.staff("rana-staff", RANA), "?skill=forstehjelp&availability=weekends");

        assertEquals(List.of("vol-10"), ids(found));
        var first = ((List<Map<String, Object>>) found.get("volunteers")).get(0);
        assertEquals(List.of("forstehjelp", "transport"), first.get("skills"));
        assertEquals("26-66", first.get("ageBand"));
        assertEquals("vol-10", first.get("displayName"));
        assertFalse(first.containsKey("availabilityNote"));
        assertTrue(ids(search(tokens.staff("rana-staff", RANA), "?skill=forstehjelp")).containsAll(
            List.of("vol-10", "vol-12")));
    }

    @Test
    void aVolunteerWhoWithdrawsConsentDisappearsFromSearchesAtOnce() {
        client.toBlocking().exchange(put("vol-20", profile(true, "digital-streaming")));
        assertEquals(List.of("vol-20"), ids(search(tokens.staff("rana-staff", RANA), "?skill=digital-streaming")));

        client.toBlocking().exchange(put("vol-20", profile(false, "digital-streaming")));

        assertEquals(List.of(), ids(search(tokens.staff("rana-staff", RANA), "?skill=digital-streaming")));
    }

    @Test
    void anAdminOfAnAssociationInTheMunicipalityMaySearchAndOtherPeopleMayNot() {
        client.toBlocking().exchange(put("vol-30", profile(true, "billettsalg")));
        fixtures.registeredBy("rana-admin-30");

        assertEquals(List.of("vol-30"), ids(search(resident("rana-admin-30"), "?skill=billettsalg")));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/volunteers?skill=billettsalg")
            .bearerAuth(resident("rana-nobody"))));
        var association = fixtures.registeredBy("rana-admin-31");
        fixtures.withMember(association, "rana-admin-31", "rana-member-31", "member");
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/volunteers?skill=billettsalg")
            .bearerAuth(resident("rana-member-31"))));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/volunteers?municipality=1833")
            .bearerAuth(tokens.staff("ulv-staff", "4618"))));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/volunteers?municipality=4618")
            .bearerAuth(resident("rana-admin-30"))));
        assertEquals(401, organisations.statusOf(HttpRequest.GET("/volunteers")));
    }

    @Test
    void aSearchForAnUnknownSkillOrMunicipalityIsRefusedNamingTheParameter() {
        var staff = tokens.staff("rana-staff", RANA);
        assertEquals("skill", firstField(organisations.refused(HttpRequest.GET("/volunteers?skill=sang")
            .bearerAuth(staff))));
        assertEquals("availability", firstField(organisations.refused(
            HttpRequest.GET("/volunteers?availability=nights").bearerAuth(staff))));
        assertEquals("municipality", firstField(organisations.refused(
            HttpRequest.GET("/volunteers?municipality=rana").bearerAuth(staff))));
    }

    @Test
    void theMessagesCarryCodesButNeverTheNote() throws SQLException {
        client.toBlocking().exchange(put("vol-40", profile(true, "kafe")));

        try (var connection = organisations.connect(); var statement = connection.prepareStatement(
            "select envelope from outbox_message where message_key = 'vol-40'")) {
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next());
                var envelope = rows.getString(1);
                assertTrue(envelope.contains("\"skills\":[\"kafe\"]"), envelope);
                assertFalse(envelope.contains("torsdager"), envelope);
            }
        }
    }

    private HttpRequest<?> put(String subject, Map<String, ?> body) {
        return HttpRequest.PUT("/me/volunteer", body).bearerAuth(resident(subject));
    }

    private String resident(String subject) {
        return tokens.resident(subject, RANA);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/volunteers" + query).bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> found) {
        return ((List<Map<String, Object>>) found.get("volunteers")).stream()
            .map(volunteer -> (String) volunteer.get("volunteerId")).toList();
    }

    private static Map<String, Object> profile(boolean consent, String... skills) {
        return Map.of("skills", List.of(skills), "availability", List.of("evenings", "weekends"),
            "availabilityNote", "Kan ikke torsdager.", "languages", List.of("nb", "en"), "contactConsent", consent,
            "ageBand", "26-66");
    }
}
