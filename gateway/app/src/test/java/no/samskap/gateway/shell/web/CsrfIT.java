package no.samskap.gateway.shell.web;

import no.samskap.gateway.Cookies;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIT {

    private static final Pattern FORM_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    private GatewayUnderTest gateway;
    private String idToken;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        idToken = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(10));
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void givesMyPagesSignOutFormTheTokenItAlsoSetsAsAnHttpOnlyLaxCookie() {
        var page = gateway.get("/meg", Map.of("Cookie", "samskap_id=" + idToken));

        var matcher = FORM_FIELD.matcher(page.body());
        assertTrue(matcher.find(), page.body());
        var cookie = Cookies.setCookie(page, "samskap_csrf").orElseThrow();
        assertAll(
            () -> assertEquals(matcher.group(1), Cookies.value(page, "samskap_csrf").orElseThrow()),
            () -> assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie),
            () -> assertTrue(cookie.contains("SameSite=Lax"), cookie),
            () -> assertTrue(cookie.contains("Path=/"), cookie));
    }

    @Test
    void keepsTheBrowsersTokenRatherThanIssuingANewOneOnEveryPage() {
        var page = gateway.get("/meg", Map.of("Cookie", "samskap_id=" + idToken + "; samskap_csrf=" + TOKEN));

        assertTrue(page.body().contains("value=\"" + TOKEN + "\""), page.body());
        assertTrue(Cookies.setCookie(page, "samskap_csrf").isEmpty());
    }

    @Test
    void refusesASignOutWithoutItsCsrfTokenAsForbiddenProblemJson() {
        var response = signOut("samskap_id=" + idToken + "; samskap_csrf=" + TOKEN, "");

        assertRefused(response);
        assertTrue(Cookies.setCookie(response, "samskap_id").isEmpty(), "the sign-in survives a forged sign-out");
    }

    @Test
    void refusesASignOutWhoseTokenDiffersFromTheCookie() {
        assertRefused(signOut("samskap_id=" + idToken + "; samskap_csrf=" + TOKEN, "_csrf=" + TOKEN.replace('a', 'b')));
    }

    @Test
    void refusesASignOutWithATokenButNoCookieToCompareItWith() {
        assertRefused(signOut("samskap_id=" + idToken, "_csrf=" + TOKEN));
    }

    @Test
    void refusesAPostTheBrowserSaysCameFromAnotherSiteEvenWithTheRightToken() {
        var response = gateway.send(signOutRequest("samskap_csrf=" + TOKEN, "_csrf=" + TOKEN)
            .header("Sec-Fetch-Site", "cross-site").build());

        assertRefused(response);
    }

    @Test
    void acceptsASignOutThatRepeatsTheCookiesToken() {
        var response = signOut("samskap_id=" + idToken + "; samskap_csrf=" + TOKEN, "_csrf=" + TOKEN);

        assertEquals(303, response.statusCode());
    }

    @Test
    void acceptsTheTokenInAHeaderForScripts() {
        var response = gateway.send(signOutRequest("samskap_csrf=" + TOKEN, "")
            .header("X-CSRF-Token", TOKEN).build());

        assertEquals(303, response.statusCode());
    }

    @Test
    void answersManyFormPostsInARowWithoutLosingAny() {
        for (int i = 0; i < 50; i++) {
            assertEquals(303, signOut("samskap_id=" + idToken + "; samskap_csrf=" + TOKEN, "_csrf=" + TOKEN).statusCode(),
                "post " + i);
        }
    }

    private HttpResponse<String> signOut(String cookies, String form) {
        return gateway.send(signOutRequest(cookies, form).build());
    }

    private HttpRequest.Builder signOutRequest(String cookies, String form) {
        return gateway.request("/logg-ut")
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"type\":\"https://samskap.no/problems/csrf\""), response.body());
    }
}
