package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.AfterEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildProcessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private final HealthProbe probe = new HealthProbe();
    private final List<ChildProcess> started = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        started.forEach(child -> child.stop(Duration.ofSeconds(1)));
    }

    @Test
    void becomesHealthyOnceItAnswersAndGetsTheEnvironmentItWasGiven() throws Exception {
        var port = FreePorts.next();
        var child = start("fake", Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port), "SAMSKAP_DB_SCHEMA", "fake"));

        child.awaitHealthy(probe, port, PATIENCE, () -> false);

        var env = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/env"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(env.contains("SAMSKAP_DB_SCHEMA=fake"), env);
    }

    @Test
    void namesThePartAndTheLogWhenAChildExitsEarly() {
        var child = start("proposals", Map.of("FAKE_BEHAVIOUR", "exit"));

        var failure = assertThrows(StartFailure.class,
            () -> child.awaitHealthy(probe, FreePorts.next(), PATIENCE, () -> false));

        var lines = failure.lines();
        assertEquals("proposals", failure.part());
        assertEquals("proposals failed: it exited with code 3 before it answered on /health.", lines.get(0));
        assertEquals("Last 20 lines of its log:", lines.get(1));
        assertEquals("  | fake log line 7", lines.get(2));
        assertEquals("  | fake failure: cannot start", lines.get(21));
        assertEquals("Whole log: " + tmp.resolve("proposals.log"), lines.get(22));
    }

    @Test
    void saysItWasNotHealthyInTimeWhenHealthKeepsFailing() {
        var port = FreePorts.next();
        var child = start("gateway", Map.of("FAKE_BEHAVIOUR", "unhealthy", "MICRONAUT_SERVER_PORT", String.valueOf(port)));

        var failure = assertThrows(StartFailure.class,
            () -> child.awaitHealthy(probe, port, Duration.ofSeconds(2), () -> false));

        assertEquals("gateway failed: http://127.0.0.1:" + port + "/health did not answer 200 within 2 s.",
            failure.lines().get(0));
        assertTrue(failure.lines().contains("  | fake service listening on " + port), failure.getMessage());
        assertTrue(child.isAlive());
    }

    @Test
    void stopsWaitingWhenTheLauncherIsStopping() {
        var child = start("gateway", Map.of("FAKE_BEHAVIOUR", "unhealthy", "MICRONAUT_SERVER_PORT",
            String.valueOf(FreePorts.next())));

        var failure = assertThrows(StartFailure.class, () -> child.awaitHealthy(probe, FreePorts.next(), PATIENCE, () -> true));

        assertEquals("gateway failed: the launcher is stopping.", failure.lines().get(0));
    }

    @Test
    void stopEndsTheChild() {
        var port = FreePorts.next();
        var child = start("fake", Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port)));
        child.awaitHealthy(probe, port, PATIENCE, () -> false);

        var stopped = child.stop(Duration.ofSeconds(10));

        assertFalse(stopped.forcibly());
        assertFalse(child.isAlive());
        assertFalse(probe.isHealthy(port));
    }

    @Test
    void killsAChildThatDoesNotStopWithinTheGracePeriod() {
        var port = FreePorts.next();
        var child = start("fake", Map.of("FAKE_BEHAVIOUR", "stubborn", "MICRONAUT_SERVER_PORT", String.valueOf(port)));
        child.awaitHealthy(probe, port, PATIENCE, () -> false);

        var stopped = child.stop(Duration.ofMillis(500));

        assertTrue(stopped.forcibly());
        assertFalse(child.isAlive());
    }

    @Test
    void writesTheChildsOutputToItsLogFile() throws IOException {
        var child = start("proposals", Map.of("FAKE_BEHAVIOUR", "exit"));
        child.awaitExit();

        var log = Files.readAllLines(tmp.resolve("proposals.log"));
        assertEquals(26, log.size());
        assertEquals(20, child.logTail().lines().size());
    }

    private ChildProcess start(String name, Map<String, String> environment) {
        var child = ChildProcess.start(name, FakeServices.command(), environment, tmp, tmp.resolve(name + ".log"));
        started.add(child);
        return child;
    }
}
