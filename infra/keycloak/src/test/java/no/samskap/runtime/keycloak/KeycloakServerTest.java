package no.samskap.runtime.keycloak;

import no.samskap.runtime.LocalRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakServerTest {

    @TempDir
    Path directory;

    @Test
    void reportsTheEndOfItsLogWhenKeycloakExitsBeforeItIsReady() throws IOException {
        var zip = distributionWhoseLauncher("echo 'starting'\necho 'ERROR: Failed to start server in (development) mode'\nexit 3\n");
        var log = directory.resolve("logs").resolve("keycloak.log");

        var failure = assertThrows(LocalRuntimeException.class,
            () -> KeycloakServer.start(zip, directory.resolve("installation"), 0, "pw", log));

        assertEquals("Keycloak", failure.part());
        assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("ERROR: Failed to start server in (development) mode"),
            failure.getMessage());
        assertTrue(failure.getMessage().contains(log.toString()), failure.getMessage());
    }

    @Test
    void refusesAPortThatIsAlreadyTaken() throws IOException {
        var zip = distributionWhoseLauncher("exit 0\n");
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var failure = assertThrows(LocalRuntimeException.class, () -> KeycloakServer.start(zip,
                directory.resolve("installation"), taken.getLocalPort(), "pw", directory.resolve("keycloak.log")));

            assertTrue(failure.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                failure.getMessage());
        }
    }

    private Path distributionWhoseLauncher(String script) throws IOException {
        var zip = directory.resolve("keycloak.zip");
        try (var zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            var bin = Files.createDirectories(zipFs.getPath("keycloak-26.5.6", "bin"));
            var launcher = Files.writeString(bin.resolve("kc.sh"), "#!/bin/sh\n" + script);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return zip;
    }
}
