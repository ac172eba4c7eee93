package no.samskap.organisations.help.api;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpOfferIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures associations;
    private HelpFixtures help;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        associations = new AssociationFixtures(client);
        help = new HelpFixtures(organisations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminOffersHoursForTheirAssociationAndTheOfferIsPublishedWithItsDescription() throws SQLException {
        var association = associations.registeredBy("offer-admin-1");
        var ideaId = UUID.randomUUID().toString();

        var response = client.toBlocking().exchange(HttpRequest.POST("/help-offers", Map.of("ideaId", ideaId,
                "associationId", association, "kind", "hours", "hours", 40, "skills", List.of("lyd-lys", "scene"),
                "description", "Vi stiller med lydfolk."))
            .bearerAuth(tokens.resident("offer-admin-1", RANA)), Map.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var offer = response.body();
        assertEquals("/help-offers/" + offer.get("id"), response.header("Location"));
        assertEquals("offered", offer.get("status"));
        assertEquals(40.0, ((Number) offer.get("hours")).doubleValue());
        assertEquals(List.of("lyd-lys", "scene"), offer.get("skills"));
        assertEquals(List.of("help-offered"), organisations.outboxTypesFor((String) offer.get("id")));
        var payload = help.lastPayload((String) offer.get("id"), "help-offered");
        assertTrue(payload.contains(ideaId) && payload.contains("Vi stiller med lydfolk."), payload);
    }

    @Test
    void onlyAnAdminOfTheAssociationMayOfferForItAndStaffOfferNothing() {
        var association = associations.registeredBy("offer-admin-2");

        var problem = organisations.refused(offer("offer-outsider", Map.of("ideaId", UUID.randomUUID().toString(),
            "associationId", association, "kind", "venue", "description", "Vi har et lokale.")));

        assertEquals(403, problem.get("status"));
        assertEquals(403, organisations.statusOf(HttpRequest.POST("/help-offers", Map.of("ideaId",
            UUID.randomUUID().toString(), "kind", "venue", "description", "Rådhussalen."))
            .bearerAuth(tokens.staff("rana-staff-1", RANA))));
    }

    @Test
    void badOffersAreRefusedNamingTheField() {
        var good = new HashMap<String, Object>(Map.of("ideaId", UUID.randomUUID().toString(), "kind", "hours",
            "hours", 5, "description", "Fem timer dugnad."));
        assertEquals(201, organisations.statusOf(offer("offer-volunteer-1", good)));

        assertEquals("ideaId", refusedField(with(good, "ideaId", "ikke-en-id")));
        assertEquals("kind", refusedField(with(good, "kind", "penger")));
        assertEquals("hours", refusedField(with(good, "hours", 0)));
        assertEquals("hours", refusedField(with(with(good, "kind", "venue"), "hours", 3)));
        assertEquals("skills", refusedField(with(with(good, "kind", "skills"), "hours", null)));
        assertEquals("skills", refusedField(with(good, "skills", List.of("Lyd og lys!"))));
        assertEquals("description", refusedField(with(good, "description", "  ")));
        assertEquals("associationId", refusedField(with(good, "associationId",
            associationInUllensvangOf("offer-volunteer-1"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAcceptAnOfferOnceTheOffererIsToldAndTheIdeaShowsItWithoutNamingAVolunteer() throws SQLException {
        var offerId = help.offeredBy("offer-volunteer-2", null);
        var offer = client.toBlocking().retrieve(HttpRequest.GET("/help-offers/" + offerId)
            .bearerAuth(tokens.resident("offer-volunteer-2", RANA)), Map.class);

        var accepted = client.toBlocking().retrieve(HttpRequest.POST("/help-offers/" + offerId + "/acceptance",
            Map.of("note", "Takk! Vi tar kontakt.")).bearerAuth(tokens.staff("rana-staff-1", RANA)), Map.class);

        assertEquals("accepted", accepted.get("status"));
        assertEquals("Takk! Vi tar kontakt.", accepted.get("decisionNote"));
        assertEquals(409, organisations.refused(HttpRequest.POST("/help-offers/" + offerId + "/acceptance",
            Map.of()).bearerAuth(tokens.staff("rana-staff-2", RANA))).get("status"));
        assertEquals(409, organisations.refused(HttpRequest.POST("/help-offers/" + offerId + "/decline",
            Map.of("reason", "For sent.")).bearerAuth(tokens.staff("rana-staff-2", RANA))).get("status"));
        assertEquals(List.of("help-accepted"), help.noticeKindsFor("offer-volunteer-2"));
        assertEquals(List.of("help-offered", "help-accepted"), organisations.outboxTypesFor(offerId));
        assertFalse(help.lastPayload(offerId, "help-accepted").contains("Takk"));
        var onIdea = help.list(HttpRequest.GET("/ideas/" + offer.get("ideaId")
            + "/help-offers?status=accepted"));
        assertEquals(1, onIdea.size());
        var shown = onIdea.get(0);
        assertEquals("volunteer", shown.get("offerer"));
        assertNull(shown.get("associationId"));
        assertFalse(shown.containsKey("offeredBy"));
        assertFalse(onIdea.toString().contains("offer-volunteer-2"));
        var seenByAnother = client.toBlocking().retrieve(HttpRequest.GET("/help-offers/" + offerId)
            .bearerAuth(tokens.resident("offer-neighbour", RANA)), Map.class);
        assertEquals("volunteer", seenByAnother.get("offerer"));
        assertFalse(seenByAnother.containsKey("offeredBy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffDeclineWithAReasonAndTheDeclinedOfferShowsNowherePublic() throws SQLException {
        var association = associations.registeredBy("offer-admin-3");
        var offerId = help.offeredBy("offer-admin-3", association);
        var decline = "/help-offers/" + offerId + "/decline";

        assertEquals("reason", firstField(organisations.refused(HttpRequest.POST(decline, Map.of())
            .bearerAuth(tokens.staff("rana-staff-1", RANA)))));
        var declined = client.toBlocking().retrieve(HttpRequest.POST(decline, Map.of("reason", "Allerede dekket."))
            .bearerAuth(tokens.staff("rana-staff-1", RANA)), Map.class);

        assertEquals("declined", declined.get("status"));
        assertEquals(List.of("help-declined"), help.noticeKindsFor("offer-admin-3"));
        assertEquals(List.of(), help.list(HttpRequest.GET("/associations/" + association
            + "/help-offers")));
        var mine = help.list(HttpRequest.GET("/me/help-offers")
            .bearerAuth(tokens.resident("offer-admin-3", RANA)));
        assertEquals("Allerede dekket.", mine.get(0).get("decisionNote"));
    }

    @Test
    void onlyStaffOfTheOffersMunicipalityAnswerIt() {
        var offerId = help.offeredBy("offer-volunteer-3", null);
        var accept = "/help-offers/" + offerId + "/acceptance";

        assertEquals(403, organisations.statusOf(HttpRequest.POST(accept, Map.of())
            .bearerAuth(tokens.staff("ulv-staff", "4618"))));
        assertEquals(403, organisations.statusOf(HttpRequest.POST(accept, Map.of())
            .bearerAuth(tokens.resident("offer-volunteer-3", RANA))));
        assertEquals(404, organisations.statusOf(HttpRequest.POST("/help-offers/" + UUID.randomUUID()
            + "/acceptance", Map.of()).bearerAuth(tokens.staff("rana-staff-1", RANA))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptedOffersListOnTheAssociationsPageAndWaitingOnesInTheStaffInbox() {
        var association = associations.registeredBy("offer-admin-4");
        var accepted = help.acceptedOfferBy("offer-admin-4", association);
        var waiting = help.offeredBy("offer-admin-4", association);

        var onPage = help.list(HttpRequest.GET("/associations/" + association + "/help-offers"));
        var inbox = help.list(HttpRequest.GET("/help-offers?status=offered")
            .bearerAuth(tokens.staff("rana-staff-1", RANA)));

        assertEquals(List.of(accepted), onPage.stream().map(offer -> offer.get("id")).toList());
        assertEquals("association", onPage.get(0).get("offerer"));
        assertTrue(inbox.stream().anyMatch(offer -> waiting.equals(offer.get("id"))));
        assertTrue(inbox.stream().noneMatch(offer -> accepted.equals(offer.get("id"))));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/help-offers?status=offered")
            .bearerAuth(tokens.resident("offer-admin-4", RANA))));
        assertEquals(400, organisations.statusOf(HttpRequest.GET("/associations/" + association
            + "/help-offers?status=declined")));
    }

    private HttpRequest<?> offer(String subject, Map<String, ?> body) {
        return HttpRequest.POST("/help-offers", body).bearerAuth(tokens.resident(subject, RANA));
    }

    private String refusedField(Map<String, Object> body) {
        return firstField(organisations.refused(offer("offer-volunteer-1", body)));
    }

    @SuppressWarnings("unchecked")
    private String associationInUllensvangOf(String adminId) {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/associations", Map.of("organisationNumber",
                AssociationFixtures.freshOrganisationNumber(), "name", "Odda Musikklag", "type", "korps"))
            .bearerAuth(tokens.resident(adminId, "4618")), Map.class);
        return (String) created.get("id");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
