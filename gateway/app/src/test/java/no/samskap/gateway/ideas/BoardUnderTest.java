package no.samskap.gateway.ideas;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaCandidates;
import no.samskap.testkit.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gateway on a schema of its own, whose board rows a test writes directly and reads through the HTTP API. */
final class BoardUnderTest implements AutoCloseable {

    private final TestInfrastructure infrastructure;
    private final String schema;
    private final StandInIdentityProvider identityProvider;
    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private BoardUnderTest(TestInfrastructure infrastructure, String schema, StandInIdentityProvider identityProvider,
                           EmbeddedServer server) {
        this.infrastructure = infrastructure;
        this.schema = schema;
        this.identityProvider = identityProvider;
        this.server = server;
    }

    static BoardUnderTest start(TestInfrastructure infrastructure) {
        return start(infrastructure, java.util.Map.of());
    }

    static BoardUnderTest start(TestInfrastructure infrastructure, java.util.Map<String, Object> settings) {
        var schema = infrastructure.freshSchema("gateway");
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.putAll(settings);
        properties.put("micronaut.server.port", -1);
        var identityProvider = StandInIdentityProvider.start();
        properties.putAll(identityProvider.gatewayProperties());
        return new BoardUnderTest(infrastructure, schema, identityProvider,
            ApplicationContext.run(EmbeddedServer.class, properties));
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    void insert(BoardRow... rows) throws SQLException {
        try (var connection = infrastructure.connect(schema); var insert = connection.prepareStatement("""
                insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at,
                                        published_at, support_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (var row : rows) {
                var at = OffsetDateTime.ofInstant(row.submittedAt(), ZoneOffset.UTC);
                insert.setObject(1, row.id());
                insert.setString(2, row.municipality());
                insert.setString(3, row.title());
                insert.setString(4, row.body());
                insert.setString(5, row.serviceArea());
                insert.setString(6, row.status());
                insert.setObject(7, at);
                insert.setObject(8, at);
                insert.setObject(9, row.published() ? at : null);
                insert.setInt(10, row.supportCount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        server.getApplicationContext().getBean(SimilarIdeaCandidates.class).rebuild();
    }

    HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String pathAndQuery, Class<T> type) {
        var response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), response.body());
        try {
            return server.getApplicationContext().getBean(JsonMapper.class).readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        identityProvider.close();
    }
}
