package no.samskap.runtime.keycloak;

import no.samskap.runtime.LocalRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakDistributionTest {

    private static final Path ZIP_IN_REPOSITORY = Path.of("org", "keycloak", "keycloak-quarkus-dist", "26.5.6",
        "keycloak-quarkus-dist-26.5.6.zip");

    @TempDir
    Path directory;

    @Test
    void findsTheZipInTheUsersMavenRepository() throws IOException {
        var zip = touch(directory.resolve(".m2").resolve("repository").resolve(ZIP_IN_REPOSITORY));

        assertEquals(zip, KeycloakDistribution.locateZip(Map.of(), properties("user.home", directory.toString())));
    }

    @Test
    void findsTheZipInTheRepositoryThatMavenRepoLocalNames() throws IOException {
        var zip = touch(directory.resolve("elsewhere").resolve(ZIP_IN_REPOSITORY));
        var properties = properties("user.home", "/nonexistent", "maven.repo.local", directory.resolve("elsewhere").toString());

        assertEquals(zip, KeycloakDistribution.locateZip(Map.of(), properties));
    }

    @Test
    void prefersTheZipThatTheEnvironmentNames() throws IOException {
        var zip = touch(directory.resolve("my-keycloak.zip"));

        assertEquals(zip, KeycloakDistribution.locateZip(Map.of("SAMSKAP_KEYCLOAK_ZIP", zip.toString()),
            properties("user.home", "/nonexistent")));
    }

    @Test
    void explainsHowToDownloadAMissingZip() {
        var failure = assertThrows(LocalRuntimeException.class,
            () -> KeycloakDistribution.locateZip(Map.of(), properties("user.home", directory.toString())));

        assertEquals("Keycloak", failure.part());
        assertTrue(failure.getMessage().contains("dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:26.5.6:zip"),
            failure.getMessage());
    }

    @Test
    void unpacksWithoutTheTopDirectoryKeepingScriptsExecutableAndAddsTheRealm() throws IOException {
        var zip = distributionZip();
        var installation = directory.resolve("keycloak").resolve("26.5.6");

        KeycloakDistribution.install(zip, installation);

        var launcher = KeycloakDistribution.launcher(installation);
        assertEquals("#!/bin/sh\n", Files.readString(launcher));
        assertTrue(Files.isExecutable(launcher));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
            Files.getPosixFilePermissions(installation.resolve("conf").resolve("keycloak.conf"))));
        assertTrue(Files.exists(installation.resolve("data").resolve("import").resolve("samskap-realm.json")));
    }

    @Test
    void unpacksOnlyOnce() throws IOException {
        var zip = distributionZip();
        var installation = directory.resolve("installation");
        KeycloakDistribution.install(zip, installation);
        var keptByKeycloak = Files.writeString(installation.resolve("lib").resolve("built-for-dev"), "yes");

        KeycloakDistribution.install(zip, installation);

        assertTrue(Files.exists(keptByKeycloak));
    }

    @Test
    void remembersWhichOptionsItWasBuiltWith() throws IOException {
        var installation = Files.createDirectories(directory.resolve("installation"));

        KeycloakDistribution.markBuiltWith(installation, "--db=dev-mem");

        assertTrue(KeycloakDistribution.isBuiltWith(installation, "--db=dev-mem"));
        assertEquals(false, KeycloakDistribution.isBuiltWith(installation, "--db=dev-file"));
    }

    private Path distributionZip() throws IOException {
        var zip = directory.resolve("keycloak.zip");
        try (var zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            var top = zipFs.getPath("keycloak-26.5.6");
            Files.createDirectories(top.resolve("bin"));
            Files.createDirectories(top.resolve("conf"));
            Files.createDirectories(top.resolve("lib"));
            var script = Files.writeString(top.resolve("bin").resolve("kc.sh"), "#!/bin/sh\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            var conf = Files.writeString(top.resolve("conf").resolve("keycloak.conf"), "# nothing\n");
            Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return zip;
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "zip");
    }

    private static Properties properties(String... keysAndValues) {
        var properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
