package no.samskap.gateway.shell.assets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetsTest {

    @Test
    void namesAnAssetWithAHashOfItsContent() {
        var assets = assetsWith(Map.of("samskap.css", "body{margin:0}"));

        assertTrue(assets.url("samskap.css").matches("/assets/samskap\\.[0-9a-f]{8}\\.css"), assets.url("samskap.css"));
    }

    @Test
    void givesAChangedFileANewAddressAndAnUnchangedOneTheSame() {
        var before = assetsWith(Map.of("samskap.css", "body{margin:0}")).url("samskap.css");

        assertAll(
            () -> assertNotEquals(before, assetsWith(Map.of("samskap.css", "body{margin:1rem}")).url("samskap.css")),
            () -> assertEquals(before, assetsWith(Map.of("samskap.css", "body{margin:0}")).url("samskap.css")));
    }

    @Test
    void findsAnAssetByItsFingerprintedNameOnlyWhileTheHashIsCurrent() {
        var assets = assetsWith(Map.of("live-idea.js", "console.log(1)"));
        var current = assets.url("live-idea.js").substring("/assets/".length());

        assertAll(
            () -> assertEquals("live-idea.js", assets.findFingerprinted(current).orElseThrow().name()),
            () -> assertEquals(Optional.empty(), assets.findFingerprinted("live-idea.00000000.js")),
            () -> assertEquals(Optional.empty(), assets.findFingerprinted("live-idea.js")));
    }

    @Test
    void findsNothingOutsideTheAssetsFolder() {
        var assets = new Assets(name -> {
            throw new AssertionError("asked to read " + name);
        });

        assertAll(
            () -> assertEquals(Optional.empty(), assets.find("../application.yml")),
            () -> assertEquals(Optional.empty(), assets.find("..%2Fapplication.yml")),
            () -> assertEquals(Optional.empty(), assets.find("META-INF")),
            () -> assertEquals(Optional.empty(), assets.findFingerprinted("../samskap.0123abcd.css")));
    }

    @Test
    void refusesToLinkAnAssetThatDoesNotExist() {
        var assets = assetsWith(Map.of());

        var refusal = assertThrows(IllegalArgumentException.class, () -> assets.url("missing.css"));

        assertEquals("There is no asset public/assets/missing.css", refusal.getMessage());
    }

    @Test
    void givesEachMunicipalityWithAThemeItsOwnAndEveryOtherTheStandardOne() {
        var assets = assetsWith(Map.of("theme-kommune-1833.css", "rana", "theme-standard.css", "standard"));

        assertAll(
            () -> assertTrue(assets.themeFor("1833").startsWith("/assets/theme-kommune-1833."), assets.themeFor("1833")),
            () -> assertTrue(assets.themeFor("0301").startsWith("/assets/theme-standard."), assets.themeFor("0301")),
            () -> assertTrue(assets.themeFor("../x").startsWith("/assets/theme-standard."), assets.themeFor("../x")));
    }

    @Test
    void bundlesAThemeForRanaAndUllensvangBuiltFromTheirOwnColours() {
        var assets = Assets.bundled();

        assertAll(
            () -> assertTrue(assets.themeFor("1833").startsWith("/assets/theme-kommune-1833."), assets.themeFor("1833")),
            () -> assertTrue(assets.themeFor("4618").startsWith("/assets/theme-kommune-4618."), assets.themeFor("4618")),
            () -> assertTrue(assets.themeFor("9999").startsWith("/assets/theme-standard."), assets.themeFor("9999")),
            () -> assertTrue(css(assets, "theme-kommune-1833.css").contains("--ds-color-accent-base-default: #00558c;")),
            () -> assertTrue(css(assets, "theme-kommune-4618.css").contains("--ds-color-accent-base-default: #8c1d40;")),
            () -> assertTrue(assets.url("designsystemet.css").startsWith("/assets/designsystemet.")));
    }

    private static String css(Assets assets, String name) {
        return new String(assets.find(name).orElseThrow().content(), StandardCharsets.UTF_8);
    }

    private static Assets assetsWith(Map<String, String> files) {
        return new Assets(name -> Optional.ofNullable(files.get(name)).map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }
}
