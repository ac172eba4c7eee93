package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Failures found before anything is started, so no database or broker is needed. */
class PlatformTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void failsBeforeStartingAnythingWhenAJarIsMissing() {
        var proposals = new Deployable("proposals", Path.of("services/proposals/target/samskap-proposals.jar"),
            FreePorts.next(), "proposals", Map.of());

        var failure = assertThrows(StartFailure.class, () -> platform(List.of(proposals), Map.of()).start());

        assertEquals(StartFailure.jarMissing(proposals).lines(), failure.lines());
        assertFalse(Files.exists(root.resolve(".samskap")));
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failsBeforeStartingAnythingWhenAPortIsTaken() throws IOException {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            var gateway = deployableWithJar("gateway", taken.getLocalPort());

            var failure = assertThrows(StartFailure.class, () -> platform(List.of(gateway), Map.of()).start());

            assertEquals(StartFailure.portTaken("gateway", taken.getLocalPort(), "SAMSKAP_GATEWAY_PORT").lines(),
                failure.lines());
        }
    }

    @Test
    void refusesTwoDeployablesOnOnePort() throws IOException {
        var port = FreePorts.next();
        var proposals = deployableWithJar("proposals", port);
        var gateway = deployableWithJar("gateway", port);

        var failure = assertThrows(StartFailure.class, () -> platform(List.of(proposals, gateway), Map.of()).start());

        assertEquals("gateway failed: it would get port " + port + ", which proposals has too. Set "
            + "SAMSKAP_GATEWAY_PORT to another port.", failure.lines().get(0));
    }

    @Test
    void failsBeforeStartingAnythingWhenTheChosenKafkaPortIsTaken() throws IOException {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            var environment = Map.of("SAMSKAP_KAFKA_PORT", String.valueOf(taken.getLocalPort()));

            var failure = assertThrows(StartFailure.class, () -> platform(List.of(), environment).start());

            assertEquals("Kafka", failure.part());
            assertEquals("", printed.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void failsBeforeStartingAnythingWhenTheChosenKeycloakPortIsTaken() throws IOException {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            var environment = Map.of("SAMSKAP_KEYCLOAK_PORT", String.valueOf(taken.getLocalPort()));

            var failure = assertThrows(StartFailure.class, () -> platform(List.of(), environment).start());

            assertEquals(StartFailure.portTaken("Keycloak", taken.getLocalPort(), "SAMSKAP_KEYCLOAK_PORT").lines(),
                failure.lines());
            assertEquals("", printed.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void refusesToGiveKeycloakTheGatewaysPort() throws IOException {
        var port = FreePorts.next();
        var gateway = deployableWithJar("gateway", port);

        var failure = assertThrows(StartFailure.class,
            () -> platform(List.of(gateway), Map.of("SAMSKAP_KEYCLOAK_PORT", String.valueOf(port))).start());

        assertEquals("Keycloak failed: it would get port " + port + ", which gateway has too. Set "
            + "SAMSKAP_KEYCLOAK_PORT to another port.", failure.lines().get(0));
        assertFalse(Files.exists(root.resolve(".samskap")));
    }

    @Test
    void failsBeforeStartingAnythingWhenAnIssuerIsSetWithoutItsSigningKeys() {
        var failure = assertThrows(StartFailure.class,
            () -> platform(List.of(), Map.of("SAMSKAP_OIDC_ISSUER", "https://login.example.no/realms/rana")).start());

        assertEquals("identity provider", failure.part());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainSqlName() {
        var failure = assertThrows(StartFailure.class,
            () -> platform(List.of(), Map.of("SAMSKAP_DB_NAME", "samskap; drop")).start());

        assertEquals("PostgreSQL failed: SAMSKAP_DB_NAME must be a plain lower-case SQL name such as samskap, "
            + "not 'samskap; drop'.", failure.lines().get(0));
    }

    private Deployable deployableWithJar(String name, int port) throws IOException {
        var jar = Path.of(name + ".jar");
        Files.writeString(root.resolve(jar), "not really a jar");
        return new Deployable(name, jar, port, name, Map.of());
    }

    private Platform platform(List<Deployable> deployables, Map<String, String> environment) {
        var progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), System::nanoTime);
        return new Platform(new RepositoryLayout(root), deployables, environment, progress, Duration.ofSeconds(5));
    }
}
