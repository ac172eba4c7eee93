package no.samskap.runtime.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The realm's login theme {@value #NAME}: Samskap's look and its three languages on Keycloak's sign-in, error and
 * sign-out pages. It lives on the classpath under {@value #RESOURCE_ROOT} and is copied into the distribution's
 * {@code themes/} directory, where Keycloak in dev mode reads it without caching.
 */
public final class SamskapTheme {

    public static final String NAME = "samskap";

    static final String RESOURCE_ROOT = "/keycloak/themes/" + NAME + "/";

    /** Listed, because a directory inside the launcher's jar cannot be walked like one on disk. */
    static final List<String> FILES = List.of(
        "login/theme.properties",
        "login/template.ftl",
        "login/login.ftl",
        "login/error.ftl",
        "login/logout-confirm.ftl",
        "login/messages/messages_nb.properties",
        "login/messages/messages_nn.properties",
        "login/messages/messages_en.properties",
        "login/resources/css/samskap.css",
        "login/resources/img/favicon.svg");

    private SamskapTheme() {
    }

    /** Writes every file of the theme into {@code themesDirectory/samskap/}, replacing older copies. */
    static void copyInto(Path themesDirectory) {
        for (var file : FILES) {
            var target = themesDirectory.resolve(NAME).resolve(file);
            try (var source = SamskapTheme.class.getResourceAsStream(RESOURCE_ROOT + file)) {
                if (source == null) {
                    throw new IllegalStateException(RESOURCE_ROOT + file + " is missing from the classpath");
                }
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the login theme to " + target, e);
            }
        }
    }
}
