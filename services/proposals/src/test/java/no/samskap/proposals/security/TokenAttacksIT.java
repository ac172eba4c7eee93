package no.samskap.proposals.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every token a service must not trust is refused with 401 and a problem that tells an attacker nothing. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAttacksIT {

    private static final Map<String, String> IDEA = Map.of("title", "Lesesal med lange åpningstider",
        "body", "Åpent til midnatt i eksamenstida.", "serviceArea", "bibliotek");

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
    }

    @Test
    void acceptsAValidResidentToken() {
        var response = proposals.client().toBlocking().exchange(submit(tokens.resident("rana-resident", "1833")));
        assertEquals(HttpStatus.CREATED, response.status());
    }

    @Test
    void refusesARequestWithoutAToken() {
        assertRefusedAsUnauthorized(HttpRequest.POST("/ideas", IDEA));
    }

    @Test
    void refusesAnExpiredToken() {
        var expired = claims().issueTime(ago(600)).notBeforeTime(ago(600)).expirationTime(ago(300)).build();
        assertRefusedAsUnauthorized(submit(tokens.sign(expired)));
    }

    @Test
    void refusesATokenNotValidYet() {
        var early = claims().notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build();
        assertRefusedAsUnauthorized(submit(tokens.sign(early)));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefusedAsUnauthorized(submit(tokens.sign(claims().issuer("http://127.0.0.1:1/realms/evil").build())));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefusedAsUnauthorized(submit(tokens.sign(claims().audience("someone-else").build())));
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() {
        assertRefusedAsUnauthorized(submit(tokens.unsigned(claims().build())));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertRefusedAsUnauthorized(submit(tokens.signWithForeignKey(claims().build())));
    }

    @Test
    void refusesATokenWhoseClaimsWereTamperedWith() {
        var genuine = tokens.resident("rana-resident", "1833");
        var parts = genuine.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"1833\"", "\"4618\"");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefusedAsUnauthorized(submit(tampered));
    }

    @Test
    void refusesGarbageInTheAuthorizationHeader() {
        assertRefusedAsUnauthorized(submit("not.a.jwt"));
    }

    private JWTClaimsSet.Builder claims() {
        return tokens.claims("rana-resident", "1833", "resident");
    }

    private static Date ago(long seconds) {
        return Date.from(Instant.now().minusSeconds(seconds));
    }

    private static HttpRequest<?> submit(String token) {
        return HttpRequest.POST("/ideas", IDEA).bearerAuth(token);
    }

    private void assertRefusedAsUnauthorized(HttpRequest<?> request) {
        var refusal = assertThrows(HttpClientResponseException.class,
            () -> proposals.client().toBlocking().exchange(request, String.class));
        assertEquals(401, refusal.getStatus().getCode());
        assertTrue(refusal.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"),
            "content type " + refusal.getResponse().getContentType());
        var body = refusal.getResponse().getBody(String.class).orElse("");
        assertFalse(body.toLowerCase().contains("signature") || body.contains("exp") || body.contains("issuer"), body);
    }
}
