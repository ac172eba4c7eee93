package no.samskap.gateway.shell.web;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void protectsTheHomePageWithAPolicyThatAllowsNoInlineScriptAndNoFraming() {
        var policy = header(gateway.get("/"), "Content-Security-Policy");

        assertAll(
            () -> assertTrue(policy.contains("default-src 'self'"), policy),
            () -> assertTrue(policy.contains("script-src 'self'"), policy),
            () -> assertTrue(policy.contains("frame-ancestors 'none'"), policy),
            () -> assertTrue(policy.contains("object-src 'none'"), policy),
            () -> assertFalse(policy.contains("unsafe-inline"), policy),
            () -> assertFalse(policy.contains("unsafe-eval"), policy));
    }

    @Test
    void letsMyPagesSignOutFormContinueToTheIdentityProviderAndNowhereElse() {
        var idToken = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(5));
        var policy = header(gateway.get("/meg", Map.of("Cookie", "samskap_id=" + idToken)), "Content-Security-Policy");

        var issuer = URI.create(gateway.identityProvider().issuer());
        assertTrue(policy.contains("form-action 'self' http://127.0.0.1:" + issuer.getPort() + ";"), policy);
    }

    @Test
    void keepsMyPageOutOfEveryCache() {
        var idToken = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(5));

        assertEquals("no-store", header(gateway.get("/meg", Map.of("Cookie", "samskap_id=" + idToken)), "Cache-Control"));
    }

    @Test
    void forbidsSniffingFramingAndReferrersOnPagesDataAndRefusalsAlike() {
        for (var response : new HttpResponse<?>[] {
            gateway.get("/"),
            gateway.get("/api/ideas?municipality=1833"),
            gateway.get("/api/me", Map.of("Accept", "application/json")),
            gateway.get("/meg", Map.of("Accept", "text/html")),
            gateway.get("/assets/samskap.css")}) {
            assertAll(response.uri().toString(),
                () -> assertEquals("nosniff", header(response, "X-Content-Type-Options")),
                () -> assertEquals("same-origin", header(response, "Referrer-Policy")),
                () -> assertEquals("DENY", header(response, "X-Frame-Options")),
                () -> assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'")));
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name)
            .orElseThrow(() -> new AssertionError(name + " missing on " + response.uri() + ": " + response.headers().map()));
    }
}
