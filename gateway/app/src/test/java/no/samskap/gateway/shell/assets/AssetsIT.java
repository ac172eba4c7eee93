package no.samskap.gateway.shell.assets;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetsIT {

    private static final Map<String, String> AS_A_BROWSER_ASKS = Map.of("Accept", "text/css,*/*;q=0.1");

    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @ParameterizedTest
    @CsvSource({
        "samskap.css, text/css", "designsystemet.css, text/css", "theme-kommune-1833.css, text/css",
        "live-idea.js, javascript", "favicon.svg, image/svg+xml"})
    void servesAnAssetUnderItsFingerprintedNameToBeKeptForAYear(String name, String type) {
        var fingerprinted = gateway.get(Assets.bundled().url(name), AS_A_BROWSER_ASKS);
        var plain = gateway.get("/assets/" + name, AS_A_BROWSER_ASKS);

        assertAll(
            () -> assertEquals(200, fingerprinted.statusCode()),
            () -> assertEquals(AssetController.FOR_A_YEAR, header(fingerprinted, "Cache-Control")),
            () -> assertTrue(header(fingerprinted, "Content-Type").contains(type), header(fingerprinted, "Content-Type")),
            () -> assertEquals(plain.body(), fingerprinted.body()),
            () -> assertTrue(fingerprinted.body().length() > 100, fingerprinted.body()));
    }

    @Test
    void servesThePlainNameOlderPagesLinkForFiveMinutesOnly() {
        var plain = gateway.get("/assets/samskap.css", AS_A_BROWSER_ASKS);

        assertAll(
            () -> assertEquals(200, plain.statusCode()),
            () -> assertEquals(AssetController.FOR_FIVE_MINUTES, header(plain, "Cache-Control")));
    }

    @Test
    void compressesTheDesignSystemForBrowsersThatAcceptIt() {
        var response = gateway.get(Assets.bundled().url("designsystemet.css"), Map.of("Accept-Encoding", "gzip"));

        assertEquals("gzip", header(response, "Content-Encoding"));
    }

    @Test
    void findsNothingUnderAnOutdatedFingerprintOrAnUnknownName() {
        for (var path : new String[] {"/assets/samskap.00000000.css", "/assets/nothing.css", "/assets/..%2Fapplication.yml"}) {
            assertEquals(404, gateway.get(path, AS_A_BROWSER_ASKS).statusCode(), path);
        }
    }

    @Test
    void linksEveryPageToItsStylesheetAndIconByFingerprint() {
        var home = gateway.get("/", Map.of("Accept", "text/html")).body();

        assertAll(
            () -> assertTrue(home.contains("<link rel=\"stylesheet\" href=\"" + Assets.bundled().url("samskap.css") + "\">"), home),
            () -> assertTrue(home.contains("<link rel=\"icon\" href=\"" + Assets.bundled().url("favicon.svg") + "\""), home));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
