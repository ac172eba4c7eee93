package no.samskap.bench.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The README's start command (the launcher jar, demo data on) on the benchmark's own ports, database and state
 * folder, so it runs beside anyone else's platform on the machine, with the rate limits lifted: the benchmark writes
 * far more than a person may.
 */
final class LaunchedPlatform implements AutoCloseable {

    /** Far above what any run can send in a window: the limits are not what is measured. */
    static final String LIFTED_RATE_LIMIT = "1000000000";
    private static final Pattern READY = Pattern.compile("Samskap is running; it started in");
    private static final Pattern DATABASE = Pattern.compile("PostgreSQL .*?server ([0-9A-Za-z.-]+):([0-9]+)");
    /** Keycloak's first start unpacks and builds it: minutes on a busy two-core machine. */
    private static final Duration LONGEST_START = Duration.ofMinutes(12);
    /** Settings of the operator's own that still apply: which PostgreSQL to use and its login. */
    private static final List<String> KEPT = List.of("SAMSKAP_DB_HOST", "SAMSKAP_DB_PORT", "SAMSKAP_DB_USER",
        "SAMSKAP_DB_PASSWORD", "SAMSKAP_DB_MAINTENANCE_DATABASE", "SAMSKAP_DB");

    private final Process launcher;
    private final Target target;

    private LaunchedPlatform(Process launcher, Target target) {
        this.launcher = launcher;
        this.target = target;
    }

    static LaunchedPlatform start(Path root, Ports ports, String database, Path stateDirectory) throws IOException {
        var jar = root.resolve("infra/launcher/target/samskap-launcher.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with mvn -B -q -DskipTests package");
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-jar", jar.toString()).directory(root.toFile())
            .redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> (variable.startsWith("SAMSKAP_")
            && !KEPT.contains(variable)) || variable.startsWith("KAFKA_"));
        builder.environment().putAll(ports.environment());
        builder.environment().putAll(Map.of(
            "SAMSKAP_DB_NAME", database,
            "SAMSKAP_STATE_DIR", stateDirectory.toString(),
            "SAMSKAP_RATE_LIMITS_PERSON_WRITES", LIFTED_RATE_LIMIT,
            "SAMSKAP_RATE_LIMITS_ADDRESS_WRITES", LIFTED_RATE_LIMIT));
        System.out.println("Starting the platform: " + String.join(" ", builder.command()) + " with "
            + ports.environment() + ", SAMSKAP_DB_NAME=" + database + ", rate limits lifted");
        var process = builder.start();
        try {
            var address = readUntilRunning(process);
            return new LaunchedPlatform(process, new Target(Ports.local(ports.gateway()),
                Ports.local(ports.proposals()), Ports.local(ports.keycloak()), address.host(), address.port(),
                database));
        } catch (IOException | RuntimeException failed) {
            stop(process);
            throw failed;
        }
    }

    Target target() {
        return target;
    }

    private static DatabaseAddress readUntilRunning(Process process) throws IOException {
        var deadline = System.nanoTime() + LONGEST_START.toNanos();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var database = Optional.<DatabaseAddress>empty();
        String line;
        while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
            System.out.println(line);
            var named = DATABASE.matcher(line);
            if (named.find() && database.isEmpty()) {
                database = Optional.of(new DatabaseAddress(named.group(1), Integer.parseInt(named.group(2))));
            }
            if (READY.matcher(line).find()) {
                drainInTheBackground(output);
                return database.orElseThrow(() -> new IllegalStateException("The launcher named no PostgreSQL"));
            }
        }
        throw new IllegalStateException("The platform did not say it was running within " + LONGEST_START);
    }

    /** The launcher blocks when nobody reads what it prints. */
    private static void drainInTheBackground(BufferedReader output) {
        var drain = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // Its later lines are in its log folder.
                }
            } catch (IOException stopped) {
                // The launcher is gone.
            }
        }, "launcher-output");
        drain.setDaemon(true);
        drain.start();
    }

    @Override
    public void close() {
        stop(launcher);
    }

    /** As Ctrl-C would, then by force whatever of the tree is left after a minute and a half. */
    private static void stop(Process process) {
        var tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private record DatabaseAddress(String host, int port) {
    }
}
