package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import no.samskap.runtime.LocalRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The choice between Keycloak and an external provider, with a stand-in for Keycloak's start. */
class IdentityProvidersTest {

    private static final Map<String, String> EXTERNAL = Map.of(
        "SAMSKAP_OIDC_ISSUER", "https://login.example.no/realms/rana",
        "SAMSKAP_OIDC_JWKS_URL", "https://login.example.no/realms/rana/protocol/openid-connect/certs");

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8),
        System::nanoTime);
    private final StartedParts started = new StartedParts(progress);
    private boolean stopping;

    @Test
    void usesTheIssuerFromTheEnvironmentAndDoesNotStartKeycloak() {
        var identity = identityProviders(EXTERNAL, neverStarted());

        var provider = identity.start(0);

        assertTrue(identity.isExternal());
        assertEquals("https://login.example.no/realms/rana", provider.issuerUrl());
        assertEquals("https://login.example.no/realms/rana/protocol/openid-connect/certs", provider.jwksUrl());
        assertEquals("samskap-services", provider.audience());
        assertTrue(provider.startedKeycloak().isEmpty());
        assertTrue(provider.gatewayClient().isEmpty());
        assertEquals("[samskap] Keycloak not started: the services check tokens from "
            + "https://login.example.no/realms/rana (SAMSKAP_OIDC_ISSUER)" + System.lineSeparator(), text());
        started.stopAll();
        assertFalse(text().contains("Stopping"), text());
    }

    @Test
    void passesOnTheAudienceAndGatewayClientOfAnExternalProvider() {
        var environment = new HashMap<>(EXTERNAL);
        environment.putAll(Map.of("SAMSKAP_OIDC_AUDIENCE", "kommune-api", "SAMSKAP_OIDC_CLIENT_ID", "samskap-web",
            "SAMSKAP_OIDC_CLIENT_SECRET", "s3cret"));

        var provider = identityProviders(environment, neverStarted()).start(0);

        assertEquals("kommune-api", provider.audience());
        assertEquals(new IdentityProvider.Client("samskap-web", "s3cret"), provider.gatewayClient().orElseThrow());
    }

    @Test
    void refusesAnIssuerWithoutItsSigningKeys() {
        var identity = identityProviders(Map.of("SAMSKAP_OIDC_ISSUER", "https://login.example.no/realms/rana"),
            neverStarted());

        var failure = assertThrows(StartFailure.class, identity::external);

        assertTrue(failure.lines().get(0).startsWith("identity provider failed: SAMSKAP_OIDC_ISSUER is set, so "
            + "SAMSKAP_OIDC_JWKS_URL must name its signing keys too"), failure.getMessage());
    }

    @Test
    void reportsAKeycloakFailureWithItsReasonLogAndWhatToDo() throws IOException {
        var logFile = root.resolve(".samskap/logs/keycloak.log");
        var identity = identityProviders(Map.of(), (installation, port, password, log) -> {
            assertEquals(logFile, log);
            assertEquals(root.resolve(".samskap/keycloak/26.5.6"), installation);
            assertEquals("admin", password);
            writeLog(log, "Starting Keycloak", "ERROR: Port 18180 already in use");
            throw new LocalRuntimeException("Keycloak", "exited with code 1 before it was ready. Log " + log
                + " ends with:" + System.lineSeparator() + "Starting Keycloak" + System.lineSeparator()
                + "ERROR: Port 18180 already in use", null);
        });

        var failure = assertThrows(StartFailure.class, () -> identity.start(18180));

        assertEquals("Keycloak", failure.part());
        assertEquals(List.of(
            "Keycloak failed: exited with code 1 before it was ready. Log " + logFile + " ends with:",
            "  | Starting Keycloak",
            "  | ERROR: Port 18180 already in use",
            "Whole log: " + logFile), failure.lines().subList(0, 4));
        var advice = failure.lines().get(4);
        assertTrue(advice.contains("SAMSKAP_KEYCLOAK_PORT") && advice.contains(".samskap/keycloak/26.5.6")
            && advice.contains("SAMSKAP_OIDC_ISSUER"), advice);
        assertTrue(text().contains("[samskap] Keycloak ... failed after"), text());
    }

    @Test
    void saysKeycloakWasCancelledWhenTheLauncherStopsDuringItsStart() {
        var identity = identityProviders(Map.of(), (installation, port, password, log) -> {
            stopping = true;
            throw new LocalRuntimeException("Keycloak", "exited with code 143 before it was ready", null);
        });

        var failure = assertThrows(StartFailure.class, () -> identity.start(0));

        assertEquals(List.of("Keycloak failed: the launcher is stopping."), failure.lines());
        assertTrue(text().contains("[samskap] Keycloak ... cancelled after"), text());
    }

    @Test
    void takesTheAdminPasswordFromTheEnvironment() {
        var identity = identityProviders(Map.of("SAMSKAP_KEYCLOAK_ADMIN_PASSWORD", "not-admin"),
            (installation, port, password, log) -> {
                assertEquals("not-admin", password);
                throw new LocalRuntimeException("Keycloak", "stand-in", null);
            });

        assertThrows(StartFailure.class, () -> identity.start(0));
    }

    @Test
    void saysTheFirstStartTakesLongerBecauseKeycloakIsUnpackedAndBuilt() {
        var identity = identityProviders(Map.of(), (installation, port, password, log) -> {
            throw new LocalRuntimeException("Keycloak", "stand-in", null);
        });

        assertThrows(StartFailure.class, () -> identity.start(0));

        assertTrue(text().startsWith("[samskap] Keycloak is unpacked into .samskap/keycloak/26.5.6 and built on its "
            + "first start"), text());
    }

    @Test
    void takesAnyFreePortWhen8180IsAnotherPartsPort() {
        var identity = identityProviders(Map.of(), neverStarted());

        assertEquals(0, identity.keycloakPort(new PortSettings(Map.of()), Map.of(8180, "gateway")));
    }

    @Test
    void takesTheChosenPort() {
        var port = FreePorts.next();
        var identity = identityProviders(Map.of(), neverStarted());

        assertEquals(port, identity.keycloakPort(new PortSettings(Map.of("SAMSKAP_KEYCLOAK_PORT",
            String.valueOf(port))), Map.of()));
    }

    @Test
    void refusesAChosenPortThatIsInUse() throws IOException {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            var port = taken.getLocalPort();
            var identity = identityProviders(Map.of(), neverStarted());

            var failure = assertThrows(StartFailure.class, () -> identity.keycloakPort(
                new PortSettings(Map.of("SAMSKAP_KEYCLOAK_PORT", String.valueOf(port))), Map.of()));

            assertEquals(StartFailure.portTaken("Keycloak", port, "SAMSKAP_KEYCLOAK_PORT").lines(), failure.lines());
        }
    }

    @Test
    void refusesAChosenPortThatAnotherPartHas() {
        var port = FreePorts.next();
        var identity = identityProviders(Map.of(), neverStarted());

        var failure = assertThrows(StartFailure.class, () -> identity.keycloakPort(
            new PortSettings(Map.of("SAMSKAP_KEYCLOAK_PORT", String.valueOf(port))), Map.of(port, "gateway")));

        assertEquals("Keycloak failed: it would get port " + port + ", which gateway has too. Set "
            + "SAMSKAP_KEYCLOAK_PORT to another port.", failure.lines().get(0));
        assertFalse(text().contains("Keycloak ..."), text());
    }

    private IdentityProviders identityProviders(Map<String, String> environment, KeycloakStart keycloakStart) {
        return new IdentityProviders(new RepositoryLayout(root), environment, progress, started, () -> stopping,
            keycloakStart);
    }

    private static KeycloakStart neverStarted() {
        return (installation, port, password, log) -> fail("Keycloak was started");
    }

    private static void writeLog(Path log, String... lines) {
        try {
            Files.createDirectories(log.getParent());
            Files.write(log, List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
