package no.samskap.gateway.organisations;

import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API's writes to associations, relayed to a stand-in organisations service: the person's own token goes
 * along, the service's answer comes back as it was (its addresses the gateway's), and a write the directory shows is
 * answered once the directory shows it.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationWritesIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final Person STAFF = new Person("rana-staff", "Saksbehandler", "1833", List.of("staff"));
    private static final String CSRF = FormPosts.CSRF;

    private StandInProposals organisations;
    private GatewayUnderTest gateway;
    private AssociationMessagesOnKafka messages;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.organisations-url", organisations.url(),
            "samskap-gateway.read-your-writes.timeout", "10s"));
        messages = new AssociationMessagesOnKafka(infrastructure);
        forms = new FormPosts(gateway);
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
        organisations.close();
    }

    @Test
    void answersARegistrationOnceTheDirectoryListsItAtTheGatewaysAddress() {
        var id = UUID.randomUUID().toString();
        organisations.answer("POST", "/associations", Answer.json(201, "{\"id\":\"" + id + "\",\"name\":\"Mo Songkor\"}")
            .withHeader("Location", "/associations/" + id)
            .thenRun(() -> messages.registered(id, "1833", "974760673", "Mo Songkor", "kor", "rana-resident")));

        var response = json(RESIDENT, "POST", "/api/associations",
            "{\"organisationNumber\":\"974760673\",\"name\":\"Mo Songkor\",\"type\":\"kor\",\"description\":\"Vi syng.\"}");

        assertAll(
            () -> assertEquals(201, response.statusCode(), response.body()),
            () -> assertEquals(Optional.of("/api/associations/" + id), response.headers().firstValue("Location")),
            () -> assertEquals(Optional.empty(), response.headers().firstValue("Samskap-Read-Model")),
            () -> assertEquals(200, gateway.get("/api/associations/" + id).statusCode(), "read your own write"),
            () -> assertTrue(organisations.lastCallTo("/associations").authorization().startsWith("Bearer ")),
            () -> assertTrue(organisations.lastCallTo("/associations").body().contains("\"organisationNumber\":\"974760673\"")));
    }

    @Test
    void answersAVerificationOnceTheDirectoryShowsTheBadge() {
        var id = UUID.randomUUID().toString();
        messages.registered(id, "1833", "983609155", "Rana Idrettslag", "idrettslag", "someone");
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + id).statusCode()));
        organisations.answer("POST", "/associations/" + id + "/verification", Answer.json(200,
            "{\"id\":\"" + id + "\",\"verified\":true}").thenRun(() -> messages.send(
                OrganisationsMessages.ASSOCIATION_VERIFIED, new AssociationVerified(id, "staff", Instant.now()), "1833", id)));

        var response = json(STAFF, "POST", "/api/associations/" + id + "/verification", null);

        assertAll(
            () -> assertEquals(200, response.statusCode(), response.body()),
            () -> assertEquals(Optional.empty(), response.headers().firstValue("Samskap-Read-Model")),
            () -> assertTrue(gateway.get("/api/associations/" + id).body().contains("\"verified\":true")));
    }

    @Test
    void passesOnTheServicesRefusalOfAnUnknownInviteeNamingTheField() {
        var id = UUID.randomUUID().toString();
        var refusal = """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable Content","status":422,
             "detail":"no such person","errors":[{"field":"invitee","message":"no one has this username or e-mail"}]}""";
        organisations.answer("POST", "/associations/" + id + "/invitations", Answer.problem(422, refusal));

        var response = json(RESIDENT, "POST", "/api/associations/" + id + "/invitations",
            "{\"invitee\":\"ingen@example.test\",\"role\":\"member\"}");

        assertAll(
            () -> assertEquals(422, response.statusCode()),
            () -> assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type")),
            () -> assertTrue(response.body().contains("\"field\":\"invitee\""), response.body()));
    }

    @Test
    void tellsThePersonTheServiceIsDownWhenItCannotBeReachedAndNothingWasSaved() {
        organisations.stop();
        try {
            var response = json(STAFF, "POST", "/api/associations/" + UUID.randomUUID() + "/verification", null);

            assertAll(
                () -> assertEquals(503, response.statusCode()),
                () -> assertTrue(response.headers().firstValue("Retry-After").isPresent()),
                () -> assertTrue(response.body().contains("The organisations service is not answering"), response.body()));
        } finally {
            organisations.startAgain();
        }
    }

    @Test
    void asksSomeoneNotSignedInToSignInBeforeAnythingIsRelayed() {
        var callsBefore = organisations.calls().size();

        var response = gateway.send(gateway.request("/api/associations").header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(401, response.statusCode());
        assertEquals(callsBefore, organisations.calls().size());
    }

    private HttpResponse<String> json(Person person, String method, String path, String body) {
        var request = gateway.request(path).header("Cookie", forms.cookiesOf(person) + "; samskap_csrf=" + CSRF)
            .header("X-CSRF-Token", CSRF).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return gateway.send(request.build());
    }
}
