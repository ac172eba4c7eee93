package no.samskap.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.testkit.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway on a free port against real PostgreSQL and Kafka and a {@link StandInIdentityProvider}, with a plain
 * HTTP client that follows no redirects and keeps no cookies, so tests see exactly what a browser would be told.
 */
public final class GatewayUnderTest implements AutoCloseable {

    private final String schema;
    private final StandInIdentityProvider identityProvider;
    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private final boolean ownsIdentityProvider;

    private GatewayUnderTest(String schema, StandInIdentityProvider identityProvider, EmbeddedServer server,
                             boolean ownsIdentityProvider) {
        this.schema = schema;
        this.identityProvider = identityProvider;
        this.server = server;
        this.ownsIdentityProvider = ownsIdentityProvider;
    }

    public static GatewayUnderTest start(TestInfrastructure infrastructure) {
        return start(infrastructure, Map.of());
    }

    public static GatewayUnderTest start(TestInfrastructure infrastructure, Map<String, Object> settings) {
        var identityProvider = StandInIdentityProvider.start();
        var schema = infrastructure.freshSchema("gateway");
        try {
            return new GatewayUnderTest(schema, identityProvider,
                run(infrastructure, schema, identityProvider, settings), true);
        } catch (RuntimeException e) {
            identityProvider.close();
            throw e;
        }
    }

    /** Another gateway on this one's schema and identity provider, as a second replica runs in production. */
    public GatewayUnderTest secondInstance(TestInfrastructure infrastructure, Map<String, Object> settings) {
        return new GatewayUnderTest(schema, identityProvider, run(infrastructure, schema, identityProvider, settings),
            false);
    }

    private static EmbeddedServer run(TestInfrastructure infrastructure, String schema,
                                      StandInIdentityProvider identityProvider, Map<String, Object> settings) {
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.putAll(identityProvider.gatewayProperties());
        properties.put("micronaut.server.port", -1);
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** The gateway's own schema, for a test that must read its tables directly. */
    public String schema() {
        return schema;
    }

    public StandInIdentityProvider identityProvider() {
        return identityProvider;
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = request(path).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // The context goes first, or its Kafka clients keep retrying against a broker that is gone.
        server.getApplicationContext().close();
        if (ownsIdentityProvider) {
            identityProvider.close();
        }
    }
}
