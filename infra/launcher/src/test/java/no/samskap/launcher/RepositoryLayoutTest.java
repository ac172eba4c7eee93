package no.samskap.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepositoryLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheRootFromTheRootItself() throws IOException {
        var root = repository(tmp.resolve("samskap"));

        assertEquals(root, RepositoryLayout.find(List.of(root)).root());
    }

    @Test
    void walksUpPastModulePomsWhoseParentIsSamskap() throws IOException {
        var root = repository(tmp.resolve("samskap"));
        var module = Files.createDirectories(root.resolve("services/proposals/src"));
        Files.writeString(root.resolve("services/pom.xml"), pom("<parent><artifactId>samskap</artifactId></parent>"
            + "<artifactId>samskap-services</artifactId>"));
        Files.createDirectories(root.resolve("services/services"));

        assertEquals(root, RepositoryLayout.find(List.of(module)).root());
    }

    @Test
    void triesTheNextStartingPointWhenTheFirstIsOutsideTheRepository() throws IOException {
        var root = repository(tmp.resolve("samskap"));
        var elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        var launcherJar = root.resolve("infra/launcher/target/samskap-launcher.jar");

        assertEquals(root, RepositoryLayout.find(List.of(elsewhere, launcherJar)).root());
    }

    @Test
    void saysWhereItLookedWhenThereIsNoRepository() throws IOException {
        var elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("pom.xml"), pom("<artifactId>something-else</artifactId>"));

        var failure = assertThrows(StartFailure.class, () -> RepositoryLayout.find(List.of(elsewhere)));

        assertTrue(failure.getMessage().contains(elsewhere.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("Run it from the repository root"), failure.getMessage());
    }

    @Test
    void keepsItsStateInDotSamskapUnderTheRoot() {
        var layout = new RepositoryLayout(tmp);

        assertEquals(tmp.resolve(".samskap/postgres"), layout.postgresDataDirectory());
        assertEquals(tmp.resolve(".samskap/kafka"), layout.kafkaLogDirectory());
        assertEquals(tmp.resolve(".samskap/keycloak/26.5.6"), layout.keycloakInstallation());
        assertEquals(tmp.resolve(".samskap/logs/gateway.log"), layout.logFile("gateway"));
        assertEquals(".samskap/logs/gateway.log", layout.relativeDisplay(layout.logFile("gateway")));
    }

    static Path repository(Path root) throws IOException {
        Files.createDirectories(root.resolve("services"));
        Files.writeString(root.resolve("pom.xml"), pom("<!-- <artifactId>not-this</artifactId> -->"
            + "<parent><artifactId>micronaut-parent</artifactId></parent><artifactId>samskap</artifactId>"));
        return root;
    }

    private static String pom(String content) {
        return "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion>" + content + "</project>";
    }
}
