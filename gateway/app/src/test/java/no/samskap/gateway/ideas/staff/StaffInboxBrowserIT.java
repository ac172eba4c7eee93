package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.browser.Chromium;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static no.samskap.gateway.ideas.staff.StaffViewers.ids;
import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.gateway.ideas.staff.StaffViewers.subjectOf;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox in Debian's Chromium under the site's real Content-Security-Policy: a form works by itself, and the
 * script hears of a new item over the stream and says so in the live region.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffInboxBrowserIT {

    private static final String MUNICIPALITY = "5401";

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;
    private ChromeDriver browser;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.proposals-url", proposals.url()));
        stories = new StaffStoriesOnKafka(infrastructure);
        viewers = new StaffViewers(gateway);
        browser = Chromium.start();
        var kari = staff("kari-" + MUNICIPALITY, MUNICIPALITY);
        browser.get(gateway.uri("/assets/samskap.css").toString());
        var identity = gateway.identityProvider();
        browser.manage().addCookie(new Cookie("samskap_id", identity.idToken(kari, Duration.ofMinutes(10))));
        browser.manage().addCookie(new Cookie("samskap_access", identity.accessToken(kari, Duration.ofMinutes(10))));
    }

    @AfterAll
    void stop() {
        browser.quit();
        stories.close();
        gateway.close();
        proposals.close();
    }

    @Test
    void theScriptAnnouncesANewItemInTheLiveRegionAndTheFormsWorkWithoutIt() {
        var kari = staff("kari-" + MUNICIPALITY, MUNICIPALITY);
        var first = stories.submitted(MUNICIPALITY, "Lesesirkel");
        eventually(() -> assertEquals(List.of(first), ids(viewers.inboxOf(kari).toModerate())));
        browser.get(gateway.uri("/stab/innboks").toString());
        eventually(() -> assertEquals(1, gateway.bean(InboxChanges.class).watchers(), "the script follows the stream"));

        var second = stories.submitted(MUNICIPALITY, "Bokbad");

        eventually(() -> assertTrue(browser.findElement(By.id("inbox-live")).getText().startsWith("Innboksen er endret."),
            browser.findElement(By.id("inbox-live")).getText()));
        browser.findElement(By.id("inbox-reload")).click();
        eventually(() -> assertEquals(1, browser.findElements(By.cssSelector("[data-idea-id='" + second + "']")).size()));

        proposals.answer("POST", "/ideas/" + first + "/rejection", Answer.json(200,
            "{\"id\":\"" + first + "\",\"status\":\"rejected\"}")
            .thenRun(() -> stories.rejected(MUNICIPALITY, first, subjectOf(kari), "Gjelder ikke kultur.")));
        browser.findElement(By.id("reject-reason-" + first)).sendKeys("Gjelder ikke kultur.");
        browser.findElement(By.id("reject-button-" + first)).click();

        eventually(() -> assertTrue(browser.getCurrentUrl().endsWith("/stab/innboks?utfort=reject"), browser.getCurrentUrl()));
        assertAll(
            () -> assertEquals("Ideen er avvist.", browser.findElement(By.id("confirmation")).getText()),
            () -> assertEquals("{\"reason\":\"Gjelder ikke kultur.\"}",
                proposals.lastCallTo("/ideas/" + first + "/rejection").body()),
            () -> assertTrue(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy")), "no CSP refusals"));
    }
}
