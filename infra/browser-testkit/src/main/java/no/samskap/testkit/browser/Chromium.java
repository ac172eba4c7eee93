package no.samskap.testkit.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Debian's Chromium, headless, driven by the system ChromeDriver so Selenium never looks for one online. */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(BROWSER + " or " + DRIVER + " is missing; run"
                + " `apt-get install -y chromium chromium-driver` (.ci/run does it on a fresh machine)");
        }
        var options = new ChromeOptions()
            .setBinary(BROWSER.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=nb", "--accept-lang=nb-NO,nb,en");
        // Headless Chromium sends en-US whatever --lang says; the site would then rightly answer in English.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb,en"));
        var service = new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }
}
