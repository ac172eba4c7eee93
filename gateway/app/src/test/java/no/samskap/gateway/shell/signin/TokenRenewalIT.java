package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.simple.SimpleHttpRequest;
import io.micronaut.http.cookie.Cookie;
import no.samskap.gateway.Cookies;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRenewalIT {

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
    void renewsTokensAboutToRunOutBeforeShowingThePage() {
        var person = Person.ranaResident();
        var tokens = gateway.identityProvider();
        var grantsBefore = tokens.refreshGrants().size();
        var oldAccessToken = tokens.accessToken(person, Duration.ofSeconds(10));

        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie",
            "samskap_id=" + tokens.idToken(person, Duration.ofSeconds(10)) + "; samskap_access=" + oldAccessToken
                + "; samskap_refresh=" + tokens.refreshToken(person)));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fornyet rana-resident"), "the page shows the renewed ID token: " + page.body());
        assertEquals(grantsBefore + 1, tokens.refreshGrants().size());
        var grant = tokens.refreshGrants().get(grantsBefore);
        var clientCredentials = "Basic " + Base64.getEncoder().encodeToString(
            "samskap-gateway:stand-in-secret".getBytes(StandardCharsets.UTF_8));
        assertAll(
            () -> assertEquals(clientCredentials, grant.get("authorization")),
            () -> assertTrue(Cookies.setCookie(page, "samskap_id").isPresent()),
            () -> assertNotEquals(oldAccessToken, Cookies.value(page, "samskap_access").orElseThrow()),
            () -> assertTrue(Cookies.setCookie(page, "samskap_refresh").isPresent()));
    }

    @Test
    void keepsABrowserSignedInAfterItsIdTokenCookieHasExpired() {
        var person = Person.ranaResident();

        var page = gateway.get("/meg", Map.of("Accept", "text/html",
            "Cookie", "samskap_refresh=" + gateway.identityProvider().refreshToken(person)));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("rana-resident"), page.body());
    }

    @Test
    void setsRenewedTokenCookiesHttpOnlyLaxAndOnlyAsLongAsTheTokensLast() {
        var page = gateway.get("/meg", Map.of("Accept", "text/html",
            "Cookie", "samskap_refresh=" + gateway.identityProvider().refreshToken(Person.ranaResident())));

        for (var name : new String[] {"samskap_id", "samskap_access", "samskap_refresh"}) {
            var cookie = Cookies.setCookie(page, name).orElseThrow(() -> new AssertionError(name + " not set"));
            assertAll(name,
                () -> assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie),
                () -> assertTrue(cookie.contains("SameSite=Lax"), cookie),
                () -> assertTrue(cookie.contains("Path=/"), cookie),
                () -> assertTrue(cookie.contains("Max-Age="), cookie),
                () -> assertFalse(cookie.contains("Secure"), "plain HTTP gets no Secure cookie: " + cookie));
        }
    }

    @Test
    void marksEveryCookieSecureWhenConfiguredToBecauseTlsEndsAtAProxy(TestInfrastructure infrastructure) {
        try (var behindTls = GatewayUnderTest.start(infrastructure,
                Map.of("micronaut.security.token.cookie.cookie-secure", true))) {
            var page = behindTls.get("/meg", Map.of("Accept", "text/html",
                "Cookie", "samskap_refresh=" + behindTls.identityProvider().refreshToken(Person.ranaResident())));

            for (var name : new String[] {"samskap_id", "samskap_access", "samskap_refresh", "samskap_csrf"}) {
                var cookie = Cookies.setCookie(page, name).orElseThrow(() -> new AssertionError(name + " not set"));
                assertTrue(cookie.contains("Secure"), cookie);
            }
        }
    }

    @Test
    void signingOutWhileTokensAreRenewedLeavesTheBrowserSignedOut() {
        var person = Person.ranaResident();
        var tokens = gateway.identityProvider();
        var csrf = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

        var response = gateway.send(gateway.request("/logg-ut")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "samskap_id=" + tokens.idToken(person, Duration.ofSeconds(5)) + "; samskap_refresh="
                + tokens.refreshToken(person) + "; samskap_csrf=" + csrf)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
            .build());

        assertEquals(303, response.statusCode());
        assertAll(
            () -> assertTrue(Cookies.expires(response, "samskap_id")),
            () -> assertTrue(Cookies.expires(response, "samskap_access")),
            () -> assertTrue(Cookies.expires(response, "samskap_refresh")),
            () -> assertEquals(1, response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("samskap_id=")).count()));
    }

    @Test
    void leavesTokensWithTimeToSpareAlone() {
        var person = Person.ranaResident();
        var tokens = gateway.identityProvider();
        var grantsBefore = tokens.refreshGrants().size();

        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie",
            "samskap_id=" + tokens.idToken(person, Duration.ofMinutes(5)) + "; samskap_access="
                + tokens.accessToken(person, Duration.ofMinutes(5)) + "; samskap_refresh=" + tokens.refreshToken(person)));

        assertEquals(200, page.statusCode());
        assertEquals(grantsBefore, tokens.refreshGrants().size());
        assertTrue(Cookies.setCookie(page, "samskap_id").isEmpty());
    }

    @Test
    void signsTheBrowserOutWhenTheIdentityProviderRefusesItsRefreshToken() {
        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie", "samskap_refresh=not-a-refresh-token"));

        assertEquals(303, page.statusCode());
        assertEquals("/logg-inn", page.headers().firstValue("Location").orElseThrow());
        assertAll(
            () -> assertTrue(Cookies.expires(page, "samskap_id")),
            () -> assertTrue(Cookies.expires(page, "samskap_access")),
            () -> assertTrue(Cookies.expires(page, "samskap_refresh")));
    }

    @Test
    void hasTheAccessTokenReadyForRelayingToServices() {
        var accessToken = gateway.identityProvider().accessToken(Person.ranaResident(), Duration.ofMinutes(5));

        var relayed = gateway.bean(AccessTokens.class)
            .toRelay(new SimpleHttpRequest<>(HttpMethod.GET, "/meg", null).cookie(Cookie.of("samskap_access", accessToken)));

        assertEquals(Optional.of(accessToken), relayed);
    }
}
