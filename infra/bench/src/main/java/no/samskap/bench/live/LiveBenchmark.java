package no.samskap.bench.live;

import no.samskap.bench.Machine;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Issue 18's propagation and registration-burst scenarios against the running platform over HTTP: starts it with
 * the README's start command (or uses the one named by {@code --gateway}, {@code --proposals}, {@code --events} and
 * {@code --keycloak}), measures, writes its section of docs/performance.md and stops what it started.
 */
public final class LiveBenchmark {

    private static final String RANA = "1833";
    private static final List<String> RESIDENTS = List.of("rana-resident", "rana-resident-2", "rana-association-admin");
    private static final String STAFF = "rana-staff";
    private static final Duration SET_UP_BOUND = Duration.ofMinutes(4);

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var root = Path.of(argument(args, "root", ".")).toAbsolutePath().normalize();
        var document = Path.of(argument(args, "document", root.resolve("docs/performance.md").toString()));
        var loadBefore = Machine.loadAverage();
        var exitCode = 1;
        try (var platform = platform(args, root)) {
            var section = measure(args, platform, loadBefore);
            LiveReport.writeInto(document, section);
            System.out.println(section);
            exitCode = 0;
        } catch (Exception | Error failed) {
            failed.printStackTrace();
        } finally {
            // HttpClient's threads and the launcher's reader would keep the JVM alive.
            System.exit(exitCode);
        }
    }

    private static String measure(String[] args, LivePlatform platform, String loadBefore) throws Exception {
        var endpoints = platform.endpoints();
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
            .connectTimeout(Duration.ofSeconds(10)).build();
        var signIn = new SignIn(http, endpoints.keycloak());
        var arrivals = new Arrivals();
        var tag = Long.toString(System.currentTimeMillis(), 36);
        var propagation = new Propagation(http, endpoints.proposals(), arrivals, tag);
        var seconds = Integer.parseInt(argument(args, "seconds", "60"));
        // The burst first: a rate the proposals service cannot keep up with leaves it a queue for minutes.
        say("Registration burst: publishing the event and signing the registrants in.");
        var seats = Integer.parseInt(argument(args, "seats", "100"));
        var burst = new RegistrationBurst(http, endpoints.events());
        var eventId = burst.publishedEvent(signIn.demoUser(STAFF), seats);
        var tokens = new Registrants(http, endpoints.keycloak(), signIn).tokens(
            argument(args, "keycloak-admin-password", System.getenv().getOrDefault("SAMSKAP_KEYCLOAK_ADMIN_PASSWORD",
                "admin")), "bench-" + tag, Integer.parseInt(argument(args, "registrants", "1000")), SET_UP_BOUND);
        say(tokens.size() + " registrants signed in; the burst.");
        var result = burst.burst(eventId, tokens, seats);
        Propagation.Run measured;
        Propagation.Run reference;
        try (var watcher = BoardWatcher.follow(http, endpoints.gateway(), RANA, arrivals)) {
            propagation.settle(residentTokens(signIn), SET_UP_BOUND);
            say("The board stream is listening; propagation at the reference rate.");
            reference = propagation.run(Double.parseDouble(argument(args, "reference-rate", "50")), seconds,
                residentTokens(signIn));
            say("Propagation at the measured rate.");
            measured = propagation.run(Double.parseDouble(argument(args, "rate", "200")), seconds,
                residentTokens(signIn));
        }
        return LiveReport.markdown(Machine.describe(platform.postgres()), loadBefore, measured, reference, result);
    }

    private static void say(String line) {
        System.out.println("[live-benchmark] " + line);
    }

    /** Signed in again before each run: the realm's access tokens last five minutes. */
    private static List<String> residentTokens(SignIn signIn) {
        return RESIDENTS.stream().map(signIn::demoUser).toList();
    }

    private static LivePlatform platform(String[] args, Path root) throws Exception {
        var gateway = argument(args, "gateway", "");
        if (gateway.isBlank()) {
            return LivePlatform.launch(root, root.resolve("infra/bench/target/live-platform"));
        }
        return LivePlatform.running(new LivePlatform.Endpoints(URI.create(gateway),
            URI.create(argument(args, "proposals", "http://127.0.0.1:8081")),
            URI.create(argument(args, "events", "http://127.0.0.1:8083")),
            URI.create(argument(args, "keycloak", "http://127.0.0.1:8180"))));
    }

    private static String argument(String[] args, String name, String fallback) {
        for (var arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
