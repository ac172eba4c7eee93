package no.samskap.launcher;

import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's own start and stop path with a real embedded PostgreSQL, an in-process broker and fake services.
 * The fakes check no tokens, so a stand-in external issuer keeps Keycloak from starting.
 */
class PlatformIT {

    static final String STAND_IN_ISSUER = "http://127.0.0.1:1/realms/stand-in";

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void startsPostgresKafkaAndEachDeployableWithItsOwnSchemaThenStopsThemInReverse() throws Exception {
        var first = fakeDeployable("first", Map.of());
        var second = fakeDeployable("second", Map.of("SAMSKAP_FIRST_URL", first.baseUrl()));
        var platform = platform(List.of(first, second));

        try {
            platform.start();
            var env = environmentOf(second);

            assertEquals("second", env.get("SAMSKAP_DB_SCHEMA"));
            assertEquals(first.baseUrl(), env.get("SAMSKAP_FIRST_URL"));
            assertEquals(String.valueOf(second.port()), env.get("MICRONAUT_SERVER_PORT"));
            assertTrue(env.get("KAFKA_BOOTSTRAP_SERVERS").startsWith("127.0.0.1:"), env.toString());
            assertEquals(STAND_IN_ISSUER, env.get("SAMSKAP_OIDC_ISSUER"));
            assertEquals(STAND_IN_ISSUER + "/certs", env.get("SAMSKAP_OIDC_JWKS_URL"));
            assertEquals("samskap-services", env.get("SAMSKAP_OIDC_AUDIENCE"));
            assertEquals(STAND_IN_ISSUER, platform.identityProvider().issuerUrl());
            try (var connection = DriverManager.getConnection(env.get("SAMSKAP_DB_URL"), env.get("SAMSKAP_DB_USER"),
                    env.get("SAMSKAP_DB_PASSWORD"));
                 var rows = connection.createStatement().executeQuery("select current_database(), current_schema()")) {
                rows.next();
                assertEquals("samskap_launcher_it", rows.getString(1));
                assertEquals("second", rows.getString(2));
            }
        } finally {
            platform.stop();
        }

        var lines = text().lines().toList();
        assertEquals(List.of("Stopping second", "Stopping first", "Stopping Register", "Stopping Mail",
                "Stopping Kafka", "Stopping PostgreSQL"),
            lines.stream().filter(line -> line.contains("Stopping "))
                .map(line -> line.substring("[samskap] ".length(), line.indexOf(" ...")))
                .toList(), text());
        assertFalse(new HealthProbe().isHealthy(first.port()));
        assertTrue(text().contains("first ... ready in"), text());
        assertTrue(text().contains("data in .samskap/postgres"), text());
        assertTrue(text().contains("Keycloak not started"), text());
    }

    private Deployable fakeDeployable(String name, Map<String, String> extraEnv) {
        var jar = Path.of(name, "target", name + ".jar");
        FakeServices.writeJar(root.resolve(jar));
        return new Deployable(name, jar, FreePorts.next(), name, extraEnv);
    }

    private Platform platform(List<Deployable> deployables) {
        var environment = Map.of(
            "SAMSKAP_DB", "embedded",
            "SAMSKAP_DB_NAME", "samskap_launcher_it",
            "SAMSKAP_KAFKA_PORT", String.valueOf(FreePorts.next()),
            "SAMSKAP_OIDC_ISSUER", STAND_IN_ISSUER,
            "SAMSKAP_OIDC_JWKS_URL", STAND_IN_ISSUER + "/certs");
        var progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), System::nanoTime);
        return new Platform(new RepositoryLayout(root), deployables, environment, progress, Duration.ofSeconds(60));
    }

    private static Map<String, String> environmentOf(Deployable deployable) throws IOException, InterruptedException {
        var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployable.baseUrl() + "/env"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        return Arrays.stream(body.split("\n"))
            .map(line -> line.split("=", 2))
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
