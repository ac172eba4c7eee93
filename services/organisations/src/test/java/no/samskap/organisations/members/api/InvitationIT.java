package no.samskap.organisations.members.api;

import io.micronaut.core.type.Argument;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationIT {

    private static final Argument<List<Map<String, Object>>> MAPS =
        Argument.listOf(Argument.mapOf(String.class, Object.class));

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures fixtures;
    private HelpFixtures notices;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        fixtures = new AssociationFixtures(client);
        notices = new HelpFixtures(organisations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminInvitesByUsernameAndTheInviteeSeesItAcceptsAndBecomesAMember() throws SQLException {
        var association = fixtures.registeredBy("inv-admin-1");
        fixtures.signedIn("inv-kari");

        var response = client.toBlocking().exchange(invite(association, "inv-admin-1", "inv-kari", "member"),
            Map.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var invitation = response.body();
        assertNotNull(invitation.get("id"));
        assertEquals(association, invitation.get("associationId"));
        assertEquals("inv-kari", invitation.get("inviteeId"));
        assertEquals("member", invitation.get("role"));
        assertNotNull(invitation.get("invitedAt"));
        assertEquals(List.of("person-notified"), organisations.outboxTypesFor("inv-kari"));

        var mine = client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-kari")), MAPS);
        assertEquals(1, mine.size());
        assertEquals("Rana Sangkor", mine.get(0).get("associationName"));
        assertEquals(invitation.get("id"), mine.get(0).get("id"));

        var joined = client.toBlocking().retrieve(HttpRequest.POST("/invitations/" + invitation.get("id")
            + "/acceptance", "").bearerAuth(resident("inv-kari")), Map.class);

        assertEquals(Map.of("associationId", association, "name", "Rana Sangkor", "role", "member", "verified", false),
            joined);
        assertEquals(List.of(), client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-kari")), MAPS));
        assertEquals(List.of(joined), client.toBlocking().retrieve(HttpRequest.GET("/me/associations")
            .bearerAuth(resident("inv-kari")), MAPS));
        assertEquals(List.of("association-registered", "member-added", "member-added"),
            organisations.outboxTypesFor(association));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminInvitesByEMailInAnyCaseAsAdmin() {
        var association = fixtures.registeredBy("inv-admin-1");
        client.toBlocking().exchange(HttpRequest.GET("/me/associations").bearerAuth(tokens.sign(
            tokens.claims("inv-ola", MUNICIPALITY, "resident").claim("email", "ola.nordmann@example.no")
                .claim("name", "Ola Nordmann").build())), String.class);

        var invitation = client.toBlocking().retrieve(invite(association, "inv-admin-1", "Ola.Nordmann@Example.no",
            "admin"), Map.class);

        assertEquals("inv-ola", invitation.get("inviteeId"));
        assertEquals("admin", invitation.get("role"));
        var open = client.toBlocking().retrieve(HttpRequest.GET("/associations/" + association + "/invitations")
            .bearerAuth(resident("inv-admin-1")), MAPS);
        assertEquals("Ola Nordmann", open.get(0).get("displayName"));
    }

    @Test
    void aRefusedInvitationMakesNoMemberAndIsNoLongerOpen() throws SQLException {
        var association = fixtures.registeredBy("inv-admin-1");
        fixtures.signedIn("inv-per");
        var invitation = fixtures.invited(association, "inv-admin-1", "inv-per", "member");

        assertEquals(204, organisations.statusOf(HttpRequest.POST("/invitations/" + invitation + "/refusal", "")
            .bearerAuth(resident("inv-per"))));

        assertEquals(List.of(), client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-per")), MAPS));
        assertEquals(409, organisations.statusOf(HttpRequest.POST("/invitations/" + invitation + "/acceptance", "")
            .bearerAuth(resident("inv-per"))));
        assertEquals(List.of("association-registered", "member-added"), organisations.outboxTypesFor(association));
        assertEquals(201, organisations.statusOf(invite(association, "inv-admin-1", "inv-per", "member")));
    }

    @Test
    void someoneWhoHasNeverSignedInCannotBeInvitedAndIsToldToSignInFirst() {
        var association = fixtures.registeredBy("inv-admin-1");

        var problem = organisations.refused(invite(association, "inv-admin-1", "nobody-here", "member"));

        assertEquals(422, problem.get("status"));
        assertEquals("invitee", firstField(problem));
        assertTrue(((String) problem.get("detail")).contains("sign in"));
    }

    @Test
    void aBlankInviteeAndAnUnknownRoleAreRefusedNamingEachField() {
        var association = fixtures.registeredBy("inv-admin-1");
        fixtures.signedIn("inv-siri");

        assertEquals("invitee", firstField(organisations.refused(invite(association, "inv-admin-1", " ", "member"))));
        var badRole = organisations.refused(invite(association, "inv-admin-1", "inv-siri", "leder"));
        assertEquals(400, badRole.get("status"));
        assertEquals("role", firstField(badRole));
    }

    @Test
    void aMemberAndAPersonAlreadyInvitedCannotBeInvitedAgain() {
        var association = fixtures.withMember(fixtures.registeredBy("inv-admin-1"), "inv-admin-1", "inv-member",
            "member");
        fixtures.signedIn("inv-waiting");
        fixtures.invited(association, "inv-admin-1", "inv-waiting", "member");

        var member = organisations.refused(invite(association, "inv-admin-1", "inv-member", "admin"));
        var waiting = organisations.refused(invite(association, "inv-admin-1", "inv-waiting", "admin"));

        assertEquals(409, member.get("status"));
        assertEquals("invitee", firstField(member));
        assertEquals(409, waiting.get("status"));
        assertEquals("invitee", firstField(waiting));
    }

    @Test
    void onlyAnAdminOfTheAssociationInvites() {
        var association = fixtures.withMember(fixtures.registeredBy("inv-admin-1"), "inv-admin-1", "inv-member-2",
            "member");
        fixtures.registeredBy("inv-admin-elsewhere");
        fixtures.signedIn("inv-friend");

        assertEquals(403, organisations.statusOf(invite(association, "inv-member-2", "inv-friend", "member")));
        assertEquals(403, organisations.statusOf(invite(association, "inv-admin-elsewhere", "inv-friend", "member")));
        assertEquals(403, organisations.statusOf(HttpRequest.POST("/associations/" + association + "/invitations",
            Map.of("invitee", "inv-friend", "role", "member")).bearerAuth(tokens.staff("inv-staff", MUNICIPALITY))));
        assertEquals(404, organisations.statusOf(invite(UUID.randomUUID().toString(), "inv-admin-1", "inv-friend",
            "member")));
    }

    @Test
    void nobodyButTheInviteeAnswersAnInvitation() throws SQLException {
        var association = fixtures.registeredBy("inv-admin-1");
        fixtures.signedIn("inv-nora");
        var invitation = fixtures.invited(association, "inv-admin-1", "inv-nora", "admin");

        assertEquals(404, organisations.statusOf(HttpRequest.POST("/invitations/" + invitation + "/acceptance", "")
            .bearerAuth(resident("inv-someone-else"))));
        assertEquals(404, organisations.statusOf(HttpRequest.POST("/invitations/" + invitation + "/refusal", "")
            .bearerAuth(resident("inv-admin-1"))));
        assertEquals(404, organisations.statusOf(HttpRequest.POST("/invitations/ikke-en-id/acceptance", "")
            .bearerAuth(resident("inv-nora"))));
        assertEquals(List.of("association-registered", "member-added"), organisations.outboxTypesFor(association));
        assertEquals(1, client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-nora")), MAPS).size());
    }

    @Test
    void theAdminWhoInvitedIsToldWhenTheInvitationIsAcceptedAndWhenItIsRefused() throws SQLException {
        var association = fixtures.registeredBy("inv-admin-told");
        fixtures.signedIn("inv-yes");
        fixtures.signedIn("inv-no");
        var toRefuse = fixtures.invited(association, "inv-admin-told", "inv-no", "member");

        fixtures.withMember(association, "inv-admin-told", "inv-yes", "admin");
        client.toBlocking().exchange(HttpRequest.POST("/invitations/" + toRefuse + "/refusal", "")
            .bearerAuth(resident("inv-no")));

        assertEquals(List.of("invitation-accepted", "invitation-refused"), notices.noticeKindsFor("inv-admin-told"));
        assertTrue(notices.lastPayload("inv-admin-told", "person-notified").contains("/foreninger/" + association));
    }

    @Test
    void anAdminWithdrawsAnOpenInvitationTheInviteeNoLongerSeesItIsToldAndCanBeInvitedAgain() throws SQLException {
        var association = fixtures.withMember(fixtures.registeredBy("inv-admin-w"), "inv-admin-w", "inv-admin-w2",
            "admin");
        fixtures.signedIn("inv-eva");
        var invitation = fixtures.invited(association, "inv-admin-w", "inv-eva", "member");

        assertEquals(204, organisations.statusOf(withdraw(association, invitation, "inv-admin-w2")));

        assertEquals(List.of(), client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-eva")), MAPS));
        assertEquals(List.of(), client.toBlocking().retrieve(HttpRequest.GET("/associations/" + association
            + "/invitations").bearerAuth(resident("inv-admin-w")), MAPS));
        assertEquals(List.of("invited", "invitation-withdrawn"), notices.noticeKindsFor("inv-eva"));
        assertEquals(409, organisations.statusOf(HttpRequest.POST("/invitations/" + invitation + "/acceptance", "")
            .bearerAuth(resident("inv-eva"))));
        assertEquals(List.of("association-registered", "member-added", "member-added"),
            organisations.outboxTypesFor(association));
        assertEquals(201, organisations.statusOf(invite(association, "inv-admin-w", "inv-eva", "member")));
    }

    @Test
    void anAnsweredOrWithdrawnInvitationCannotBeWithdrawnAndOnlyAnAdminOfItsAssociationWithdraws() {
        var association = fixtures.withMember(fixtures.registeredBy("inv-admin-x"), "inv-admin-x", "inv-member-x",
            "member");
        var elsewhere = fixtures.registeredBy("inv-admin-y");
        fixtures.signedIn("inv-open");
        fixtures.signedIn("inv-member-x-2");
        var accepted = fixtures.invited(association, "inv-admin-x", "inv-member-x-2", "member");
        client.toBlocking().exchange(HttpRequest.POST("/invitations/" + accepted + "/acceptance", "")
            .bearerAuth(resident("inv-member-x-2")));
        var open = fixtures.invited(association, "inv-admin-x", "inv-open", "member");

        var answered = organisations.refused(withdraw(association, accepted, "inv-admin-x"));
        assertEquals(409, answered.get("status"));
        assertTrue(((String) answered.get("detail")).contains("accepted"));
        assertEquals(403, organisations.refused(withdraw(association, open, "inv-member-x")).get("status"));
        assertEquals(403, organisations.statusOf(withdraw(association, open, "inv-admin-y")));
        assertEquals(404, organisations.refused(withdraw(elsewhere, open, "inv-admin-y")).get("status"));
        assertEquals(404, organisations.statusOf(withdraw(association, "ikke-en-id", "inv-admin-x")));
        assertEquals(401, organisations.statusOf(HttpRequest.DELETE("/associations/" + association
            + "/invitations/" + open)));
        assertEquals(1, client.toBlocking().retrieve(HttpRequest.GET("/me/invitations")
            .bearerAuth(resident("inv-open")), MAPS).size());

        assertEquals(204, organisations.statusOf(withdraw(association, open, "inv-admin-x")));
        assertEquals(409, organisations.statusOf(withdraw(association, open, "inv-admin-x")));
    }

    private HttpRequest<?> withdraw(String association, String invitation, String adminId) {
        return HttpRequest.DELETE("/associations/" + association + "/invitations/" + invitation)
            .bearerAuth(resident(adminId));
    }

    private HttpRequest<?> invite(String association, String adminId, String invitee, String role) {
        return HttpRequest.POST("/associations/" + association + "/invitations",
            Map.of("invitee", invitee, "role", role)).bearerAuth(resident(adminId));
    }

    private String resident(String subject) {
        return tokens.resident(subject, MUNICIPALITY);
    }
}
