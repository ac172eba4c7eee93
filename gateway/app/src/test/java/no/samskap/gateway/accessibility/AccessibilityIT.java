package no.samskap.gateway.accessibility;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.testkit.browser.Chromium;
import no.samskap.gateway.shell.web.Language;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.browser.Axe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core in a real Chromium on every page type of {@link PageType#ALL}, signed in where the page needs it: WCAG 2.0
 * and 2.1 A and AA plus best practices, zero violations allowed. Also the keyboard's first steps, and the screenshots
 * of the main pages for the docs.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    private GatewayUnderTest gateway;
    /**
     * Answers the organisers' pages as the events service would an organiser, the feedback pages as the feedback
     * service, and the idea edit page as the proposals service; what it does not know it answers 404, which pages
     * take as a service that could not say.
     */
    private StandInProposals eventsService;
    private ChromeDriver browser;
    private Map<String, String> samples;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        eventsService = SampleOrganiserAnswers.standIn();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.events-url", eventsService.url(),
            "samskap-gateway.feedback-url", eventsService.url(), "samskap-gateway.proposals-url", eventsService.url()));
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described(SampleIdeas.MUNICIPALITY, "Rana", List.of());
        }
        samples = new HashMap<>(SampleIdeas.publish(infrastructure));
        samples.putAll(SampleIdeas.ownIdea(eventsService));
        samples.putAll(SampleAssociations.publish(infrastructure));
        samples.putAll(SampleEvents.publish(infrastructure, samples.get("association")));
        samples.put("organisedEvent", SampleOrganiserAnswers.EVENT);
        samples.put("organisedShift", SampleOrganiserAnswers.SHIFT);
        samples.putAll(SampleFeedback.publish(infrastructure, eventsService, samples.get("event")));
        eventually(() -> {
            var idea = gateway.get("/ideer/" + samples.get("answeredIdea")).body();
            assertTrue(idea.contains("id=\"answer\"") && gateway.get("/ideer/" + samples.get("assessedIdea"))
                .statusCode() == 200, idea);
            // The third sample idea is on a partition of its own: the board and its screenshots show it once it is there.
            assertTrue(gateway.get("/api/ideas?municipality=" + SampleIdeas.MUNICIPALITY).body()
                .contains("Kinokveld for seniorer"), "the seniors' idea is on the board");
            assertTrue(gateway.get("/ideer/" + samples.get("sentPetitionIdea")).body().contains("id=\"petition-deadline\""),
                "the innbyggerforslag sent to the council is in the read model");
            assertEquals(200, gateway.get("/api/associations/" + samples.get("unverifiedAssociation")).statusCode());
            assertTrue(gateway.get("/api/associations/" + samples.get("association")).body().contains("\"verified\":true"));
            assertTrue(gateway.get("/arrangementer/" + samples.get("event")).body().contains("Billettkontroll"));
            assertEquals(200, gateway.get("/lokaler/" + samples.get("venue")).statusCode());
            assertEquals(200, gateway.get("/kommuner/" + SampleIdeas.MUNICIPALITY).statusCode());
            assertTrue(gateway.get("/kommuner/" + SampleIdeas.MUNICIPALITY + "/tjenester/bibliotek").body()
                .contains("Savner lørdagsåpent."), "the sample feedback is in the read model");
        });
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (eventsService != null) {
            eventsService.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageTypeHasNoAxeViolationsInEachLanguageItIsCheckedIn() {
        return PageType.ALL.stream().flatMap(page -> page.languages().stream().sorted().map(language ->
            DynamicTest.dynamicTest(page.describe(language), () -> {
                open(page, language);
                var violations = Axe.check(browser);
                assertTrue(violations.isEmpty(), Axe.report(page.describe(language) + " " + browser.getCurrentUrl(),
                    violations));
            })));
    }

    @Test
    void axeReportsTheRuleAPageBreaks() {
        open(PageType.ALL.get(0), Language.BOKMAL);
        ((JavascriptExecutor) browser).executeScript(
            "var image = document.createElement('img'); image.src = '/assets/none.png'; document.querySelector('main').appendChild(image);");

        var violations = Axe.check(browser);

        assertTrue(violations.stream().anyMatch(violation -> violation.id().equals("image-alt")
            && violation.targets().get(0).contains("none.png")), Axe.report("a broken home page", violations));
        assertTrue(Axe.version(browser).startsWith("4."), Axe.version(browser));
    }

    @Test
    void theFirstTabShowsTheSkipLinkWhichMovesFocusToTheMainContent() {
        open(PageType.ALL.get(0), Language.BOKMAL);

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var focused = browser.switchTo().activeElement();
        assertAll(
            () -> assertTrue(focused.getAttribute("class").contains("ds-skip-link"), focused.getAttribute("class")),
            () -> assertTrue(focused.isDisplayed() && focused.getRect().getX() >= 0, "the skip link is on screen"),
            () -> assertFalse(focused.getCssValue("outline-style").equals("none"), "focus is visible"));

        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void theEditPageIsTheAuthorsFormFilledWithTheirIdeaNotAnErrorPage() {
        open(PageType.ALL.stream().filter(page -> page.name().equals("idea-edit")).findFirst().orElseThrow(),
            Language.BOKMAL);

        var form = browser.findElement(By.id("idea-form"));
        assertEquals("/ideer/" + SampleIdeas.OWN + "/endre", java.net.URI.create(form.getAttribute("action")).getPath());
        assertEquals("Leksehjelp på biblioteket", browser.findElement(By.name("title")).getAttribute("value"));
    }

    /** The organisations service is not started here: the appointment is refused as the service being down. */
    @Test
    void aRefusedFormOfTheOrganisationsPagesComesBackWithItsErrorSummaryInFocus() {
        open(PageType.ALL.stream().filter(page -> page.name().equals("attest-officers")).findFirst().orElseThrow(),
            Language.BOKMAL);

        browser.findElement(By.cssSelector("#officers-form button[type=submit]")).click();

        eventually(() -> assertEquals("error-summary", browser.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void photographsTheMainPagesInBokmalAtPhoneAndDesktopWidths() throws Exception {
        for (var page : PageType.ALL.stream().filter(PageType::screenshot).toList()) {
            open(page, Language.BOKMAL);
            for (var width : Screenshots.Width.values()) {
                var file = Screenshots.take(browser, page.name() + "-nb", width);

                var png = Files.readAllBytes(file);
                assertTrue(png.length > 1_000 && Arrays.equals(Arrays.copyOf(png, 4), new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                    file + " is a PNG");
            }
        }
    }

    /** Opens the page as its visitor and checks the browser stayed there (no sign-in redirect, no error page). */
    private void open(PageType page, Language language) {
        var address = gateway.uri(page.address(samples, language)).toString();
        browser.get(gateway.uri("/assets/samskap.css").toString());
        browser.manage().deleteAllCookies();
        page.visitor().person().ifPresent(person -> browser.manage().addCookie(new Cookie("samskap_id",
            gateway.identityProvider().idToken(person, Duration.ofMinutes(30)), "/")));
        browser.get(address);
        assertEquals(address, browser.getCurrentUrl(), page.describe(language) + " stays where it was opened");
        assertEquals(language.tag(), browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size(), page.describe(language) + " has one h1");
    }
}
