package no.samskap.systemtests;

import no.samskap.testkit.browser.Axe;
import no.samskap.testkit.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** One person's browser: Debian's Chromium asking for bokmål, as a Norwegian visitor's browser does. */
final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Pages that read what the services have said through the broker catch up within seconds. */
    static final Duration CATCHING_UP = Duration.ofSeconds(30);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        return new Browser(Chromium.start());
    }

    /** Opens {@code url}, which sends a visitor to sign in, signs in at Keycloak and waits to be back at {@code landing}. */
    void signIn(String url, String username, String password, String landing) {
        driver.get(url);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        waitUntil(ExpectedConditions.urlToBe(landing));
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** axe-core finds no WCAG 2.1 A/AA or best-practice violation on the page as it stands. */
    void assertAccessible(String page) {
        var violations = Axe.check(driver);
        assertTrue(violations.isEmpty(), Axe.report(page, violations));
    }

    /** For pages that show what another person just did only once the gateway has heard of it: they do not push it. */
    WebElement reloadUntilPresent(By what) {
        return reloadUntilPresent(what, CATCHING_UP);
    }

    /** Reloads the page once a second until {@code what} is on it, for at most {@code patience}. */
    WebElement reloadUntilPresent(By what, Duration patience) {
        var deadline = Instant.now().plus(patience);
        while (true) {
            var found = driver.findElements(what);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Not on " + driver.getCurrentUrl() + " after " + patience.toSeconds() + " s: " + what);
            }
            pause();
            driver.navigate().refresh();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
