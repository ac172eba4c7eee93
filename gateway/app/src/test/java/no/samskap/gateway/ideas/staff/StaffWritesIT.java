package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff's writes go on to the proposals service's same routes under the person's own token, answers come back. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffWritesIT {

    private static final Person STAFF = StaffViewers.staff("kari-1833", "1833");

    private StandInProposals proposals;
    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "1s",
            "samskap-gateway.read-your-writes.timeout", "100ms"));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @ParameterizedTest(name = "{0} /api{1}")
    @CsvSource(delimiter = '|', textBlock = """
        POST   | /ideas/{idea}/hiding                         | {"reason":"Personangrep."}
        POST   | /ideas/{idea}/restoring                      | {"reason":"Gjennomgått."}
        POST   | /ideas/{idea}/appeal/decision                | {"upheld":false,"reason":"Avgjørelsen står."}
        POST   | /ideas/{idea}/comments/{comment}/hiding      | {"reason":"Personangrep."}
        POST   | /ideas/{idea}/comments/{comment}/restoring   | {"reason":"Gjennomgått."}
        GET    | /municipalities/1833/settings                |
        PUT    | /municipalities/1833/settings                | {"moderation":"pre","supportThreshold":10}
        PUT    | /municipalities/1833/blocked/0b7c2f0e-3c57   | {"reason":"Gjentatte personangrep."}
        DELETE | /municipalities/1833/blocked/0b7c2f0e-3c57   |
        """)
    void forwardsEachStaffWriteToTheSameRouteAtTheServiceWithTheStaffsToken(String method, String route, String body) {
        var path = route.replace("{idea}", UUID.randomUUID().toString()).replace("{comment}", UUID.randomUUID().toString());
        var answer = Answer.json(200, "{\"id\":\"x\",\"moderation\":\"pre\"}");
        proposals.answer(method, path, answer);
        var accessToken = gateway.identityProvider().accessToken(STAFF, java.time.Duration.ofMinutes(5));

        var response = send(method, "/api" + path, body, accessToken);

        var calls = proposals.callsTo(path).stream().filter(call -> call.method().equals(method)).toList();
        assertAll(
            () -> assertEquals(200, response.statusCode(), response.body()),
            () -> assertEquals(answer.body(), response.body()),
            () -> assertEquals(1, calls.size()),
            () -> assertEquals(method, calls.get(0).method()),
            () -> assertEquals(body == null ? "" : body, calls.get(0).body()),
            () -> assertEquals("Bearer " + accessToken, calls.get(0).authorization()));
    }

    @Test
    void passesTheServicesRefusalOnUnchangedSoAnotherMunicipalitysIdeaStaysAbsent() {
        var idea = UUID.randomUUID().toString();
        var problem = "{\"type\":\"https://samskap.no/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No idea " + idea + "\"}";
        proposals.answer("POST", "/ideas/" + idea + "/hiding", Answer.problem(404, problem));

        var response = send("POST", "/api/ideas/" + idea + "/hiding", "{\"reason\":\"Spam.\"}",
            gateway.identityProvider().accessToken(STAFF, java.time.Duration.ofMinutes(5)));

        assertAll(
            () -> assertEquals(404, response.statusCode()),
            () -> assertEquals(problem, response.body()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)));
    }

    @Test
    void answersAnIdOrMunicipalityThatIsNoneAsNotFoundWithoutAskingTheService() {
        var before = proposals.calls().size();
        var token = gateway.identityProvider().accessToken(STAFF, java.time.Duration.ofMinutes(5));
        assertAll(
            () -> assertEquals(404, send("POST", "/api/ideas/not-an-id/restoring", null, token).statusCode()),
            () -> assertEquals(404, send("GET", "/api/municipalities/rana/settings", null, token).statusCode()),
            () -> assertEquals(404, send("DELETE", "/api/municipalities/1833/blocked/a%2F..%2Fb", null, token).statusCode()),
            () -> assertEquals(404, send("POST", "/api/ideas/" + UUID.randomUUID() + "/comments/x/restoring", null, token)
                .statusCode()));
        assertEquals(before, proposals.calls().size());
    }

    @Test
    void refusesAnAnonymousStaffWriteWithProblemJsonAndNeverAsksTheService() {
        var before = proposals.calls().size();
        var response = gateway.send(gateway.request("/api/ideas/" + UUID.randomUUID() + "/hiding")
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")).build());
        assertAll(
            () -> assertEquals(401, response.statusCode()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
            () -> assertEquals(before, proposals.calls().size()));
    }

    private HttpResponse<String> send(String method, String path, String body, String accessToken) {
        var cookies = "samskap_id=" + gateway.identityProvider().idToken(STAFF, java.time.Duration.ofMinutes(5))
            + "; samskap_access=" + accessToken;
        return gateway.send(gateway.request(path)
            .header("Content-Type", "application/json")
            .header("Cookie", cookies)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build());
    }
}
