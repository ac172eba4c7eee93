package no.samskap.gateway.shell.signin;

import no.samskap.gateway.Cookies;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT {

    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");

    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap.sign-in.organizations", "1833, 4618"));
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void sendsAnAnonymousVisitorToMyPageToSignInAndRemembersWhereTheyWereGoing() {
        var myPage = gateway.get("/meg", BROWSER);

        assertEquals(303, myPage.statusCode(), myPage.headers().map() + " " + myPage.body());
        assertEquals("/logg-inn", location(myPage));
        assertTrue(myPage.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.contains("/meg")),
            "the page asked for is kept for after sign-in: " + myPage.headers().allValues("Set-Cookie"));

        var signIn = gateway.get("/logg-inn", BROWSER);
        assertEquals(303, signIn.statusCode());
        assertEquals("/oauth/login/keycloak", location(signIn));
    }

    @Test
    void startsTheAuthorizationCodeFlowWithPkceS256AtTheIdentityProvider() {
        var login = gateway.get("/oauth/login/keycloak", BROWSER);

        var authorization = URI.create(location(login));
        var query = queryOf(authorization);
        assertAll(
            () -> assertEquals(302, login.statusCode()),
            () -> assertEquals(gateway.identityProvider().authorizationEndpoint(),
                authorization.getScheme() + "://" + authorization.getAuthority() + authorization.getPath()),
            () -> assertEquals("code", query.get("response_type")),
            () -> assertEquals("samskap-gateway", query.get("client_id")),
            () -> assertEquals(gateway.uri("/oauth/callback/keycloak").toString(), query.get("redirect_uri")),
            () -> assertEquals("S256", query.get("code_challenge_method")),
            () -> assertEquals(43, query.get("code_challenge").length()),
            () -> assertTrue(query.get("scope").contains("openid")),
            () -> assertTrue(query.containsKey("state")),
            () -> assertTrue(query.containsKey("nonce")));
    }

    @Test
    void asksTheIdentityProviderToNameTheMunicipalityWhosePageTheSignInStartedFrom() {
        var fromRana = gateway.get("/logg-inn?kommune=1833", BROWSER);
        assertEquals("/oauth/login/keycloak?kommune=1833", location(fromRana));

        var scope = queryOf(URI.create(location(gateway.get(location(fromRana), BROWSER)))).get("scope");
        assertEquals(List.of("openid", "organization:1833"),
            Arrays.stream(scope.split(" ")).filter(each -> each.equals("openid") || each.startsWith("organization"))
                .toList());
    }

    @Test
    void namesNoMunicipalityTheIdentityProviderDoesNotHaveSinceItWouldRefuseTheSignIn() {
        assertEquals("/oauth/login/keycloak", location(gateway.get("/logg-inn?kommune=abc", BROWSER)));
        for (var municipality : List.of("0301", "abc", "")) {
            var scope = queryOf(URI.create(location(
                gateway.get("/oauth/login/keycloak?kommune=" + municipality, BROWSER)))).get("scope");
            assertFalse(scope.contains("organization"), municipality + ": " + scope);
        }
    }

    @Test
    void asksTheIdentityProviderForTheSignInPageInThePersonsLanguage() {
        var bokmalByDefault = gateway.get("/oauth/login/keycloak", BROWSER);
        var nynorskByCookie = gateway.get("/oauth/login/keycloak", Map.of("Accept", "text/html",
            "Cookie", "samskap_lang=nn"));
        var englishByBrowser = gateway.get("/oauth/login/keycloak", Map.of("Accept", "text/html",
            "Accept-Language", "en-GB,en;q=0.8"));

        assertAll(
            () -> assertEquals("nb", queryOf(URI.create(location(bokmalByDefault))).get("ui_locales")),
            () -> assertEquals("nn", queryOf(URI.create(location(nynorskByCookie))).get("ui_locales")),
            () -> assertEquals("en", queryOf(URI.create(location(englishByBrowser))).get("ui_locales")));
    }

    @Test
    void showsTheSignedInPersonsNameMunicipalityAndRolesInBokmal() {
        var page = gateway.get("/meg", signedIn(Person.ranaResident()));

        assertEquals(200, page.statusCode());
        var html = page.body();
        assertAll(
            () -> assertTrue(html.contains("<html lang=\"nb\">"), html),
            () -> assertTrue(html.contains("<strong id=\"name\"><bdi>Ingrid Johansen</bdi></strong>"), html),
            () -> assertTrue(html.contains("<dd id=\"username\"><bdi>rana-resident</bdi></dd>"), html),
            () -> assertTrue(html.contains("<dd id=\"municipality\">1833</dd>"), html),
            () -> assertTrue(html.contains("<dd id=\"roles\">innbygger</dd>"), html),
            () -> assertTrue(html.contains("<form method=\"post\" action=\"/logg-ut\">"), html),
            () -> assertFalse(html.contains("offline_access"), html));
    }

    @Test
    void escapesEverythingTheIdentityProviderSaysAboutThePerson() {
        var person = new Person("o'hara\"", "<script>alert('x')</script> & Co", "<b>1833</b>", List.of("staff"));

        var html = gateway.get("/meg", signedIn(person)).body();

        assertAll(
            () -> assertFalse(html.contains("<script>"), html),
            () -> assertFalse(html.contains("<b>"), html),
            () -> assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), html),
            () -> assertTrue(html.contains("o&#39;hara&quot;"), html),
            () -> assertTrue(html.contains("kommuneansatt"), html));
    }

    @Test
    void treatsAnIdTokenSignedWithAnotherKeyAsNoSignInAtAll() {
        var forged = gateway.identityProvider().forgedIdToken(Person.ranaResident());

        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie", "samskap_id=" + forged));

        assertEquals(303, page.statusCode());
        assertEquals("/logg-inn", location(page));
    }

    @Test
    void treatsAnExpiredIdTokenAsNoSignIn() {
        var expired = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(-1));

        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie", "samskap_id=" + expired));

        assertEquals(303, page.statusCode());
    }

    @Test
    void neverTakesAnAccessTokenForASignInNorAsksTheUserinfoEndpointAboutIt() {
        var accessToken = gateway.identityProvider().accessToken(Person.ranaResident(), Duration.ofMinutes(5));

        var page = gateway.get("/meg", Map.of("Accept", "text/html", "Cookie", "samskap_id=" + accessToken));

        assertEquals(303, page.statusCode());
        assertEquals(0, gateway.identityProvider().userInfoCalls());
    }

    @Test
    void answersAnAnonymousApiCallWithProblemJsonEvenWhenItAcceptsHtml() {
        var response = gateway.get("/api/me", Map.of("Accept", "text/html,application/json"));

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"status\":401"), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
    }

    @Test
    void knowsPeopleOnlyByTheirCookieNotByABearerHeader() {
        var idToken = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(5));

        var response = gateway.get("/api/me", Map.of("Accept", "application/json", "Authorization", "Bearer " + idToken));

        assertEquals(401, response.statusCode());
    }

    @Test
    void describesTheSignedInPersonToScriptsAsJson() {
        var response = gateway.get("/api/me", Map.of("Accept", "application/json",
            "Cookie", "samskap_id=" + gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(5))));

        assertEquals(200, response.statusCode());
        assertEquals("{\"name\":\"Ingrid Johansen\",\"username\":\"rana-resident\",\"municipality\":\"1833\","
            + "\"roles\":[\"resident\"]}", response.body());
    }

    @Test
    void signsOutAtTheIdentityProviderAndClearsEveryTokenCookie() {
        var idToken = gateway.identityProvider().idToken(Person.ranaResident(), Duration.ofMinutes(5));

        var response = gateway.send(gateway.request("/logg-ut")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "samskap_id=" + idToken + "; samskap_csrf=" + CSRF)
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + CSRF))
            .build());

        var endSession = URI.create(location(response));
        var query = queryOf(endSession);
        assertAll(
            () -> assertEquals(303, response.statusCode()),
            () -> assertEquals(gateway.identityProvider().endSessionEndpoint(),
                endSession.getScheme() + "://" + endSession.getAuthority() + endSession.getPath()),
            () -> assertEquals(idToken, query.get("id_token_hint")),
            () -> assertEquals(gateway.uri("/utlogget").toString(), query.get("post_logout_redirect_uri")),
            () -> assertEquals("samskap-gateway", query.get("client_id")),
            () -> assertTrue(Cookies.expires(response, "samskap_id")),
            () -> assertTrue(Cookies.expires(response, "samskap_access")),
            () -> assertTrue(Cookies.expires(response, "samskap_refresh")));
    }

    @Test
    void signsOutOnlyHereWhenTheBrowserIsNoLongerSignedIn() {
        var response = gateway.send(gateway.request("/logg-ut")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "samskap_csrf=" + CSRF)
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + CSRF))
            .build());

        assertEquals(303, response.statusCode());
        assertEquals("/utlogget", location(response));
        assertTrue(Cookies.expires(response, "samskap_id"));
    }

    private static final String CSRF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    private Map<String, String> signedIn(Person person) {
        var tokens = gateway.identityProvider();
        return Map.of("Accept", "text/html", "Cookie", "samskap_id=" + tokens.idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + tokens.accessToken(person, Duration.ofMinutes(5)));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private static Map<String, String> queryOf(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
            .map(pair -> pair.split("=", 2))
            .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
