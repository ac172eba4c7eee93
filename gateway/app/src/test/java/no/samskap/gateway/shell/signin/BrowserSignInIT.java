package no.samskap.gateway.shell.signin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.gateway.accessibility.Screenshots;
import no.samskap.runtime.FreePorts;
import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.GatewayClientOrigins;
import no.samskap.runtime.keycloak.KeycloakServer;
import no.samskap.runtime.keycloak.SamskapRealm;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.browser.Axe;
import no.samskap.testkit.browser.Chromium;
import no.samskap.testkit.browser.Gone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo residents sign in and out through the real Keycloak in a real browser, on its Samskap-themed pages in all three
 * languages. One Keycloak serves every test here, because it takes about 20 s to start.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSignInIT {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSignInIT.class);
    private static final int PORT_THE_REALM_ALLOWS = 8080;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private KeycloakServer keycloak;
    private EmbeddedServer gateway;
    private ChromeDriver browser;
    private String origin;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        var installation = Path.of(System.getProperty("samskap.keycloak.installation",
            "target/keycloak/" + KeycloakServer.VERSION));
        var adminPassword = "it-" + UUID.randomUUID();
        keycloak = KeycloakServer.start(installation, 0, adminPassword, Path.of("target", "keycloak-browser-it.log"));
        var port = gatewayPort(adminPassword);
        var properties = new HashMap<String, Object>(
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.security.oauth2.clients.keycloak.openid.issuer", keycloak.issuerUrl());
        properties.put("micronaut.security.oauth2.clients.keycloak.client-id", SamskapRealm.GATEWAY_CLIENT_ID);
        properties.put("micronaut.security.oauth2.clients.keycloak.client-secret", SamskapRealm.GATEWAY_CLIENT_SECRET);
        properties.put("samskap.sign-in.organizations", String.join(",", SamskapRealm.MUNICIPALITY_ORGANIZATIONS));
        gateway = ApplicationContext.run(EmbeddedServer.class, properties);
        browser = Chromium.start();
    }

    /** Every test begins signed out everywhere and with no language picked. */
    @BeforeEach
    void forgetEveryCookie() {
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.getApplicationContext().close();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void aResidentSignsInThroughKeycloakSeesMyPageAndSignsOutEverywhere() {
        var resident = DemoUsers.named("rana-resident");

        browser.get(origin + "/meg");
        signInAtKeycloak(resident.username(), resident.password());

        waitUntil(ExpectedConditions.urlToBe(origin + "/meg"));
        assertAll(
            () -> assertEquals(resident.displayName(), browser.findElement(By.id("name")).getText()),
            () -> assertEquals("1833", browser.findElement(By.id("municipality")).getText()),
            () -> assertEquals("innbygger", browser.findElement(By.id("roles")).getText()),
            () -> assertEquals("nb", browser.findElement(By.tagName("html")).getAttribute("lang")));
        assertTheSignInCookiesAreHttpOnlyLaxAndCarryARelayableAccessToken();

        // As if five minutes had passed: the ID and access token cookies have run out, the refresh token has not.
        browser.manage().deleteCookieNamed("samskap_id");
        browser.manage().deleteCookieNamed("samskap_access");
        browser.navigate().refresh();
        assertEquals(origin + "/meg", browser.getCurrentUrl());
        assertEquals(resident.displayName(), browser.findElement(By.id("name")).getText());
        assertTrue(browser.manage().getCookieNamed("samskap_id") != null, "Keycloak renewed the ID token");

        browser.findElement(By.id("sign-out")).click();
        waitUntil(ExpectedConditions.urlToBe(origin + "/utlogget"));
        assertTrue(browser.findElement(By.id("signed-out")).isDisplayed(), "the page says the person is signed out");
        assertTrue(browser.manage().getCookieNamed("samskap_id") == null, "the sign-in cookie is gone");

        browser.get(origin + "/meg");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        assertTrue(browser.getCurrentUrl().startsWith(keycloak.issuerUrl()),
            "Keycloak asks for the password again: " + browser.getCurrentUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nb|Logg inn på Samskap|Feil brukernavn eller passord.|Logg ut|Vil du logge ut?|Du er logget ut.",
        "nn|Logg inn på Samskap|Feil brukarnamn eller passord.|Logg ut|Vil du logge ut?|Du er logga ut.",
        "en|Sign in to Samskap|Wrong username or password.|Sign out|Do you want to sign out?|You are signed out."})
    void keycloaksPagesSpeakThePersonsLanguageLookLikeSamskapAndPassAxe(String language, String heading,
            String wrongPassword, String signOut, String signOutQuestion, String signedOut) {
        var resident = DemoUsers.named("rana-resident-2");

        browser.get(origin + "/logg-inn?lang=" + language);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertKeycloakPage(language, heading);
        assertTrue(browser.findElements(By.id("municipality-name")).isEmpty(), "no municipality was named");
        assertTrue(browser.findElement(By.id("back-to-samskap")).getAttribute("href").startsWith(origin),
            "links back to Samskap");

        signInAtKeycloak(resident.username(), "not-the-password");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("input-error")));
        assertEquals(wrongPassword, browser.findElement(By.id("input-error")).getText());
        assertKeycloakPage(language, heading);

        typeCredentials(resident.username(), resident.password());
        waitUntil(ExpectedConditions.urlMatches("^" + Pattern.quote(origin) + "/"));
        browser.get(origin + "/meg");
        assertEquals(resident.displayName(), browser.findElement(By.id("name")).getText());
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.get(keycloak.issuerUrl() + "/protocol/openid-connect/logout?ui_locales=" + language);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("kc-logout")));
        assertEquals(signOutQuestion, browser.findElement(By.cssSelector("main p")).getText());
        assertKeycloakPage(language, signOut);

        var confirmPage = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("kc-logout")).click();
        waitUntil(Gone.from(confirmPage));
        assertKeycloakPage(language, signedOut);

        browser.get(origin + "/meg");
        browser.findElement(By.id("sign-out")).click();
        waitUntil(ExpectedConditions.urlToBe(origin + "/utlogget"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1833|nb|Rana kommune|Logg inn på Samskap",
        "4618|nn|Ullensvang kommune|Logg inn på Samskap",
        "1833|en|Rana kommune|Sign in to Samskap"})
    void signingInFromAMunicipalitysBoardShowsItsNameOnKeycloaksPageUntilSignedIn(String municipality,
            String language, String name, String heading) {
        var resident = DemoUsers.named("rana-resident-2");
        browser.get(origin + "/kommuner/" + municipality + "/ideer?lang=" + language);
        browser.findElement(By.id("sign-in")).click();

        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertEquals(name, browser.findElement(By.id("municipality-name")).getText());
        assertEquals(heading + " – " + name, browser.getTitle());
        assertKeycloakPage(language, heading);
        if (municipality.equals("1833") && language.equals("nb")) {
            // Keycloak focuses the username field; a blinking caret would make every screenshot a new file.
            browser.executeScript("document.activeElement.blur();");
            for (var width : Screenshots.Width.values()) {
                Screenshots.take(browser, "sign-in-nb", width);
            }
        }

        signInAtKeycloak(resident.username(), "not-the-password");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("input-error")));
        assertEquals(name, browser.findElement(By.id("municipality-name")).getText(), "still named after a mistake");

        typeCredentials(resident.username(), resident.password());
        waitUntil(ExpectedConditions.urlMatches("^" + Pattern.quote(origin) + "/"));
        browser.get(origin + "/meg");
        assertEquals(resident.displayName(), browser.findElement(By.id("name")).getText());
        browser.findElement(By.id("sign-out")).click();
        waitUntil(ExpectedConditions.urlToBe(origin + "/utlogget"));
    }

    private void assertKeycloakPage(String language, String heading) {
        assertTrue(browser.getCurrentUrl().startsWith(keycloak.issuerUrl()), browser.getCurrentUrl());
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(heading, browser.findElement(By.tagName("h1")).getText());
        var violations = Axe.check(browser);
        assertTrue(violations.isEmpty(), Axe.report(browser.getCurrentUrl(), violations));
    }

    private void signInAtKeycloak(String username, String password) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(keycloak.issuerUrl() + "/protocol/openid-connect/auth"),
            browser.getCurrentUrl());
        typeCredentials(username, password);
    }

    private void typeCredentials(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    private void assertTheSignInCookiesAreHttpOnlyLaxAndCarryARelayableAccessToken() {
        for (var name : new String[] {"samskap_id", "samskap_access", "samskap_refresh"}) {
            var cookie = browser.manage().getCookieNamed(name);
            assertTrue(cookie != null, name + " is set");
            assertTrue(cookie.isHttpOnly(), name + " is HttpOnly");
            assertEquals("Lax", cookie.getSameSite(), name);
        }
        var accessToken = browser.manage().getCookieNamed("samskap_access").getValue();
        var claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"" + SamskapRealm.AUDIENCE + "\""), claims);
    }

    private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, PATIENCE).until(condition);
    }

    private int gatewayPort(String adminPassword) throws Exception {
        if (!FreePorts.isListening("127.0.0.1", PORT_THE_REALM_ALLOWS)) {
            origin = "http://127.0.0.1:" + PORT_THE_REALM_ALLOWS;
            return PORT_THE_REALM_ALLOWS;
        }
        var port = FreePorts.next();
        origin = "http://127.0.0.1:" + port;
        LOG.warn("Port {} is taken, so this test allows the gateway client to redirect to {} in its own Keycloak.",
            PORT_THE_REALM_ALLOWS, origin);
        new GatewayClientOrigins(keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME, adminPassword).allow(origin);
        return port;
    }
}
