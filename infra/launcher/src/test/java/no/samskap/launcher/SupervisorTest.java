package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Supervises real child processes (the fake service), with a clock that stands still and a sleeper that counts. */
class SupervisorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private final int port = FreePorts.next();
    private final Deployable proposals = new Deployable("proposals", Path.of("proposals.jar"), port, "proposals",
        Map.of());
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), () -> 0L);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<ChildProcess> started = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    @AfterEach
    void stopChildren() {
        stopping.set(true);
        started.forEach(child -> child.stop(Duration.ofSeconds(1)));
    }

    @Test
    void startsAServiceThatEndedAgainAfterTheFirstWaitAndSaysItIsBack() throws Exception {
        var first = healthyChild();
        var watcher = new Thread(() -> supervisor(RestartPolicy.standard(5), this::healthyChild).watch(first));
        watcher.start();

        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exit"))
            .build(), HttpResponse.BodyHandlers.discarding());
        awaitPrinted("is back");

        assertTrue(new HealthProbe().isHealthy(port));
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
        assertEquals(List.of(
            "[samskap] proposals ended on its own with exit code 4 (log in proposals.log); starting it again in 1 s.",
            "[samskap] proposals is back after restart 1 (http://127.0.0.1:" + port + ")."), lines());
        stopping.set(true);
        started.get(1).stop(Duration.ofSeconds(1));
        watcher.join(PATIENCE.toMillis());
        assertFalse(watcher.isAlive(), "the supervisor kept watching after the launcher stopped");
    }

    @Test
    void givesUpOnAServiceThatDoesNotComeBackAfterTheLastAttemptInARow() {
        var first = child("exit");

        supervisor(RestartPolicy.standard(2), () -> healthy(child("exit"))).watch(first);

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        assertEquals(3, started.size());
        var lines = lines();
        assertEquals("[samskap] proposals ended on its own with exit code 3 (log in proposals.log); starting it again "
            + "in 1 s.", lines.get(0));
        assertEquals("[samskap] proposals failed: it exited with code 3 before it answered on /health. Trying again "
            + "in 2 s.", lines.get(1));
        assertEquals("[samskap] proposals failed: it exited with code 3 before it answered on /health.", lines.get(2));
        assertEquals("[samskap] Giving up on proposals: it did not stay up through 2 restarts in a row "
            + "(SAMSKAP_RESTART_ATTEMPTS). Everything else keeps running; see proposals.log, then start Samskap again.",
            lines.get(3));
    }

    @Test
    void startsNothingWhenTheLauncherStopsDuringTheWait() {
        var first = child("exit");
        Supervisor.Sleeper interruptedByCtrlC = duration -> {
            waits.add(duration);
            return false;
        };

        new Supervisor(proposals, "proposals.log", RestartPolicy.standard(5), this::healthyChild, interruptedByCtrlC,
            Clock.systemUTC(), progress, stopping::get).watch(first);

        assertEquals(1, started.size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
        assertEquals(1, lines().size(), printed.toString(StandardCharsets.UTF_8));
    }

    private Supervisor supervisor(RestartPolicy policy, Supervisor.Launch launch) {
        Supervisor.Sleeper counting = duration -> {
            waits.add(duration);
            return true;
        };
        var stillClock = Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneOffset.UTC);
        return new Supervisor(proposals, "proposals.log", policy, launch, counting, stillClock, progress,
            stopping::get);
    }

    private ChildProcess healthyChild() {
        return healthy(child("healthy"));
    }

    private ChildProcess healthy(ChildProcess child) {
        child.awaitHealthy(new HealthProbe(), port, PATIENCE, stopping::get);
        return child;
    }

    private ChildProcess child(String behaviour) {
        var child = ChildProcess.start("proposals", FakeServices.command(),
            Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port), "FAKE_BEHAVIOUR", behaviour), tmp,
            tmp.resolve("proposals.log"));
        started.add(child);
        return child;
    }

    private void awaitPrinted(String text) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!printed.toString(StandardCharsets.UTF_8).contains(text)) {
            assertTrue(System.nanoTime() < deadline, printed.toString(StandardCharsets.UTF_8));
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
