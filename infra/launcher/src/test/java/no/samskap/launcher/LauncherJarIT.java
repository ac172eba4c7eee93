package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import no.samskap.runtime.keycloak.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the shaded jar the way the README does, in a stand-in repository whose service jars are fakes at the
 * real paths, with an embedded PostgreSQL and an in-process broker on free ports. The fakes check no tokens, so
 * all but one test name a stand-in external issuer instead of waiting for Keycloak.
 */
class LauncherJarIT {

    private static final Path LAUNCHER_JAR = Path.of("target/samskap-launcher.jar").toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration PATIENCE_WITH_KEYCLOAK = Duration.ofSeconds(300);
    /** Outside the temporary repository, so Keycloak is unpacked and built for dev mode only on the first run. */
    private static final Path STATE_KEPT_BETWEEN_RUNS = Path.of("target/launcher-it-state").toAbsolutePath();
    private static final Map<String, String> STAND_IN_ISSUER = Map.of(
        "SAMSKAP_OIDC_ISSUER", PlatformIT.STAND_IN_ISSUER,
        "SAMSKAP_OIDC_JWKS_URL", PlatformIT.STAND_IN_ISSUER + "/certs");

    @TempDir
    Path root;

    private final int proposalsPort = FreePorts.next();
    private final int organisationsPort = FreePorts.next();
    private final int eventsPort = FreePorts.next();
    private final int feedbackPort = FreePorts.next();
    private final int gatewayPort = FreePorts.next();
    private Path output;
    private Process launcher;
    private Map<String, String> identitySettings = STAND_IN_ISSUER;

    @BeforeEach
    void standInRepository() throws IOException {
        RepositoryLayoutTest.repository(root);
        FakeServices.writeJar(root.resolve("services/proposals/target/samskap-proposals.jar"));
        FakeServices.writeJar(root.resolve("services/organisations/target/samskap-organisations.jar"));
        FakeServices.writeJar(root.resolve("services/events/target/samskap-events.jar"));
        FakeServices.writeJar(root.resolve("services/feedback/target/samskap-feedback.jar"));
        FakeServices.writeJar(root.resolve("gateway/app/target/samskap-gateway.jar"));
        output = root.resolve("launcher-output.txt");
    }

    @AfterEach
    void endLauncher() {
        if (launcher != null && launcher.isAlive()) {
            // Killing the launcher skips its shutdown hooks, which would have stopped its children.
            var children = launcher.descendants().toList();
            launcher.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void checkStartsEverythingPrintsWhereToOpenItAndStopsAgain() throws Exception {
        var exitCode = runToTheEnd(Map.of());

        var text = Files.readString(output);
        assertEquals(0, exitCode, text);
        assertTrue(text.contains("[samskap] proposals ... ready in"), text);
        assertTrue(text.contains("  Open  http://127.0.0.1:" + gatewayPort + "/"), text);
        assertTrue(text.contains("  API   http://127.0.0.1:" + gatewayPort + "/api/ideas"), text);
        assertTrue(text.contains("Check passed"), text);
        assertEquals(List.of("gateway", "feedback", "events", "organisations", "proposals", "Register", "Mail", "Kafka",
                "PostgreSQL"),
            stoppedParts(text), text);
        assertTrue(Files.readString(root.resolve(".samskap/logs/gateway.log"))
            .contains("SAMSKAP_PROPOSALS_URL=http://127.0.0.1:" + proposalsPort));
    }

    @Test
    void namesTheServiceThatExitedShowsItsLogAndStopsWhatWasStarted() throws Exception {
        var exitCode = runToTheEnd(Map.of("FAKE_BEHAVIOUR_GATEWAY", "exit"));

        var text = Files.readString(output);
        assertEquals(1, exitCode, text);
        assertTrue(text.contains("[samskap] gateway failed: it exited with code 3 before it answered on /health."), text);
        assertTrue(text.contains("[samskap]   | fake failure: cannot start"), text);
        assertTrue(text.contains("Whole log: " + root.resolve(".samskap/logs/gateway.log")), text);
        assertEquals(List.of("gateway", "feedback", "events", "organisations", "proposals", "Register", "Mail", "Kafka",
                "PostgreSQL"),
            stoppedParts(text), text);
    }

    @Test
    void stopsEverythingWhenItIsTerminated() throws Exception {
        launcher = launch(List.of(), Map.of());
        awaitOutput(text -> text.contains("Stop  press Ctrl-C"));

        launcher.destroy();

        assertTrue(launcher.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the launcher did not end");
        var text = Files.readString(output);
        assertEquals(List.of("gateway", "feedback", "events", "organisations", "proposals", "Register", "Mail", "Kafka",
                "PostgreSQL"),
            stoppedParts(text), text);
        assertFalse(new HealthProbe().isHealthy(gatewayPort));
        assertFalse(new HealthProbe().isHealthy(proposalsPort));
    }

    @Test
    void startsAServiceThatEndsWhileRunningAgainWhileTheGatewayStaysUp() throws Exception {
        launcher = launch(List.of(), Map.of());
        awaitOutput(text -> text.contains("Stop  press Ctrl-C"));

        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proposalsPort + "/exit"))
            .build(), HttpResponse.BodyHandlers.discarding());
        awaitOutput(text -> text.contains("[samskap] proposals ended on its own"));
        assertTrue(new HealthProbe().isHealthy(gatewayPort), "the gateway went down with proposals");
        awaitOutput(text -> text.contains("[samskap] proposals is back after restart 1 (http://127.0.0.1:"
            + proposalsPort + ")."));

        assertTrue(new HealthProbe().isHealthy(proposalsPort));
        assertTrue(new HealthProbe().isHealthy(gatewayPort));
        var text = Files.readString(output);
        assertTrue(text.contains("[samskap] proposals ended on its own with exit code 4 (log in "
            + ".samskap/logs/proposals.log); starting it again in 1 s."), text);
        assertEquals(List.of(), stoppedParts(text), text);
        var log = Files.readString(root.resolve(".samskap/logs/proposals.log"));
        var ended = log.indexOf("fake service exits as asked");
        assertTrue(ended >= 0 && ended < log.lastIndexOf("fake service listening"), log);
        launcher.destroy();
        assertTrue(launcher.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(List.of("gateway", "feedback", "events", "organisations", "proposals", "Register", "Mail", "Kafka",
                "PostgreSQL"),
            stoppedParts(Files.readString(output)));
        assertFalse(new HealthProbe().isHealthy(proposalsPort), "the restarted proposals outlived the launcher");
    }

    @Test
    void checkStartsKeycloakBeforeTheServicesTellsThemItsIssuerAndPrintsTheDemoLogins() throws Exception {
        var keycloakPort = FreePorts.next();
        identitySettings = Map.of("SAMSKAP_KEYCLOAK_PORT", String.valueOf(keycloakPort),
            "SAMSKAP_STATE_DIR", STATE_KEPT_BETWEEN_RUNS.toString());

        var exitCode = runToTheEnd(Map.of(), PATIENCE_WITH_KEYCLOAK);

        var text = Files.readString(output);
        assertEquals(0, exitCode, text);
        var keycloak = "http://127.0.0.1:" + keycloakPort;
        assertTrue(text.contains("[samskap] Keycloak ... ready in"), text);
        assertTrue(text.contains("(" + keycloak + ", realm samskap, log in "), text);
        assertTrue(text.indexOf("Keycloak ... ready") < text.indexOf("proposals ... ready"), text);
        DemoUsers.all().forEach(user -> assertTrue(text.lines().anyMatch(line -> line.contains(user.username() + " ")
            && line.contains(user.password()) && line.endsWith(user.displayName())), user.username() + "\n" + text));
        assertTrue(text.contains("  Admin " + keycloak + "/admin/ (Keycloak admin console; log in as admin / admin)"),
            text);
        assertEquals(List.of("gateway", "feedback", "events", "organisations", "proposals", "Register", "Mail", "Keycloak", "Kafka",
                "PostgreSQL"), stoppedParts(text),
            text);
        assertFalse(FreePorts.isListening("127.0.0.1", keycloakPort), "Keycloak still listening");

        var issuer = keycloak + "/realms/samskap";
        var gatewayLog = Files.readString(STATE_KEPT_BETWEEN_RUNS.resolve("logs/gateway.log"));
        assertTrue(gatewayLog.contains("SAMSKAP_OIDC_ISSUER=" + issuer), gatewayLog);
        assertTrue(gatewayLog.contains("SAMSKAP_OIDC_JWKS_URL=" + issuer + "/protocol/openid-connect/certs"),
            gatewayLog);
        assertTrue(gatewayLog.contains("SAMSKAP_OIDC_CLIENT_ID=samskap-gateway"), gatewayLog);
        assertTrue(gatewayLog.contains("SAMSKAP_OIDC_CLIENT_SECRET=samskap-gateway-dev-secret"), gatewayLog);
        var proposalsLog = Files.readString(STATE_KEPT_BETWEEN_RUNS.resolve("logs/proposals.log"));
        assertTrue(proposalsLog.contains("SAMSKAP_OIDC_ISSUER=" + issuer), proposalsLog);
        assertTrue(proposalsLog.contains("SAMSKAP_OIDC_AUDIENCE=samskap-services"), proposalsLog);
        assertFalse(proposalsLog.contains("SAMSKAP_OIDC_CLIENT_SECRET"), proposalsLog);
    }

    private int runToTheEnd(Map<String, String> extraEnvironment) throws Exception {
        return runToTheEnd(extraEnvironment, PATIENCE);
    }

    private int runToTheEnd(Map<String, String> extraEnvironment, Duration patience) throws Exception {
        launcher = launch(List.of("--check"), extraEnvironment);
        if (!launcher.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            fail("the launcher did not end within " + patience.toSeconds() + " s:\n" + Files.readString(output));
        }
        return launcher.exitValue();
    }

    private Process launch(List<String> options, Map<String, String> extraEnvironment) throws IOException {
        var command = new ArrayList<>(List.of(ChildCommand.javaExecutable().toString(), "-jar", LAUNCHER_JAR.toString()));
        command.addAll(options);
        var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
            .redirectOutput(output.toFile());
        var env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("SAMSKAP_") || variable.startsWith("KAFKA_"));
        env.put("SAMSKAP_DB", "embedded");
        env.put("SAMSKAP_KAFKA_PORT", String.valueOf(FreePorts.next()));
        env.put("SAMSKAP_PROPOSALS_PORT", String.valueOf(proposalsPort));
        env.put("SAMSKAP_ORGANISATIONS_PORT", String.valueOf(organisationsPort));
        env.put("SAMSKAP_EVENTS_PORT", String.valueOf(eventsPort));
        env.put("SAMSKAP_FEEDBACK_PORT", String.valueOf(feedbackPort));
        env.put("SAMSKAP_GATEWAY_PORT", String.valueOf(gatewayPort));
        env.putAll(identitySettings);
        env.putAll(extraEnvironment);
        return builder.start();
    }

    private void awaitOutput(Predicate<String> condition) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (!condition.test(Files.readString(output))) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                fail("the launcher did not get there:\n" + Files.readString(output));
            }
            launcher.waitFor(200, TimeUnit.MILLISECONDS);
        }
    }

    private static List<String> stoppedParts(String text) {
        return text.lines().filter(line -> line.startsWith("[samskap] Stopping "))
            .map(line -> line.substring("[samskap] Stopping ".length(), line.indexOf(" ...")))
            .toList();
    }
}
