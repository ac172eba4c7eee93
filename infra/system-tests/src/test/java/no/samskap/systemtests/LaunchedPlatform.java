package no.samskap.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.runtime.FreePorts;
import no.samskap.testkit.TestInfrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's start command (the launcher jar) as a newcomer runs it: an embedded PostgreSQL, its own broker, its
 * own Keycloak and the demo data, on ports chosen here so nothing else on the machine is in the way.
 */
final class LaunchedPlatform implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    /**
     * Keycloak alone takes up to a minute on its first start, when it is unpacked and built, and several on a machine
     * busy with other builds (seen: over four minutes at a load of 20 on two cores), before the services and the demo
     * data.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(720);

    final int proposalsPort = FreePorts.next();
    final int gatewayPort = FreePorts.next();
    final int keycloakPort = FreePorts.next();
    final int organisationsPort = FreePorts.next();
    final int eventsPort = FreePorts.next();
    final int feedbackPort = FreePorts.next();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private Process launcher;
    private String stateDirectory;
    private Map<String, String> extraEnvironment;

    /** @param extraEnvironment more SAMSKAP_ settings, such as {@code SAMSKAP_SEEDS=off} */
    static LaunchedPlatform start(String stateDirectory, Map<String, String> extraEnvironment) throws IOException {
        var platform = new LaunchedPlatform();
        platform.launch(stateDirectory, extraEnvironment);
        return platform;
    }

    /** Starts it again after {@link #stop()}, on the same ports and state, as a second run of the command would. */
    void startAgain() throws IOException {
        launch(stateDirectory, extraEnvironment);
    }

    private void launch(String stateDirectory, Map<String, String> extraEnvironment) throws IOException {
        this.stateDirectory = stateDirectory;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        output.clear();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-jar", "infra/launcher/target/samskap-launcher.jar")
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
        // Whatever the developer running the tests has set would choose other parts than these.
        builder.environment().keySet().removeIf(variable -> variable.startsWith("SAMSKAP_")
            || variable.startsWith("KAFKA_"));
        var environment = new HashMap<>(Map.of(
            "SAMSKAP_DB", "embedded",
            "SAMSKAP_STATE_DIR", ROOT.resolve("infra/system-tests/target/" + stateDirectory).toString(),
            "SAMSKAP_PROPOSALS_PORT", String.valueOf(proposalsPort),
            "SAMSKAP_GATEWAY_PORT", String.valueOf(gatewayPort),
            "SAMSKAP_KAFKA_PORT", String.valueOf(FreePorts.next()),
            "SAMSKAP_KEYCLOAK_PORT", String.valueOf(keycloakPort),
            "SAMSKAP_ORGANISATIONS_PORT", String.valueOf(organisationsPort),
            "SAMSKAP_REGISTER_PORT", String.valueOf(FreePorts.next())));
        environment.put("SAMSKAP_EVENTS_PORT", String.valueOf(eventsPort));
        environment.put("SAMSKAP_FEEDBACK_PORT", String.valueOf(feedbackPort));
        environment.putAll(TestInfrastructure.GENEROUS_RATE_LIMITS);
        environment.putAll(extraEnvironment);
        builder.environment().putAll(environment);
        launcher = builder.start();
        CompletableFuture.runAsync(this::collectOutput);
        // Not eventually(...): a launcher that gave up has said why, and waiting out the deadline adds nothing.
        var deadline = Instant.now().plus(READY_TIMEOUT);
        while (output.stream().noneMatch(line -> line.contains("Ctrl-C"))) {
            assertTrue(launcher.isAlive(), "the launcher exited: " + printed());
            assertTrue(Instant.now().isBefore(deadline), "not ready within " + READY_TIMEOUT.toSeconds() + " s: "
                + printed());
            try {
                launcher.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the launcher started", e);
            }
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String proposals() {
        return "http://127.0.0.1:" + proposalsPort;
    }

    String keycloak() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    /** Signs a demo user in with the test client's password grant, as the README's shell example does. */
    String accessTokenFor(String username, String password) throws IOException, InterruptedException {
        var form = Map.of("grant_type", "password", "client_id", "samskap-test-cli", "username", username,
                "password", password).entrySet().stream()
            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        var response = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(keycloak()
                + "/realms/samskap/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    /** The id of the idea with this title on the municipality's public board. */
    String ideaOnTheBoard(String municipality, String title) throws IOException, InterruptedException {
        var board = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(gateway()
            + "/api/ideas?limit=100&municipality=" + municipality)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        for (var idea : new ObjectMapper().readTree(board.body()).get("ideas")) {
            if (idea.get("title").asText().equals(title)) {
                return idea.get("id").asText();
            }
        }
        throw new AssertionError("'" + title + "' is not on the board of " + municipality + ": " + board.body());
    }

    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    String printed() {
        return String.join("\n", output());
    }

    boolean isAlive() {
        return launcher.isAlive();
    }

    /** Stops it as Ctrl-C would; true when it ended within a minute. */
    boolean stop() throws InterruptedException {
        if (launcher == null || !launcher.isAlive()) {
            return true;
        }
        launcher.destroy();
        return launcher.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!stop()) {
            launcher.destroyForcibly();
        }
    }

    private void collectOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ended) {
            output.add("(output ended: " + ended.getMessage() + ")");
        }
    }
}
