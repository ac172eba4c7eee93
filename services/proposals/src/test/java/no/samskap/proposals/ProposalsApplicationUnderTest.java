package no.samskap.proposals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;

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

    public ProposalsApplicationUnderTest(TestInfrastructure infrastructure) {
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

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
