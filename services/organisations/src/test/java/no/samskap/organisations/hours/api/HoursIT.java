package no.samskap.organisations.hours.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HoursIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private HelpFixtures help;
    private String association;
    private String offer;
    private String otherAssociation;

    @BeforeAll
    void start(ApplicationUnderTest organisations) throws SQLException {
        this.organisations = organisations;
        client = organisations.client();
        help = new HelpFixtures(organisations);
        var associations = new AssociationFixtures(client);
        association = associations.registeredBy("hours-admin-1");
        help.addMember(association, "hours-admin-2", "admin");
        help.addMember(association, "hours-member", "member");
        offer = help.acceptedOfferBy("hours-admin-1", association);
        otherAssociation = associations.registeredBy("hours-other-admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberLogsHoursOnTheirAssociationsOfferAndAnotherAdminApprovesThem() throws SQLException {
        var response = client.toBlocking().exchange(log("hours-member", Map.of("offerId", offer, "date",
            TODAY.minusDays(1).toString(), "hours", 3.5, "role", "kafévakt", "note", "Stengte kl. 22.")), Map.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var id = (String) response.body().get("id");
        assertEquals("logged", response.body().get("status"));
        var waiting = help.list(HttpRequest.GET("/associations/" + association + "/hours?status=logged")
            .bearerAuth(tokens.resident("hours-admin-2", RANA)));
        assertTrue(waiting.stream().anyMatch(entry -> id.equals(entry.get("id"))));

        var approved = client.toBlocking().retrieve(approve(id, "hours-admin-2"), Map.class);

        assertEquals("approved", approved.get("status"));
        assertEquals("hours-admin-2", approved.get("decidedBy"));
        assertEquals(List.of("hours-logged", "hours-approved"), organisations.outboxTypesFor(id));
        assertTrue(help.noticeKindsFor("hours-member").contains("hours-approved"));
        assertTrue(!help.lastPayload(id, "hours-logged").contains("Stengte"));
        var mine = help.list(HttpRequest.GET("/me/hours").bearerAuth(tokens.resident("hours-member", RANA)));
        assertTrue(mine.stream().anyMatch(entry -> id.equals(entry.get("id")) && "approved".equals(entry.get("status"))));
    }

    @Test
    void nobodyApprovesTheirOwnHoursAndTheyStayLogged() {
        var id = logged("hours-admin-1", 2);

        var problem = organisations.refused(approve(id, "hours-admin-1"));

        assertEquals(403, problem.get("status"));
        assertTrue(((String) problem.get("detail")).contains("own hours"), problem.toString());
        assertEquals(403, organisations.refused(reject(id, "hours-admin-1", "Feil dag.")).get("status"));
        assertEquals(200, organisations.statusOf(approve(id, "hours-admin-2")));
    }

    @Test
    void anAdminOfAnotherAssociationAndAPlainMemberMayNotDecide() {
        var id = logged("hours-member", 1.25);

        assertEquals(403, organisations.statusOf(approve(id, "hours-other-admin")));
        assertEquals(403, organisations.statusOf(approve(id, "hours-outsider")));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/associations/" + association + "/hours")
            .bearerAuth(tokens.resident("hours-other-admin", RANA))));
        assertEquals(404, organisations.statusOf(approve("00000000-0000-0000-0000-000000000000", "hours-admin-1")));
    }

    @Test
    void hoursAreDecidedOnceAndARejectionNeedsAReasonThatReachesTheVolunteer() throws SQLException {
        var approvedOnce = logged("hours-member", 4);
        assertEquals(200, organisations.statusOf(approve(approvedOnce, "hours-admin-1")));
        assertEquals(409, organisations.refused(approve(approvedOnce, "hours-admin-2")).get("status"));
        assertEquals(409, organisations.refused(reject(approvedOnce, "hours-admin-2", "Nei.")).get("status"));

        var rejected = logged("hours-member", 0.75);
        assertEquals("reason", firstField(organisations.refused(reject(rejected, "hours-admin-1", " "))));
        var answer = client.toBlocking().retrieve(reject(rejected, "hours-admin-1", "Vi hadde ikke vakt den dagen."),
            Map.class);

        assertEquals("rejected", answer.get("status"));
        assertEquals("Vi hadde ikke vakt den dagen.", answer.get("rejectionReason"));
        assertTrue(help.noticeKindsFor("hours-member").contains("hours-rejected"));
        assertEquals(List.of("hours-logged", "hours-rejected"), organisations.outboxTypesFor(rejected));
    }

    @Test
    void invalidHoursAreRefusedNamingTheFieldAndNothingIsLogged() {
        var good = new HashMap<String, Object>(Map.of("offerId", offer, "date", TODAY.toString(), "hours", 1,
            "role", "rigging"));

        assertEquals("hours", refusedField(with(good, "hours", 0)));
        assertEquals("hours", refusedField(with(good, "hours", 0.1)));
        assertEquals("hours", refusedField(with(good, "hours", 1.3)));
        assertEquals("hours", refusedField(with(good, "hours", 24.25)));
        assertEquals("hours", refusedField(with(good, "hours", null)));
        assertEquals("date", refusedField(with(good, "date", TODAY.plusDays(1).toString())));
        assertEquals("role", refusedField(with(good, "role", "")));
        assertEquals("offerId", refusedField(with(good, "offerId", "ikke-et-tilbud")));
        assertEquals("offerId", refusedField(with(good, "offerId", help.offeredBy("hours-admin-1", association))));
        assertEquals(403, organisations.refused(log("hours-outsider", good)).get("status"));
        assertEquals(403, organisations.refused(log("hours-other-admin", good)).get("status"));
        assertEquals(0, help.list(HttpRequest.GET("/me/hours").bearerAuth(tokens.resident("hours-outsider", RANA)))
            .size());
    }

    @Test
    void hoursOnAVolunteersOwnOfferAreApprovedByTheMunicipalitysStaff() {
        var ownOffer = help.acceptedOfferBy("hours-volunteer", null);
        var id = (String) client.toBlocking().retrieve(log("hours-volunteer", Map.of("offerId", ownOffer,
            "date", TODAY.toString(), "hours", 2, "role", "lydtekniker")), Map.class).get("id");

        assertEquals(403, organisations.statusOf(log("hours-member", Map.of("offerId", ownOffer,
            "date", TODAY.toString(), "hours", 2, "role", "lydtekniker"))));
        var waiting = help.list(HttpRequest.GET("/hours?status=logged").bearerAuth(tokens.staff("rana-staff", RANA)));
        assertTrue(waiting.stream().anyMatch(entry -> id.equals(entry.get("id"))));
        assertEquals(403, organisations.statusOf(HttpRequest.POST("/hours/" + id + "/approval", "")
            .bearerAuth(tokens.staff("ulv-staff", "4618"))));
        assertEquals(403, organisations.statusOf(approve(id, "hours-admin-1")));
        assertEquals(200, organisations.statusOf(HttpRequest.POST("/hours/" + id + "/approval", "")
            .bearerAuth(tokens.staff("rana-staff", RANA))));
    }

    private String logged(String volunteer, double hours) {
        return (String) client.toBlocking().retrieve(log(volunteer, Map.of("offerId", offer, "date",
            TODAY.minusDays(2).toString(), "hours", hours, "role", "kafévakt")), Map.class).get("id");
    }

    private String refusedField(Map<String, Object> body) {
        return firstField(organisations.refused(log("hours-member", body)));
    }

    private HttpRequest<?> log(String volunteer, Map<String, ?> body) {
        return HttpRequest.POST("/hours", body).bearerAuth(tokens.resident(volunteer, RANA));
    }

    private HttpRequest<?> approve(String id, String admin) {
        return HttpRequest.POST("/hours/" + id + "/approval", "").bearerAuth(tokens.resident(admin, RANA));
    }

    private HttpRequest<?> reject(String id, String admin, String reason) {
        return HttpRequest.POST("/hours/" + id + "/rejection", Map.of("reason", reason))
            .bearerAuth(tokens.resident(admin, RANA));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
