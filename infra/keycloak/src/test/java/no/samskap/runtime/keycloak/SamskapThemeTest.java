package no.samskap.runtime.keycloak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamskapThemeTest {

    private static final int CSS_BUDGET_BYTES = 4_096;

    @Test
    void listsEveryFileOfTheThemeSoNoneIsLeftOutOfTheInstallation() throws IOException, URISyntaxException {
        var root = Path.of(SamskapTheme.class.getResource(SamskapTheme.RESOURCE_ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            var onDisk = files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString())
                .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(onDisk, new TreeSet<>(SamskapTheme.FILES));
        }
    }

    @Test
    void writesTheWholeThemeIntoTheThemesDirectory(@TempDir Path themes) {
        SamskapTheme.copyInto(themes);
        SamskapTheme.copyInto(themes);

        for (var file : SamskapTheme.FILES) {
            assertTrue(Files.isRegularFile(themes.resolve("samskap").resolve(file)), file);
        }
    }

    @Test
    void extendsTheBaseThemeSoNoPatternFlyIsLoadedAndOffersExactlyTheRealmsLanguages() throws IOException {
        var theme = properties("login/theme.properties");

        assertEquals("base", theme.getProperty("parent"));
        assertEquals("nb,nn,en", theme.getProperty("locales"));
        assertEquals("css/samskap.css", theme.getProperty("styles"));
        assertFalse(theme.containsKey("stylesCommon"));
    }

    @Test
    void saysEveryTextInAllThreeLanguages() throws IOException {
        var bokmal = properties("login/messages/messages_nb.properties");
        var nynorsk = properties("login/messages/messages_nn.properties");
        var english = properties("login/messages/messages_en.properties");

        assertEquals(keys(bokmal), keys(nynorsk));
        assertEquals(keys(bokmal), keys(english));
        assertEquals("Logg inn på Samskap", bokmal.getProperty("loginAccountTitle"));
        assertEquals("Logg inn på Samskap", nynorsk.getProperty("loginAccountTitle"));
        assertEquals("Sign in to Samskap", english.getProperty("loginAccountTitle"));
        assertEquals("Brukarnamn eller e-post", nynorsk.getProperty("usernameOrEmail"));
    }

    @Test
    void keepsItsStylesheetUnderFourKilobytes() throws IOException {
        try (var css = SamskapTheme.class.getResourceAsStream(SamskapTheme.RESOURCE_ROOT
            + "login/resources/css/samskap.css")) {
            var size = css.readAllBytes().length;
            assertTrue(size < CSS_BUDGET_BYTES, size + " bytes");
        }
    }

    private static Properties properties(String file) throws IOException {
        try (var in = SamskapTheme.class.getResourceAsStream(SamskapTheme.RESOURCE_ROOT + file)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
