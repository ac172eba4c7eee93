package no.samskap.gateway.ideas.pages;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.browser.Chromium;
import no.samskap.runtime.FreePorts;
import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.GatewayClientOrigins;
import no.samskap.runtime.keycloak.KeycloakServer;
import no.samskap.runtime.keycloak.SamskapRealm;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident in Debian's Chromium, signed in through the real Keycloak: submits an idea with the keyboard alone, and
 * sees hostile text that others wrote shown as text, never run. The proposals service is played by a stand-in.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentBrowserIT {

    private static final int PORT_THE_REALM_ALLOWS = 8080;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String MUNICIPALITY = "1833";
    private static final List<String> PAYLOADS = List.of(
        "<script>window.__xss='script'</script>",
        "<img src=x onerror=\"window.__xss='img';alert('img')\">",
        "\"><svg onload=\"window.__xss='svg';alert('svg')\">",
        "<a href=\"javascript:window.__xss='link'\" id=\"evil-link\">klikk</a>",
        "'><iframe src=\"javascript:alert('iframe')\"></iframe>");

    private KeycloakServer keycloak;
    private StandInProposals proposals;
    private EmbeddedServer gateway;
    private ChromeDriver browser;
    private String origin;
    private String readingCircle;
    private String hostile;
    private String longWord;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        var installation = Path.of(System.getProperty("samskap.keycloak.installation",
            "target/keycloak/" + KeycloakServer.VERSION));
        var adminPassword = "it-" + UUID.randomUUID();
        keycloak = KeycloakServer.start(installation, 0, adminPassword, Path.of("target", "keycloak-resident-it.log"));
        proposals = StandInProposals.onAFreePort();
        var port = gatewayPort(adminPassword);
        var properties = new HashMap<String, Object>(
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.security.oauth2.clients.keycloak.openid.issuer", keycloak.issuerUrl());
        properties.put("micronaut.security.oauth2.clients.keycloak.client-id", SamskapRealm.GATEWAY_CLIENT_ID);
        properties.put("micronaut.security.oauth2.clients.keycloak.client-secret", SamskapRealm.GATEWAY_CLIENT_SECRET);
        properties.put("samskap-gateway.proposals-url", proposals.url());
        properties.put("samskap-gateway.read-your-writes.timeout", "200ms");
        gateway = ApplicationContext.run(EmbeddedServer.class, properties);
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, MUNICIPALITY)) {
            readingCircle = ideas.published("Lesesirkel for ungdom", "Hver torsdag.", "bibliotek");
            hostile = ideas.published(PAYLOADS.get(0) + PAYLOADS.get(2), String.join("\n", PAYLOADS), "kulturhus");
            ideas.answered(hostile, "accepted", PAYLOADS.get(3) + PAYLOADS.get(1));
            // A visitor reads the discussion from the gateway's copy, a signed-in resident from the service: both hostile.
            var comment = ideas.commented(hostile, null, "someone", false, PAYLOADS.get(1) + "\n" + PAYLOADS.get(0),
                Instant.parse("2026-11-03T10:00:00Z"));
            ideas.commented(hostile, comment, "staff", true, PAYLOADS.get(2) + PAYLOADS.get(4),
                Instant.parse("2026-11-04T10:00:00Z"));
            longWord = ideas.published("Kulturhus" + "rom".repeat(37), "Lang" + "tekst".repeat(120), "kulturhus");
        }
        // The two ideas live on different partitions: the similar-ideas search needs the reading circle too.
        var board = gateway.getApplicationContext().getBean(no.samskap.gateway.ideas.readmodel.IdeaBoard.class);
        eventually(() -> {
            assertTrue(board.find(UUID.fromString(hostile))
                .map(page -> "accepted".equals(page.idea().status()) && page.idea().commentCount() == 2).orElse(false));
            assertTrue(board.find(UUID.fromString(readingCircle)).isPresent());
            assertTrue(board.find(UUID.fromString(longWord)).isPresent());
        });
        proposals.answer("GET", "/ideas/" + hostile + "/comments", Answer.json(200, """
            {"threads":[{"comment":{"id":"%s","authorId":"someone","official":false,"body":%s,
              "writtenAt":"2026-11-03T10:00:00Z","hidden":false,"editableByYou":false},
             "answers":[{"id":"%s","parentId":null,"authorId":"staff","official":true,"body":%s,
              "writtenAt":"2026-11-04T10:00:00Z","hidden":false,"editableByYou":false}]}]}"""
            .formatted(UUID.randomUUID(), jsonString(PAYLOADS.get(1) + "\n" + PAYLOADS.get(0)), UUID.randomUUID(),
                jsonString(PAYLOADS.get(2) + PAYLOADS.get(4)))));
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.getApplicationContext().close();
        }
        if (proposals != null) {
            proposals.close();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void showsHostileTextOnTheBoardAndTheIdeaPageAsTextWithoutRunningIt() {
        browser.get(origin + "/kommuner/" + MUNICIPALITY + "/ideer");
        assertNothingRan();
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains(PAYLOADS.get(0) + PAYLOADS.get(2)),
            "the title is shown literally on the board");

        browser.get(origin + "/ideer/" + hostile);
        assertNothingRan();
        var main = browser.findElement(By.cssSelector("main"));
        assertAll(
            () -> assertEquals(PAYLOADS.get(0) + PAYLOADS.get(2), browser.findElement(By.tagName("h1")).getText()),
            () -> assertEquals(String.join("\n", PAYLOADS), browser.findElement(By.className("idea-body")).getText()),
            () -> assertEquals(PAYLOADS.get(3) + PAYLOADS.get(1), browser.findElement(By.id("answer")).getText()),
            () -> assertTrue(main.getText().contains(PAYLOADS.get(2) + PAYLOADS.get(4)), "the comment is shown literally"),
            () -> assertTrue(main.findElements(By.cssSelector("script:not([src^='/assets/']), img, svg, iframe, #evil-link"))
                .isEmpty(), "no markup from the texts became elements; the page's own scripts come from /assets"));
    }

    @Test
    void aResidentSubmitsAnIdeaWithTheKeyboardAloneCorrectingARefusalOnTheWay() {
        proposals.answer("POST", "/ideas", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "errors":[{"field":"title","message":"must be between 5 and 120 characters, was 3"}]}"""));
        browser.get(origin + "/ideer/ny");
        signInAtKeycloakWithTheKeyboard(DemoUsers.named("rana-resident"));
        waitUntil(ExpectedConditions.urlToBe(origin + "/ideer/ny"));
        waitUntilLoaded();

        tabUntil("title");
        type("Kor");
        press(Keys.TAB);
        assertFocusOn("body");
        type("Hver torsdag.", Keys.ENTER, "I biblioteket.");
        press(Keys.TAB);
        assertFocusOn("serviceArea");
        press(Keys.ARROW_DOWN);
        tabUntil("targetGroups-ungdom");
        press(Keys.SPACE);
        tabUntil("costModel-for-alle");
        press(Keys.ARROW_DOWN);
        assertFocusOn("costModel-for-noen");
        press(Keys.TAB);
        assertFocusOn("place");
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertFocusOn("costModel-for-noen");
        press(Keys.TAB);
        type("Biblioteket på Mo");
        tabUntil("idea-submit");
        press(Keys.ENTER);

        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        // The summary is present before the page has finished loading, its scripts run and its autofocus applied.
        waitUntilLoaded();
        waitUntil(driver -> "error-summary".equals(focused().getAttribute("id")));
        assertAll(
            () -> assertFocusOn("error-summary"),
            () -> assertEquals("Kor", value("title")),
            () -> assertEquals("Hver torsdag.\nI biblioteket.", value("body")),
            () -> assertEquals("bibliotek", value("serviceArea")),
            () -> assertTrue(browser.findElement(By.id("targetGroups-ungdom")).isSelected()),
            () -> assertTrue(browser.findElement(By.id("costModel-for-noen")).isSelected()),
            () -> assertEquals("Biblioteket på Mo", value("place")),
            () -> assertEquals("title-hint title-error", browser.findElement(By.id("title")).getAttribute("aria-describedby")));

        proposals.answer("POST", "/ideas", Answer.json(201, """
            {"id":"%s","status":"published"}""".formatted(readingCircle)));
        press(Keys.TAB);
        assertEquals("#title", browser.switchTo().activeElement().getAttribute("hash"), "the summary links to the field");
        press(Keys.ENTER);
        assertAll(
            () -> assertInView("label[for='title']"),
            () -> assertInView("#title-hint"),
            () -> assertInView("#title-error"));
        tabUntil("title");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        type("Lesesirkel for ungdom");
        waitUntil(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#similar-ideas a[href='/ideer/" + readingCircle + "']")));
        assertFocusOn("title");
        tabUntil("idea-submit");
        press(Keys.ENTER);

        waitUntil(ExpectedConditions.urlToBe(origin + "/ideer/" + readingCircle + "?done=submitted"));
        waitUntilLoaded();
        assertEquals("Ideen er sendt inn og publisert.", browser.findElement(By.id("confirmation")).getText());
        var sent = proposals.lastCallTo("/ideas").body();
        assertAll(
            () -> assertTrue(sent.contains("\"title\":\"Lesesirkel for ungdom\""), sent),
            () -> assertTrue(sent.contains("\"body\":\"Hver torsdag.\\nI biblioteket.\""), sent),
            () -> assertTrue(sent.contains("\"targetGroups\":[\"ungdom\"]"), sent),
            () -> assertTrue(sent.contains("\"costModel\":\"for-noen\""), sent),
            () -> assertTrue(sent.contains("\"place\":\"Biblioteket på Mo\""), sent));
    }

    @Test
    void aLongUnbrokenWordWrapsSoNoPageScrollsSidewaysOnAPhone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (var path : List.of("/kommuner/" + MUNICIPALITY + "/ideer", "/ideer/" + longWord)) {
                browser.get(origin + path);
                waitUntilLoaded();
                var widths = (List<?>) browser.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
                assertTrue(((Number) widths.get(0)).intValue() <= ((Number) widths.get(1)).intValue(),
                    path + " is " + widths.get(0) + " pixels wide on a " + widths.get(1) + " pixel phone");
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void assertInView(String selector) {
        var element = browser.findElement(By.cssSelector(selector));
        assertEquals(Boolean.TRUE, browser.executeScript("var box = arguments[0].getBoundingClientRect();"
            + " return box.top >= 0 && box.bottom <= window.innerHeight;", element),
            selector + " is out of view after following the summary's link");
    }

    private void signInAtKeycloakWithTheKeyboard(DemoUsers.DemoUser person) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password(), Keys.ENTER);
    }

    /** Moves focus with Tab only, at most 40 times, until the element with {@code id} has it. */
    private void tabUntil(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + focused().getAttribute("outerHTML"));
    }

    private void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void assertFocusOn(String id) {
        assertEquals(id, focused().getAttribute("id"), () -> "focus is on " + focused().getAttribute("outerHTML"));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void assertNothingRan() {
        assertEquals("undefined", browser.executeScript("return typeof window.__xss"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    private void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, PATIENCE).until(condition);
    }

    /** A keyboard submit does not wait for the next page: its address changes before its document is parsed. */
    private void waitUntilLoaded() {
        waitUntil(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private int gatewayPort(String adminPassword) throws Exception {
        if (!FreePorts.isListening("127.0.0.1", PORT_THE_REALM_ALLOWS)) {
            origin = "http://127.0.0.1:" + PORT_THE_REALM_ALLOWS;
            return PORT_THE_REALM_ALLOWS;
        }
        var port = FreePorts.next();
        origin = "http://127.0.0.1:" + port;
        new GatewayClientOrigins(keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME, adminPassword).allow(origin);
        return port;
    }
}
