package no.samskap.platform;

import io.micronaut.core.order.OrderUtil;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.validator.TokenValidator;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service keeps the bearer tokens it checked until they expire (ADR 0065), and no longer: a token is refused once it
 * has expired, however often it was accepted before, and a forgery of a known token is still refused.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptBearerTokensIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final TestTokens tokens = TestTokens.shared();
    private EmbeddedServer service;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        var settings = new HashMap<String, Object>(tokens.applicationProperties());
        settings.put("platform-check.second-service", "on");
        settings.put("micronaut.security.authentication", "bearer");
        service = PlatformApplication.serve(infrastructure, infrastructure.freshSchema("kept_tokens"), settings);
    }

    @AfterAll
    void stop() {
        service.getApplicationContext().close();
    }

    @Test
    void theServiceChecksTokensWithItsKeptTokensFirst() {
        var validators = service.getApplicationContext().getBeansOfType(TokenValidator.class).stream()
            .sorted(OrderUtil.COMPARATOR).map(validator -> validator.getClass().getSimpleName()).toList();

        assertEquals("KeptBearerTokens", validators.get(0), validators.toString());
    }

    @Test
    void aTokenAcceptedManyTimesIsRefusedOnceItHasExpired() {
        var claims = tokens.claims("kept-resident", "1833", "resident")
            .expirationTime(Date.from(Instant.now().plusSeconds(3))).build();
        var token = tokens.sign(claims);
        for (var i = 0; i < 5; i++) {
            assertEquals(200, offersWith(token));
        }

        eventually(Duration.ofSeconds(10), () -> assertEquals(401, offersWith(token)));
    }

    @Test
    void aForgeryOfAKnownTokensClaimsIsRefused() {
        var claims = tokens.claims("known-resident", "1833", "resident").build();
        assertEquals(200, offersWith(tokens.sign(claims)));

        assertEquals(401, offersWith(tokens.signWithForeignKey(claims)));
        assertEquals(401, offersWith(tokens.unsigned(claims)));
    }

    private int offersWith(String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.getPort() + "/offers"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }
}
