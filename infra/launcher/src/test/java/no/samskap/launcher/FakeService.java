package no.samskap.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stands in for a deployable: serves {@code /health} on {@code MICRONAUT_SERVER_PORT} and shows the
 * environment the launcher gave it on {@code /env}; {@code /exit} ends it. {@code FAKE_BEHAVIOUR_<SCHEMA>} (or {@code FAKE_BEHAVIOUR})
 * makes it {@code exit} at once, stay {@code unhealthy}, or be {@code stubborn} about stopping.
 */
public final class FakeService {

    public static void main(String[] args) throws IOException {
        var env = System.getenv();
        var behaviour = env.getOrDefault("FAKE_BEHAVIOUR_" + env.getOrDefault("SAMSKAP_DB_SCHEMA", "").toUpperCase(),
            env.getOrDefault("FAKE_BEHAVIOUR", "healthy"));
        if (behaviour.equals("exit")) {
            for (var line = 1; line <= 25; line++) {
                System.out.println("fake log line " + line);
            }
            System.err.println("fake failure: cannot start");
            System.exit(3);
        }
        if (behaviour.equals("stubborn")) {
            Runtime.getRuntime().addShutdownHook(new Thread(FakeService::neverEnd));
        }
        var port = Integer.parseInt(env.get("MICRONAUT_SERVER_PORT"));
        var server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/health", exchange -> respond(exchange, behaviour.equals("unhealthy") ? 503 : 200, "{}"));
        server.createContext("/env", exchange -> respond(exchange, 200, launcherVariables(env)));
        server.createContext("/exit", exchange -> {
            respond(exchange, 200, "bye");
            System.out.println("fake service exits as asked");
            System.exit(4);
        });
        server.start();
        System.out.println("fake service listening on " + port);
        System.out.println(launcherVariables(env));
    }

    private static String launcherVariables(Map<String, String> env) {
        return new TreeMap<>(env).entrySet().stream()
            .filter(e -> e.getKey().startsWith("SAMSKAP_") || e.getKey().startsWith("KAFKA_")
                || e.getKey().startsWith("MICRONAUT_"))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void neverEnd() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
