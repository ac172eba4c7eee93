package no.samskap.runtime.keycloak;

import no.samskap.runtime.LocalRuntimeException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Keycloak distribution zip that Maven downloaded as a dependency of this module, and the directory it is
 * unpacked into once. Keycloak writes its dev-mode build into that directory on the first start.
 */
final class KeycloakDistribution {

    static final String VERSION = "26.5.6";
    static final String ZIP_OVERRIDE_VARIABLE = "SAMSKAP_KEYCLOAK_ZIP";

    private static final String UNPACKED_MARKER = ".samskap-unpacked";
    private static final String BUILT_MARKER = ".samskap-dev-build";

    private KeycloakDistribution() {
    }

    static Path locateZip(Map<String, String> environment, Properties systemProperties) {
        var override = environment.get(ZIP_OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return requireReadable(Path.of(override), "the file that " + ZIP_OVERRIDE_VARIABLE + " names");
        }
        var repository = systemProperties.getProperty("maven.repo.local");
        var localRepository = repository == null || repository.isBlank()
            ? Path.of(systemProperties.getProperty("user.home"), ".m2", "repository")
            : Path.of(repository);
        var zip = localRepository.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", VERSION,
            "keycloak-quarkus-dist-" + VERSION + ".zip"));
        return requireReadable(zip, "the local Maven repository");
    }

    /** Unpacks the zip unless an earlier run finished doing so, and puts the current realm and theme in place. */
    static void install(Path zip, Path installation) {
        try (var lock = InstallationLock.acquire(installation)) {
            if (!Files.exists(installation.resolve(UNPACKED_MARKER))) {
                unpack(zip, installation);
            }
            SamskapRealm.copyInto(installation.resolve("data").resolve("import"));
            SamskapTheme.copyInto(installation.resolve("themes"));
        } catch (IOException | UncheckedIOException e) {
            throw new LocalRuntimeException("Keycloak", "could not prepare " + installation + " from " + zip
                + "; check free disk space (about 200 MB) and permissions, or delete " + installation
                + " and try again", e);
        }
    }

    static Path launcher(Path installation) {
        return installation.resolve("bin").resolve("kc.sh");
    }

    static boolean isBuiltWith(Path installation, String buildOptions) {
        try {
            var marker = installation.resolve(BUILT_MARKER);
            return Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(buildOptions);
        } catch (IOException e) {
            return false;
        }
    }

    static void markBuiltWith(Path installation, String buildOptions) {
        try {
            Files.writeString(installation.resolve(BUILT_MARKER), buildOptions, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requireReadable(Path zip, String where) {
        if (!Files.isReadable(zip)) {
            throw new LocalRuntimeException("Keycloak", "its distribution is not at " + zip + " (" + where
                + "); run `mvn -B dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION
                + ":zip` or build infra/keycloak, or set " + ZIP_OVERRIDE_VARIABLE + " to the zip", null);
        }
        return zip;
    }

    private static void unpack(Path zip, Path installation) throws IOException {
        var staging = installation.resolveSibling(installation.getFileName() + ".unpacking");
        deleteRecursively(staging);
        deleteRecursively(installation);
        // The zip file system reports each entry's Unix permissions, so bin/kc.sh stays executable.
        try (var zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            var top = topDirectory(zipFs.getPath("/"));
            try (Stream<Path> entries = Files.walk(top)) {
                for (var entry : (Iterable<Path>) entries::iterator) {
                    var target = staging.resolve(top.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
                        copyPermissions(entry, target);
                    }
                }
            }
        }
        Files.writeString(staging.resolve(UNPACKED_MARKER), zip.toString(), StandardCharsets.UTF_8);
        Files.move(staging, installation, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path topDirectory(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            var all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0))) {
                return all.get(0);
            }
            return root;
        }
    }

    private static void copyPermissions(Path entry, Path target) throws IOException {
        var view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.readAttributes(entry, PosixFileAttributes.class).permissions());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
