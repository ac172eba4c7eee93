package no.samskap.gateway.shell.web;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame every page shares, and the defects issue 15 found in it. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFrameIT {

    private static final Person ULLENSVANG_RESIDENT = new Person("ullensvang-resident", "سارة Berg", "4618",
        List.of("resident"));
    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"[^\"]{20,}\">");

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
    void anUnknownAddressIsANotFoundPageInTheVisitorsLanguageRatherThanASignIn() {
        var bokmal = gateway.get("/finnes-ikke", Map.of("Accept", "text/html"));
        var english = gateway.get("/finnes-ikke?lang=en", Map.of("Accept", "text/html"));
        var nynorsk = gateway.get("/finnes/heller/ikke", Map.of("Accept", "text/html", "Accept-Language", "nn"));

        assertAll(
            () -> assertEquals(404, bokmal.statusCode()),
            () -> assertTrue(bokmal.body().contains("Fant ikke siden"), bokmal.body()),
            () -> assertTrue(bokmal.body().contains("<html lang=\"nb\">"), bokmal.body()),
            () -> assertEquals(404, english.statusCode()),
            () -> assertTrue(english.body().contains("Page not found"), english.body()),
            () -> assertEquals(404, nynorsk.statusCode()),
            () -> assertTrue(nynorsk.body().contains("Fann ikkje sida"), nynorsk.body()));
    }

    @Test
    void anUnknownAddressIsNotFoundForSomeoneSignedInToo() {
        var page = gateway.get("/finnes-ikke", signedIn(Person.ranaResident()));

        assertAll(
            () -> assertEquals(404, page.statusCode()),
            () -> assertTrue(page.body().contains("Fant ikke siden"), page.body()),
            () -> assertTrue(page.body().contains("id=\"sign-out\""), "the header still signs them out"));
    }

    @Test
    void anUnknownApiAddressIsAProblemNotAPage() {
        var response = gateway.get("/api/finnes-ikke", Map.of("Accept", "application/json"));

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/om", "/personvern", "/tilgjengelighet", "/utlogget", "/finnes-ikke"})
    void everyPageIsUtf8WithADescriptionAndVariesByLanguageAndSignIn(String path) {
        var page = gateway.get(path, Map.of("Accept", "text/html"));

        assertAll(
            () -> assertEquals("text/html;charset=utf-8", header(page, "Content-Type")),
            () -> assertTrue(header(page, "Vary").contains("Accept-Language"), header(page, "Vary")),
            () -> assertTrue(header(page, "Vary").contains("Cookie"), header(page, "Vary")),
            () -> assertTrue(DESCRIPTION.matcher(page.body()).find(), page.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/om", "/personvern", "/tilgjengelighet", "/meg"})
    void theHeaderShowsWhoIsSignedInAndSignsThemOutOnEveryPage(String path) {
        var page = gateway.get(path, signedIn(ULLENSVANG_RESIDENT)).body();

        assertAll(
            () -> assertTrue(page.contains("Logget inn som <bdi>سارة Berg</bdi>"), page),
            () -> assertTrue(page.contains("<form method=\"post\" action=\"/logg-ut\">"), page),
            () -> assertTrue(page.contains("name=\"_csrf\""), page),
            () -> assertTrue(page.contains("id=\"sign-out\""), page),
            () -> assertFalse(page.contains("id=\"sign-in\""), page));
    }

    @Test
    void theSignOutButtonsTokenIsTheOneTheBrowserIsGiven() {
        var page = gateway.get("/", signedIn(ULLENSVANG_RESIDENT));
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());

        assertTrue(token.find(), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith("samskap_csrf=" + token.group(1) + ";")), page.headers().toString());
    }

    @Test
    void signingOutEndsOnAPageThatSaysSo() {
        var signedOut = gateway.get("/utlogget?lang=nn", Map.of("Accept", "text/html"));

        assertAll(
            () -> assertEquals(200, signedOut.statusCode()),
            () -> assertTrue(signedOut.body().contains("Du er logga ut"), signedOut.body()),
            () -> assertTrue(signedOut.body().contains("role=\"status\""), signedOut.body()));
    }

    @Test
    void aPageWearsItsMunicipalitysThemeOrTheSignedInPersonsOrTheStandardOne() {
        var assets = Assets.bundled();
        var board = gateway.get("/kommuner/1833/ideer", Map.of("Accept", "text/html")).body();
        var homeForUllensvang = gateway.get("/", signedIn(ULLENSVANG_RESIDENT)).body();
        var home = gateway.get("/", Map.of("Accept", "text/html")).body();

        assertAll(
            () -> assertTrue(board.contains(assets.url("theme-kommune-1833.css")), board),
            () -> assertTrue(homeForUllensvang.contains(assets.url("theme-kommune-4618.css")), homeForUllensvang),
            () -> assertTrue(home.contains(assets.url("theme-standard.css")), home),
            () -> assertTrue(home.contains(assets.url("designsystemet.css")), home));
    }

    @Test
    void theMainCallToActionLooksLikeAButtonWithoutTheShellNamingIt() {
        var home = gateway.get("/").body();

        assertTrue(home.contains("id=\"new-idea\" class=\"ds-button\" data-variant=\"primary\""), home);
    }

    @Test
    void theFooterLinksToAboutPrivacyAccessibilityOpenDataAndTheApi() {
        var home = gateway.get("/").body();
        var footer = home.substring(home.indexOf("<footer"));

        for (var link : List.of("/om", "/personvern", "/tilgjengelighet", "/api/open-data", "/openapi/samskap-1.yml")) {
            assertTrue(footer.contains("href=\"" + link + "\""), link + " in " + footer);
        }
    }

    private Map<String, String> signedIn(Person person) {
        var tokens = gateway.identityProvider();
        return Map.of("Accept", "text/html", "Cookie", "samskap_id=" + tokens.idToken(person, Duration.ofMinutes(5)));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
