package no.samskap.systemtests;

import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's start command (the launcher jar) the way a newcomer would, on an embedded PostgreSQL
 * and its own broker, and walks the skeleton through what it started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartCommandIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

    private final int proposalsPort = FreePorts.next();
    private final int gatewayPort = FreePorts.next();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private Process launcher;

    @BeforeAll
    void start() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-jar", "infra/launcher/target/samskap-launcher.jar")
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
            "SAMSKAP_DB", "embedded",
            "SAMSKAP_STATE_DIR", ROOT.resolve("infra/system-tests/target/launcher-state").toString(),
            "SAMSKAP_PROPOSALS_PORT", String.valueOf(proposalsPort),
            "SAMSKAP_GATEWAY_PORT", String.valueOf(gatewayPort),
            "SAMSKAP_KAFKA_PORT", String.valueOf(FreePorts.next())));
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        builder.environment().remove("SAMSKAP_DB_HOST");
        launcher = builder.start();
        CompletableFuture.runAsync(this::collectOutput);
        eventually(Duration.ofSeconds(150), () -> {
            assertTrue(launcher.isAlive(), "the launcher exited: " + output);
            assertTrue(output.stream().anyMatch(line -> line.contains("Samskap is running")), "not ready yet");
        });
    }

    @AfterAll
    void stop() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void printsWhereToOpenSamskapAndServesTheSkeletonPath() throws Exception {
        assertTrue(output.stream().anyMatch(line -> line.contains("http://127.0.0.1:" + gatewayPort + "/")), String.join("\n", output));
        assertTrue(output.stream().anyMatch(line -> line.contains("Ctrl-C")), "says how to stop it");

        var body = "{\"municipality\":\"4618\",\"title\":\"Filmverkstad for ungdom i Odda\","
            + "\"body\":\"Lag film saman.\",\"serviceArea\":\"kino\"}";
        var created = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + proposalsPort + "/ideas"))
            .header("Content-Type", "application/json").header("X-Samskap-Author", "ullensvang-resident-1")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        var id = RunningPlatform.idOf(created);

        eventually(Duration.ofSeconds(30), () -> {
            var board = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=4618")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertTrue(board.body().contains(id), board.body());
        });
        var home = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(home.body().contains("lang=\"nb\""));
    }

    @Test
    @Order(2)
    void stopsEverythingItStartedOnSigterm() throws Exception {
        assertTrue(FreePorts.isListening("127.0.0.1", gatewayPort), "the gateway is up before the stop");

        launcher.destroy();
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher stopped");
        eventually(Duration.ofSeconds(30), () -> {
            assertFalse(FreePorts.isListening("127.0.0.1", proposalsPort), "proposals still listening");
            assertFalse(FreePorts.isListening("127.0.0.1", gatewayPort), "gateway still listening");
        });
    }

    private void collectOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (java.io.IOException ended) {
            output.add("(output ended: " + ended.getMessage() + ")");
        }
    }
}
