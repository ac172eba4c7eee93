package no.samskap.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Samskap Micronaut application started inside the test JVM on a fresh schema and the test class's topics,
 * trusting the {@link TestTokens} signer, with an HTTP client pointed at it. {@link ServiceUnderTest} starts one per
 * test class; {@link #start} is for tests that need several or extra properties.
 */
public final class ApplicationUnderTest implements AutoCloseable {

    private static final String RATE_LIMITED = "https://samskap.no/problems/rate-limited";

    private final TestInfrastructure infrastructure;
    private final String schema;
    private final EmbeddedServer server;
    private final HttpClient client;

    private ApplicationUnderTest(TestInfrastructure infrastructure, String schema, EmbeddedServer server) {
        this.infrastructure = infrastructure;
        this.schema = schema;
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    public static ApplicationUnderTest start(Class<?> application, TestInfrastructure infrastructure,
                                             Map<String, Object> extraProperties) {
        var schema = infrastructure.freshSchema(application.getSimpleName().toLowerCase(Locale.ROOT)
            .replace("application", ""));
        return new ApplicationUnderTest(infrastructure, schema, run(application, infrastructure, schema, extraProperties));
    }

    /** Another instance of the application on this one's schema and topics, as a second replica runs in production. */
    public ApplicationUnderTest secondInstance(Class<?> application, Map<String, Object> extraProperties) {
        return new ApplicationUnderTest(infrastructure, schema, run(application, infrastructure, schema, extraProperties));
    }

    private static EmbeddedServer run(Class<?> application, TestInfrastructure infrastructure, String schema,
                                      Map<String, Object> extraProperties) {
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.putAll(TestTokens.shared().applicationProperties());
        properties.put("micronaut.server.port", -1);
        properties.putAll(extraProperties);
        return ApplicationContext.builder(application).properties(properties).run(EmbeddedServer.class);
    }

    public EmbeddedServer server() {
        return server;
    }

    public HttpClient client() {
        return client;
    }

    /** A connection to the application's own schema, for checking what it stored. */
    public Connection connect() throws SQLException {
        return infrastructure.connect(schema);
    }

    /** The status the application answers, whether it accepted the request or refused it. */
    public int statusOf(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException refusal) {
            return refusal.code();
        }
    }

    /** Asserts the request is refused with problem+json, and gives the problem. */
    public Map<String, Object> refused(HttpRequest<?> request) {
        return problemOf(assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request, String.class)));
    }

    /** Asserts the write is refused as over the person's write limit, saying when to try again; gives the problem. */
    public Map<String, Object> rateLimited(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request, String.class), "the write over the limit was accepted");
        var problem = problemOf(failure);
        assertEquals(429, failure.code(), problem.toString());
        assertTrue(String.valueOf(failure.getResponse().header("Retry-After")).matches("\\d+"),
            "Retry-After: " + failure.getResponse().header("Retry-After"));
        assertEquals(RATE_LIMITED, problem.get("type"));
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemOf(HttpClientResponseException failure) {
        assertTrue(failure.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        return failure.getResponse().getBody(Map.class).orElseThrow();
    }

    /** The one number a query such as {@code select count(*) from outbox_message} gives. */
    public long count(String query) throws SQLException {
        try (var connection = connect(); var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @SuppressWarnings("unchecked")
    public static String firstField(Map<String, Object> problem) {
        return (String) ((List<Map<String, Object>>) problem.get("errors")).get(0).get("field");
    }

    /** The types of the messages in the application's outbox with this key, oldest first. */
    public List<String> outboxTypesFor(String key) throws SQLException {
        try (var connection = connect();
             var statement = connection.prepareStatement(
                 "select message_type from outbox_message where message_key = ? order by seq")) {
            statement.setString(1, key);
            var types = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
