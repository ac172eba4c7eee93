package no.samskap.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One person's Debian Chromium, headless, driven by the system ChromeDriver so Selenium never looks for one online;
 * it asks for bokmål, as a Norwegian visitor's browser does.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(CHROMIUM + " or " + DRIVER + " is missing; run"
                + " `apt-get install -y chromium chromium-driver` (.ci/run does it on a fresh machine)");
        }
        var options = new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=nb", "--accept-lang=nb-NO,nb,en");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb,en"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
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

    @Override
    public void close() {
        driver.quit();
    }
}
