package no.samskap.bench.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The platform the scenarios run against: the README's start command with the demo data, on ports and a database of
 * the benchmark's own so it shares the machine with other platforms, and with the rate limits lifted (one resident
 * submits hundreds of ideas a minute here); or one already running, named by its addresses. The launcher is
 * given the caller's environment with these settings over it.
 */
final class LivePlatform implements AutoCloseable {

    static final int PERSON_WRITES_PER_WINDOW = 1_000_000;
    /** Ports and a database of its own, so other platforms on the machine are neither in the way nor disturbed. */
    static final Map<String, String> OWN_PARTS = ownParts();
    private static final Duration LONGEST_START = Duration.ofMinutes(12);
    private static final Pattern DATABASE_LINE = Pattern.compile("^\\[samskap] PostgreSQL .*ready.*?\\((.+)\\)$");

    record Endpoints(URI gateway, URI proposals, URI events, URI keycloak) {
    }

    private final Endpoints endpoints;
    private final Process launcher;
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private volatile String postgres = "PostgreSQL of the running platform";

    private LivePlatform(Endpoints endpoints, Process launcher) {
        this.endpoints = endpoints;
        this.launcher = launcher;
    }

    static LivePlatform running(Endpoints endpoints) {
        return new LivePlatform(endpoints, null);
    }

    static LivePlatform launch(Path root, Path state) throws Exception {
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            "infra/launcher/target/samskap-launcher.jar").directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(OWN_PARTS);
        builder.environment().put("SAMSKAP_STATE_DIR", state.toString());
        builder.environment().put("SAMSKAP_RATE_LIMITS_PERSON_WRITES", String.valueOf(PERSON_WRITES_PER_WINDOW));
        builder.environment().put("SAMSKAP_RATE_LIMITS_ADDRESS_WRITES", String.valueOf(PERSON_WRITES_PER_WINDOW));
        var platform = new LivePlatform(new Endpoints(local("GATEWAY"), local("PROPOSALS"), local("EVENTS"),
            local("KEYCLOAK")), builder.start());
        try {
            platform.awaitReady();
        } catch (Exception | Error failed) {
            platform.close();
            throw failed;
        }
        return platform;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    String postgres() {
        return postgres;
    }

    private void awaitReady() throws Exception {
        var output = new Thread(this::echo, "launcher-output");
        output.setDaemon(true);
        output.start();
        ready.get(LONGEST_START.toSeconds(), TimeUnit.SECONDS);
    }

    /** Prints the launcher's lines and keeps its output flowing, or it would block writing the later ones. */
    private void echo() {
        try (var lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                var database = DATABASE_LINE.matcher(line);
                if (database.find()) {
                    postgres = "PostgreSQL as the start command found or started it (" + database.group(1) + ")";
                }
                if (line.contains("Samskap is running")) {
                    ready.complete(line);
                }
            }
        } catch (IOException gone) {
            // The launcher was stopped.
        }
        ready.completeExceptionally(new IllegalStateException("The start command ended before Samskap was running"));
    }

    /** Stops what the start command started, children first, so nothing outlives the benchmark. */
    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        var tree = launcher.descendants().toList();
        launcher.destroy();
        try {
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
            var left = tree.stream().filter(ProcessHandle::isAlive).toList();
            left.forEach(ProcessHandle::destroy);
            if (!left.isEmpty()) {
                Thread.sleep(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static URI local(String part) {
        return URI.create("http://127.0.0.1:" + OWN_PARTS.get("SAMSKAP_" + part + "_PORT"));
    }

    private static Map<String, String> ownParts() {
        var ports = new LinkedHashMap<String, String>();
        ports.put("SAMSKAP_GATEWAY_PORT", "8480");
        ports.put("SAMSKAP_PROPOSALS_PORT", "8481");
        ports.put("SAMSKAP_ORGANISATIONS_PORT", "8482");
        ports.put("SAMSKAP_EVENTS_PORT", "8483");
        ports.put("SAMSKAP_FEEDBACK_PORT", "8484");
        ports.put("SAMSKAP_KAFKA_PORT", "9492");
        ports.put("SAMSKAP_KEYCLOAK_PORT", "8580");
        ports.put("SAMSKAP_REGISTER_PORT", "8583");
        ports.put("SAMSKAP_MAIL_PORT", "2925");
        ports.put("SAMSKAP_DB_NAME", "samskap_bench_live");
        return Map.copyOf(ports);
    }
}
