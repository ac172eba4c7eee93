package no.samskap.gateway.accessibility;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whole-page PNGs of what the browser shows, at a phone's and a desktop's width. They go to
 * {@code -Dsamskap.screenshots} (the build points it at docs/screenshots) or else target/screenshots.
 */
public final class Screenshots {

    public enum Width {
        MOBILE(412, 915, true),
        DESKTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    static final Path DIRECTORY = Path.of(System.getProperty("samskap.screenshots", "target/screenshots"));

    private Screenshots() {
    }

    /** Shows the current page at {@code width}, as tall as its content, and saves it as {@code name-<width>.png}. */
    public static Path take(ChromeDriver browser, String name, Width width) {
        emulate(browser, width, width.height);
        var contentHeight = ((Number) ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollHeight;")).intValue();
        emulate(browser, width, Math.max(width.height, contentHeight));
        try {
            var png = browser.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(DIRECTORY);
            var file = DIRECTORY.resolve(name + "-" + width.name().toLowerCase() + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void emulate(ChromeDriver browser, Width width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width.width, "height", height, "deviceScaleFactor", 1, "mobile", width.mobile));
    }
}
