package no.samskap.gateway.shell.assets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The colours each municipality's theme was built from give text that WCAG 2.1 AA accepts (1.4.3, 4.5:1). */
class ThemeContrastTest {

    private static final Pattern LIGHT_SCHEME = Pattern.compile("@layer ds\\.theme\\.color-scheme\\.light\\{[^{]*\\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("--ds-color-([a-z]+-[a-z-]+): (#[0-9a-f]{6});");
    private static final List<String> PAIRS = List.of(
        "accent-text-default on accent-background-default", "accent-text-subtle on accent-background-default",
        "accent-base-contrast-default on accent-base-default", "neutral-text-default on neutral-background-default",
        "neutral-text-subtle on neutral-background-default", "neutral-text-subtle on neutral-background-tinted",
        "danger-text-subtle on neutral-background-default", "accent-text-default on accent-surface-tinted");

    @ParameterizedTest
    @ValueSource(strings = {"theme-kommune-1833.css", "theme-kommune-4618.css", "theme-standard.css"})
    void everyTextColourOfTheThemeHasEnoughContrastWithItsBackground(String theme) {
        var css = new String(Assets.bundled().find(theme).orElseThrow().content(), StandardCharsets.UTF_8);
        var scheme = LIGHT_SCHEME.matcher(css);
        assertTrue(scheme.find(), theme + " has no light colour scheme");
        var colours = new HashMap<String, String>();
        COLOUR.matcher(scheme.group(1)).results().forEach(match -> colours.put(match.group(1), match.group(2)));

        assertAll(PAIRS.stream().map(pair -> () -> {
            var names = pair.split(" on ");
            var ratio = contrast(colours, names[0], names[1]);
            assertTrue(ratio >= 4.5, "%s in %s: %.2f:1".formatted(pair, theme, ratio));
        }));
    }

    private static double contrast(Map<String, String> colours, String text, String background) {
        var lighter = Math.max(luminance(colours.get(text)), luminance(colours.get(background)));
        var darker = Math.min(luminance(colours.get(text)), luminance(colours.get(background)));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String hex) {
        var rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        var srgb = (value & 0xff) / 255.0;
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }
}
