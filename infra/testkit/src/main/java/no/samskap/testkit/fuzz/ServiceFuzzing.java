package no.samskap.testkit.fuzz;

import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.Eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes a service under test from the OpenAPI document it serves at {@code /openapi/<service>.yml}, watching every
 * table of its schema but the platform's technical ones, which the outbox relay and the message consumers change on
 * their own, never an HTTP request.
 */
public final class ServiceFuzzing {

    /**
     * Written by the relay (sent marks), by consumers (bookkeeping and copies of other services' facts) and by the
     * rate limits, which count every write attempt, refused or not.
     */
    public static final Set<String> TECHNICAL_TABLES = Set.of("outbox_message", "processed_message", "parked_message",
        "held_message", "municipality_copy", "person_block_copy", "rate_limit_window", "flyway_schema_history");

    /**
     * Erasing one's account is not fuzzed: a valid caller's request is accepted and erases the fuzzing persona in the
     * background, changing tables while other requests are checked. Its refusals are in AccountErasureIT and the matrix.
     */
    public static final Set<String> UNFUZZED_PATHS = Set.of("/persons/me/erasure");

    private ServiceFuzzing() {
    }

    /**
     * Has the service answer one signed-in request first: the first loads the token keys and much of the HTTP stack,
     * which on a busy machine can outlast a fixture's read timeout.
     */
    public static void warmUp(ApplicationUnderTest service, String name, String token) {
        Eventually.eventually(Duration.ofSeconds(90), () -> service.statusOf(
            io.micronaut.http.HttpRequest.GET("/openapi/" + name + ".yml").bearerAuth(token)));
    }

    public static FuzzFindings fuzz(ApplicationUnderTest service, String name, Callers callers,
                                    Map<String, List<String>> known) throws SQLException {
        return fuzz(service, name, callers, known, Set.of());
    }

    /** Also leaving out tables the service changes for any caller it trusts, refused or not, named by the test. */
    public static FuzzFindings fuzz(ApplicationUnderTest service, String name, Callers callers,
                                    Map<String, List<String>> known, Set<String> alsoLeftOut) throws SQLException {
        var leftOut = new java.util.HashSet<>(TECHNICAL_TABLES);
        leftOut.addAll(alsoLeftOut);
        var base = URI.create(service.server().getURL().toString() + "/");
        var operations = OpenApiOperations.of(document(base.resolve("openapi/" + name + ".yml")), UNFUZZED_PATHS);
        try (var checksum = SchemaChecksum.of(service.connect(), leftOut)) {
            return ApiFuzzer.against(base, operations, callers).knowing(known).watching(checksum).run();
        }
    }

    /** The OpenAPI document a running service or gateway serves. */
    public static String document(URI location) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(location).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(location + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document at " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
