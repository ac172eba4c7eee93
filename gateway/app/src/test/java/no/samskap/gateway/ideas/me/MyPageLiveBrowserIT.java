package no.samskap.gateway.ideas.me;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.shell.notifications.FeedChanges;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.browser.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a real browser, a notification for the person shows up on their open page without a reload. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPageLiveBrowserIT {

    private GatewayUnderTest gateway;
    private MyStoriesOnKafka stories;
    private ChromeDriver browser;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new MyStoriesOnKafka(infrastructure);
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        browser.quit();
        stories.close();
        gateway.close();
    }

    @Test
    void aNewNotificationAppearsOnTheOpenPageWithItsTitleEscapedAndMarkedUnread() {
        var person = new Person("browser-" + UUID.randomUUID(), "Eva Live", "1833", List.of("resident"));
        browser.get(gateway.uri("/assets/samskap.css").toString());
        var provider = gateway.identityProvider();
        browser.manage().addCookie(new Cookie("samskap_id", provider.idToken(person, Duration.ofMinutes(5)), "/"));
        browser.manage().addCookie(new Cookie("samskap_access", provider.accessToken(person, Duration.ofMinutes(5)), "/"));
        browser.get(gateway.uri("/meg").toString());
        assertEquals(0, browser.findElements(By.cssSelector("#notifications li.notification")).size());
        eventually(() -> assertEquals(1, gateway.bean(FeedChanges.class).watchers(), "the page listens"));

        var idea = stories.publishedBy(new Person("author-" + UUID.randomUUID(), "A", "1833", List.of("resident")),
            "<b>Svar</b> på idéen");
        stories.notified(person, idea, "<b>Svar</b> på idéen", "answered", "Ja, vi gjør det.");

        eventually(() -> assertEquals(1, browser.findElements(By.cssSelector("#notifications li.notification")).size()));
        var item = browser.findElement(By.cssSelector("#notifications li.notification"));
        assertEquals(idea, item.getAttribute("data-subject-id"));
        assertTrue(item.getText().startsWith("Ulest:"), item.getText());
        assertTrue(item.getText().contains("<b>Svar</b> på idéen"), item.getText());
        assertTrue(browser.findElement(By.id("unread-count")).getText().contains("1"));
    }
}
