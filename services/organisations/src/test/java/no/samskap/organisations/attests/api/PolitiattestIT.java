package no.samskap.organisations.attests.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.attests.application.AttestExpiry;
import no.samskap.organisations.attests.domain.CertificateContent;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static no.samskap.organisations.AssociationFixtures.with;
import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolitiattestIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;
    private static final String ADMIN = "att-admin";
    private static final String RESPONSIBLE = "att-responsible";
    private static final String DEPUTY = "att-deputy";
    private static final String MEMBER = "att-member";

    private final TestTokens tokens = TestTokens.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures fixtures;
    private String association;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        fixtures = new AssociationFixtures(client);
        association = fixtures.registeredBy(ADMIN);
        for (var member : List.of(RESPONSIBLE, DEPUTY, MEMBER)) {
            fixtures.withMember(association, ADMIN, member, "member");
        }
        client.toBlocking().exchange(appoint(ADMIN, Map.of("responsibleId", RESPONSIBLE, "deputyId", DEPUTY)));
    }

    @Test
    void anAdminAppointsTwoOfItsMembersAndEveryoneElseIsRefused() {
        var other = fixtures.registeredBy("att-admin-2");
        fixtures.withMember(other, "att-admin-2", "att-other-member", "member");
        var officers = Map.of("responsibleId", "att-admin-2", "deputyId", "att-other-member");

        assertEquals(403, organisations.statusOf(appointIn(other, "att-other-member", officers)));
        assertEquals(403, organisations.statusOf(appointIn(other, ADMIN, officers)));
        assertEquals("responsibleId", firstField(organisations.refused(appointIn(other, "att-admin-2",
            Map.of("responsibleId", "att-stranger", "deputyId", "att-other-member")))));
        assertEquals("deputyId", firstField(organisations.refused(appointIn(other, "att-admin-2",
            Map.of("responsibleId", "att-admin-2", "deputyId", "att-stranger")))));
        assertEquals("deputyId", firstField(organisations.refused(appointIn(other, "att-admin-2",
            Map.of("responsibleId", "att-admin-2", "deputyId", "att-admin-2")))));
        assertEquals(200, organisations.statusOf(appointIn(other, "att-admin-2", officers)));

        var shown = client.toBlocking().retrieve(HttpRequest.GET("/associations/" + other + "/attest-officers")
            .bearerAuth(resident("att-other-member")), Map.class);
        assertEquals("att-admin-2", shown.get("responsibleId"));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/associations/" + other + "/attest-officers")
            .bearerAuth(resident("att-stranger"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheResponsiblePersonAndTheDeputyRecordAndSeeSightings() throws SQLException {
        var volunteer = volunteerMember("att-vol-1", "26-66");
        var body = sighting(volunteer, today.minusDays(2).toString());

        for (var outsider : List.of(tokens.resident(ADMIN, RANA), tokens.resident(MEMBER, RANA),
            tokens.staff("rana-staff", RANA), tokens.admin("rana-admin", RANA))) {
            assertEquals(403, organisations.statusOf(post("attest-sightings", body).bearerAuth(outsider)));
            assertEquals(403, organisations.statusOf(get("attest-sightings").bearerAuth(outsider)));
        }
        var recorded = client.toBlocking().retrieve(post("attest-sightings", body).bearerAuth(resident(RESPONSIBLE)),
            Map.class);

        assertEquals(RESPONSIBLE, recorded.get("seenBy"));
        assertEquals(today.minusDays(2).toString(), recorded.get("seenOn"));
        assertEquals(today.minusDays(2).plusYears(3).toString(), recorded.get("validUntil"));
        var seenByDeputy = (List<Map<String, Object>>) client.toBlocking().retrieve(get("attest-sightings")
            .bearerAuth(resident(DEPUTY)), Map.class).get("sightings");
        assertTrue(seenByDeputy.stream().anyMatch(seen -> volunteer.equals(seen.get("volunteerId"))));
        assertEquals(List.of("volunteer-registered", "person-notified", "attest-sighted"),
            organisations.outboxTypesFor(volunteer), "the notice is the invitation to join");
    }

    @Test
    void aSightingForSomeoneWhoIsNoMemberIsRefusedNamingTheVolunteer() throws SQLException {
        client.toBlocking().exchange(profile("att-outsider", "26-66"));

        var problem = organisations.refused(post("attest-sightings", sighting("att-outsider", today.toString()))
            .bearerAuth(resident(RESPONSIBLE)));

        assertEquals(422, problem.get("status"));
        assertEquals("volunteerId", firstField(problem));
        assertEquals(0, sightingsOf("att-outsider"));
    }

    @Test
    void aSightingDatedInTheFutureOrWithTooManyYearsIsRefusedAndNotStored() throws SQLException {
        var volunteer = volunteerMember("att-vol-2", "67-plus");

        assertEquals("seenOn", firstField(organisations.refused(post("attest-sightings",
            sighting(volunteer, today.plusDays(1).toString())).bearerAuth(resident(DEPUTY)))));
        assertEquals("seenOn", firstField(organisations.refused(post("attest-sightings",
            sighting(volunteer, "1. desember")).bearerAuth(resident(DEPUTY)))));
        for (var notFourDigits : List.of("-999999999-01-01", "0099-01-01", "+10000-01-01")) {
            assertEquals("seenOn", firstField(organisations.refused(post("attest-sightings",
                sighting(volunteer, notFourDigits)).bearerAuth(resident(DEPUTY)))), notFourDigits);
        }
        assertEquals("validYears", firstField(organisations.refused(post("attest-sightings",
            with(sighting(volunteer, today.toString()), "validYears", 11)).bearerAuth(resident(DEPUTY)))));
        assertEquals(0, sightingsOf(volunteer));
    }

    @Test
    void aMinorsSightingNeedsTheGuardiansConsent() throws SQLException {
        var volunteer = volunteerMember("att-minor", "16-17");
        var body = sighting(volunteer, today.toString());

        assertEquals("guardianConsent", firstField(organisations.refused(post("attest-sightings", body)
            .bearerAuth(resident(RESPONSIBLE)))));
        assertEquals("guardianConsent", firstField(organisations.refused(post("attest-sightings",
            with(body, "guardianConsent", false)).bearerAuth(resident(RESPONSIBLE)))));
        assertEquals(0, sightingsOf(volunteer));

        assertEquals(201, organisations.statusOf(post("attest-sightings", with(body, "guardianConsent", true))
            .bearerAuth(resident(RESPONSIBLE))));
        assertEquals(1, sightingsOf(volunteer));
    }

    @Test
    void certificateContentIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() throws SQLException {
        var volunteer = volunteerMember("att-vol-3", "26-66");
        var outboxBefore = organisations.outboxTypesFor(volunteer);
        var names = new ArrayList<>(CertificateContent.FIELD_NAMES);
        names.addAll(List.of("Merknader", "certificateText", "colour"));

        for (var name : names) {
            var problem = organisations.refused(post("attest-sightings", with(sighting(volunteer, today.toString()),
                name, "Ingen merknader")).bearerAuth(resident(RESPONSIBLE)));
            assertEquals(400, problem.get("status"), name);
            assertEquals(name, firstField(problem));
        }
        assertEquals("vandel", firstField(organisations.refused(post("attest-requests",
            Map.of("volunteerId", volunteer, "role", "barn-og-unge", "vandel", Map.of("ok", true)))
            .bearerAuth(resident(RESPONSIBLE)))));
        assertEquals("file", firstField(organisations.refused(appoint(ADMIN, Map.of("responsibleId", RESPONSIBLE,
            "deputyId", DEPUTY, "file", "attest.pdf")))));

        assertEquals(401, organisations.statusOf(post("attest-sightings",
            with(sighting(volunteer, today.toString()), "certificate", "x"))));

        assertEquals(0, sightingsOf(volunteer));
        assertEquals(outboxBefore, organisations.outboxTypesFor(volunteer));
    }

    @Test
    void noTableOfTheServiceHasAColumnThatCouldHoldCertificateContent() throws SQLException {
        var columns = new HashMap<String, Set<String>>();
        try (var connection = organisations.connect(); var statement = connection.prepareStatement("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema()""");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new TreeSet<>()).add(rows.getString(2));
            }
        }

        columns.forEach((table, names) -> names.forEach(column -> assertFalse(
            CertificateContent.couldBe(column.replace("_", "")), table + "." + column)));
        assertEquals(new TreeSet<>(List.of("association_id", "volunteer_id", "role_code", "role_name", "seen_by",
            "seen_on", "valid_until", "guardian_consent", "recorded_at", "expiring_sent_on", "expired_sent_on")),
            columns.get("attest_sighting"));
        assertEquals(new TreeSet<>(List.of("id", "association_id", "volunteer_id", "role_code", "role_name",
            "requested_by", "requested_at", "sighted_at")), columns.get("attest_request"));
        assertEquals(new TreeSet<>(List.of("association_id", "responsible_id", "deputy_id", "appointed_by",
            "appointed_at")), columns.get("attest_officers"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerAsksAMemberToApplyAndTheMemberFindsTheConfirmationOfPurpose() throws SQLException {
        var volunteer = volunteerMember("att-vol-4", "18-25");
        var ask = Map.of("volunteerId", volunteer, "role", "barn-og-unge", "roleName", "Trener for G12");

        assertEquals(403, organisations.statusOf(post("attest-requests", ask).bearerAuth(resident(ADMIN))));
        var asked = client.toBlocking().retrieve(post("attest-requests", ask).bearerAuth(resident(DEPUTY)),
            Map.class);
        assertEquals(DEPUTY, asked.get("requestedBy"));
        assertTrue(organisations.outboxTypesFor(volunteer).contains("person-notified"));
        assertEquals(1, countRows("""
            select count(*) from outbox_message
            where message_key = ? and message_type = 'person-notified' and envelope like ?""", volunteer,
            "%/meg/politiattest%"), "the notice leads to the volunteer's own politiattest page");

        var own = (List<Map<String, Object>>) client.toBlocking().retrieve(HttpRequest.GET("/me/attest-requests")
            .bearerAuth(resident(volunteer)), Map.class).get("requests");
        assertEquals(1, own.size());
        var confirmation = (Map<String, Object>) own.get(0).get("confirmation");
        assertEquals("Rana Sangkor", confirmation.get("associationName"));
        assertEquals("minors", confirmation.get("responsibleFor"));
        assertEquals("Trener for G12", confirmation.get("roleName"));
        assertEquals(List.of("politiregisterloven § 39", "politiregisterforskriften § 34-1"),
            confirmation.get("legalBasis"));
        assertEquals(DEPUTY, confirmation.get("officerId"));

        client.toBlocking().exchange(post("attest-sightings", sighting(volunteer, today.toString()))
            .bearerAuth(resident(RESPONSIBLE)));
        var listed = (List<Map<String, Object>>) client.toBlocking().retrieve(get("attest-requests")
            .bearerAuth(resident(RESPONSIBLE)), Map.class).get("requests");
        assertNotNull(listed.stream().filter(request -> volunteer.equals(request.get("volunteerId"))).findFirst()
            .orElseThrow().get("sightedAt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConfirmationOfPurposeIsForTheOfficersAndAMemberOnly() throws SQLException {
        var volunteer = volunteerMember("att-vol-5", "26-66");
        var path = "/associations/" + association + "/attest-purpose-confirmation?volunteerId=" + volunteer
            + "&role=personer-med-utviklingshemming";

        var confirmation = client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(resident(RESPONSIBLE)),
            Map.class);

        assertEquals("people-with-intellectual-disabilities", confirmation.get("responsibleFor"));
        assertEquals(today.toString(), confirmation.get("confirmedOn"));
        assertEquals(9, ((String) confirmation.get("organisationNumber")).length());
        assertEquals(403, organisations.statusOf(HttpRequest.GET(path).bearerAuth(resident(ADMIN))));
        assertEquals(403, organisations.statusOf(HttpRequest.GET(path).bearerAuth(tokens.staff("rana-staff", RANA))));
        assertEquals("volunteerId", firstField(organisations.refused(HttpRequest.GET(path.replace(volunteer,
            "att-stranger")).bearerAuth(resident(RESPONSIBLE)))));
        assertEquals("role", firstField(organisations.refused(HttpRequest.GET(path.replace(
            "personer-med-utviklingshemming", "trener")).bearerAuth(resident(RESPONSIBLE)))));
    }

    @Test
    void expiryRemindersReachTheVolunteerAndTheOfficersOnceEach() throws SQLException {
        assertEquals(false, organisations.server().getApplicationContext()
            .getProperty("samskap.attests.expiry.enabled", Boolean.class).orElseThrow());
        var volunteer = volunteerMember("att-vol-6", "26-66");
        var seenOn = today.minusYears(3).plusDays(20);
        client.toBlocking().exchange(post("attest-sightings", sighting(volunteer, seenOn.toString()))
            .bearerAuth(resident(RESPONSIBLE)));
        var validUntil = seenOn.plusYears(3);
        var expiry = organisations.server().getApplicationContext().getBean(AttestExpiry.class);

        expiry.sendDueOn(validUntil.minusDays(31));
        assertEquals(0, count(volunteer, "attest-expiring"));
        expiry.sendDueOn(validUntil.minusDays(30));
        expiry.sendDueOn(validUntil.minusDays(29));
        assertEquals(1, count(volunteer, "attest-expiring"));
        expiry.sendDueOn(validUntil);
        expiry.sendDueOn(validUntil.plusDays(1));
        assertEquals(1, count(volunteer, "attest-expired"));

        assertEquals(List.of("volunteer-registered", "person-notified", "attest-sighted", "attest-expiring",
            "person-notified", "attest-expired", "person-notified"), organisations.outboxTypesFor(volunteer),
            "the first notice is the invitation to join");
        assertEquals(2, notificationsAbout(RESPONSIBLE, volunteer));
        assertEquals(2, notificationsAbout(DEPUTY, volunteer));
    }

    private String volunteerMember(String subject, String ageBand) {
        client.toBlocking().exchange(profile(subject, ageBand));
        fixtures.withMember(association, ADMIN, subject, "member");
        return subject;
    }

    private HttpRequest<?> profile(String subject, String ageBand) {
        return HttpRequest.PUT("/me/volunteer", Map.of("skills", List.of("barn-og-unge"), "availability",
            List.of("evenings"), "languages", List.of("nb"), "ageBand", ageBand)).bearerAuth(resident(subject));
    }

    private HttpRequest<?> appoint(String subject, Map<String, ?> body) {
        return appointIn(association, subject, body);
    }

    private HttpRequest<?> appointIn(String associationId, String subject, Map<String, ?> body) {
        return HttpRequest.PUT("/associations/" + associationId + "/attest-officers", body)
            .bearerAuth(resident(subject));
    }

    private MutableHttpRequest<?> post(String route, Map<String, ?> body) {
        return HttpRequest.POST("/associations/" + association + "/" + route, body);
    }

    private MutableHttpRequest<?> get(String route) {
        return HttpRequest.GET("/associations/" + association + "/" + route);
    }

    private String resident(String subject) {
        return tokens.resident(subject, RANA);
    }

    private static Map<String, Object> sighting(String volunteer, String seenOn) {
        return Map.of("volunteerId", volunteer, "role", "barn-og-unge", "roleName", "Trener for G12", "seenOn",
            seenOn);
    }

    private long count(String volunteer, String type) throws SQLException {
        return Collections.frequency(organisations.outboxTypesFor(volunteer), type);
    }

    private int sightingsOf(String volunteer) throws SQLException {
        return countRows("select count(*) from attest_sighting where volunteer_id = ?", volunteer);
    }

    private int notificationsAbout(String officer, String volunteer) throws SQLException {
        return countRows("""
            select count(*) from outbox_message
            where message_key = ? and message_type = 'person-notified' and envelope like ?""", officer,
            "%" + volunteer + "%");
    }

    private int countRows(String query, String... values) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(query)) {
            for (var i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
