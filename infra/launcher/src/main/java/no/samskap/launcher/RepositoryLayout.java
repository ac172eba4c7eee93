package no.samskap.launcher;

import no.samskap.runtime.keycloak.KeycloakServer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where the repository is, and where the launcher keeps its state: {@code <root>/.samskap/}, which git ignores. */
record RepositoryLayout(Path root) {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    RepositoryLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** Looks in each starting point and the folders above it, in order. */
    static RepositoryLayout find(List<Path> startingPoints) {
        for (var start : startingPoints) {
            for (var dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (isRepositoryRoot(dir)) {
                    return new RepositoryLayout(dir);
                }
            }
        }
        throw new StartFailure("launcher", "no Samskap repository (a pom.xml with artifactId samskap next to a "
            + "services/ folder) in " + startingPoints.get(0).toAbsolutePath() + " or above. Run it from the repository root.");
    }

    static boolean isRepositoryRoot(Path dir) {
        var pom = dir.resolve("pom.xml");
        return Files.isDirectory(dir.resolve("services")) && Files.isRegularFile(pom)
            && ownArtifactId(pom).filter("samskap"::equals).isPresent();
    }

    private static Optional<String> ownArtifactId(Path pom) {
        try {
            var withoutParent = PARENT.matcher(COMMENT.matcher(Files.readString(pom)).replaceAll("")).replaceAll("");
            var artifactId = ARTIFACT_ID.matcher(withoutParent);
            return artifactId.find() ? Optional.of(artifactId.group(1)) : Optional.empty();
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    static String display(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    Path resolve(Path relative) {
        return root.resolve(relative);
    }

    /** {@code <root>/.samskap}, or {@code SAMSKAP_STATE_DIR} so a second installation can run beside the first. */
    Path stateDirectory() {
        var override = System.getenv("SAMSKAP_STATE_DIR");
        return override == null || override.isBlank() ? root.resolve(".samskap") : Path.of(override).toAbsolutePath();
    }

    Path postgresDataDirectory() {
        return stateDirectory().resolve("postgres");
    }

    Path kafkaLogDirectory() {
        return stateDirectory().resolve("kafka");
    }

    /** One folder per version, since Keycloak writes its dev-mode build into the unpacked distribution. */
    Path keycloakInstallation() {
        return stateDirectory().resolve("keycloak").resolve(KeycloakServer.VERSION);
    }

    /** Where the local SMTP server writes each mail it receives, one {@code .eml} file each. */
    Path mailDirectory() {
        return stateDirectory().resolve("mail");
    }

    Path logsDirectory() {
        return stateDirectory().resolve("logs");
    }

    Path logFile(String part) {
        return logsDirectory().resolve(part + ".log");
    }

    String relativeDisplay(Path path) {
        return display(root.relativize(path.toAbsolutePath().normalize()));
    }
}
