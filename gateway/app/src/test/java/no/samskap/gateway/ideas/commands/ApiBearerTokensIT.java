package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An API client that holds a Keycloak access token uses the gateway's API with it, cookies or none (ADR 0055). */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBearerTokensIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final String SUBMISSION = "{\"title\":\"eSport-rom i kulturhuset\",\"body\":\"Et rom for gaming.\","
        + "\"serviceArea\":\"kulturhus\"}";

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private StandInIdentityProvider keycloak;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        keycloak = gateway.identityProvider();
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void anAccessTokenSignsAnApiClientInWithoutAnyCookie() {
        var response = send("GET", "/api/me", null, bearer(keycloak.accessToken(RESIDENT, Duration.ofMinutes(5))));

        assertAll(
            () -> assertEquals(200, response.statusCode(), response.body()),
            () -> assertTrue(response.body().contains("\"username\":\"rana-resident\""), response.body()),
            () -> assertTrue(response.body().contains("\"municipality\":\"1833\""), response.body()));
    }

    @Test
    void relaysTheClientsOwnAccessTokenToTheServiceWithTheWrite() {
        var accessToken = keycloak.accessToken(RESIDENT, Duration.ofMinutes(5));
        var id = UUID.randomUUID().toString();
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, id, "published", 0)
            .withHeader("Location", "/ideas/" + id));

        var response = send("POST", "/api/ideas", SUBMISSION, Map.of("Authorization", "Bearer " + accessToken,
            "Content-Type", "application/json"));

        assertAll(
            () -> assertEquals(201, response.statusCode(), response.body()),
            () -> assertEquals("/api/ideas/" + id, response.headers().firstValue("Location").orElse(null)),
            () -> assertEquals("Bearer " + accessToken, proposals.lastCallTo("/ideas").authorization()));
    }

    @Test
    void aWriteWithABearerTokenNeedsNoCsrfTokenWhileTheSameWriteWithCookiesStillDoes() {
        var idea = UUID.randomUUID().toString();
        proposals.answer("DELETE", "/ideas/" + idea + "/support", ProposalsAnswers.idea(200, idea, "published", 0));
        var accessToken = keycloak.accessToken(RESIDENT, Duration.ofMinutes(5));

        var withBearer = send("DELETE", "/api/ideas/" + idea + "/support", null, bearer(accessToken));
        var withCookies = send("DELETE", "/api/ideas/" + idea + "/support", null, Map.of("Cookie",
            "samskap_id=" + keycloak.idToken(RESIDENT, Duration.ofMinutes(5)) + "; samskap_access=" + accessToken));

        assertAll(
            () -> assertEquals(200, withBearer.statusCode(), withBearer.body()),
            () -> assertEquals("Bearer " + accessToken, proposals.lastCallTo("/ideas/" + idea + "/support")
                .authorization()),
            () -> assertEquals(403, withCookies.statusCode(), withCookies.body()),
            () -> assertTrue(withCookies.body().contains("problems/csrf"), withCookies.body()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"expired", "not yet valid", "another audience", "another issuer", "alg none", "forged",
        "an ID token", "tampered", "garbage", "empty"})
    void refusesATokenThatDoesNotHoldWith401ProblemJsonAlsoWhereVisitorsAreWelcome(String kind) {
        var token = token(kind);

        for (var path : List.of("/api/ideas?municipality=1833", "/api/me")) {
            var response = send("GET", path, null, bearer(token));

            assertAll(path,
                () -> assertEquals(401, response.statusCode(), response.body()),
                () -> assertEquals("application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(null)));
        }
    }

    @Test
    void aBearerTokenThatDoesNotHoldIsNotRescuedByTheSignInCookieBesideIt() {
        var cookies = "samskap_id=" + keycloak.idToken(RESIDENT, Duration.ofMinutes(5)) + "; samskap_access="
            + keycloak.accessToken(RESIDENT, Duration.ofMinutes(5));
        var headers = Map.of("Cookie", cookies, "Authorization", "Bearer " + token("expired"));

        var response = send("GET", "/api/me", null, headers);

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void anIdTokenInTheSignInCookieStillSignsABrowserIn() {
        var response = send("GET", "/api/me", null,
            Map.of("Cookie", "samskap_id=" + keycloak.idToken(RESIDENT, Duration.ofMinutes(5))));

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aBearerTokenCountsOnlyForTheApiNotForPages() {
        var response = send("GET", "/meg", null, bearer(keycloak.accessToken(RESIDENT, Duration.ofMinutes(5))));

        assertNotEquals(200, response.statusCode());
    }

    private String token(String kind) {
        var now = Instant.now();
        var valid = keycloak.accessTokenClaims(RESIDENT, Duration.ofMinutes(5));
        return switch (kind) {
            case "expired" -> keycloak.sign(keycloak.accessTokenClaims(RESIDENT, Duration.ofMinutes(5))
                .issueTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.minusSeconds(600))).build());
            case "not yet valid" -> keycloak.sign(valid.notBeforeTime(Date.from(now.plusSeconds(600))).build());
            case "another audience" -> keycloak.sign(valid.audience("account").build());
            case "another issuer" -> keycloak.sign(valid.issuer("http://127.0.0.1:1/realms/elsewhere").build());
            case "alg none" -> StandInIdentityProvider.unsigned(valid.build());
            case "forged" -> keycloak.forge(valid.build());
            case "an ID token" -> keycloak.idToken(RESIDENT, Duration.ofMinutes(5));
            case "tampered" -> tampered(keycloak.accessToken(RESIDENT, Duration.ofMinutes(5)));
            case "garbage" -> "not-a-token";
            case "empty" -> "";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The payload of a real token with the municipality changed, the signature kept. */
    private String tampered(String token) {
        var parts = token.split("\\.");
        var other = keycloak.accessTokenClaims(new Person("rana-resident", "Ingrid Johansen", "4618",
            List.of("resident", "staff")), Duration.ofMinutes(5)).build();
        var payload = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(other.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        var request = gateway.request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return gateway.send(request.build());
    }
}
