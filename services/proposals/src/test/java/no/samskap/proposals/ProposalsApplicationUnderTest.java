package no.samskap.proposals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proposals service on a fresh schema, trusting the test token signer, with a client pointed at it. */
public final class ProposalsApplicationUnderTest implements AutoCloseable {

    public final String schema;
    public final EmbeddedServer server;
    public final HttpClient client;
    private final TestInfrastructure infrastructure;

    public ProposalsApplicationUnderTest(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("proposals");
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.putAll(TestTokens.shared().applicationProperties());
        properties.put("micronaut.server.port", -1);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    /** The status the service answers, whether it accepted the request or refused it. */
    public int statusOf(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException refusal) {
            return refusal.code();
        }
    }

    /** Asserts the request is refused with problem+json, and gives the problem. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> refused(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
        assertTrue(failure.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        return failure.getResponse().getBody(Map.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public static String firstField(Map<String, Object> problem) {
        return (String) ((List<Map<String, Object>>) problem.get("errors")).get(0).get("field");
    }

    /** The types of the messages in the outbox about this idea (or other key), oldest first. */
    public List<String> outboxTypesFor(String key) throws SQLException {
        try (var connection = infrastructure.connect(schema);
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
