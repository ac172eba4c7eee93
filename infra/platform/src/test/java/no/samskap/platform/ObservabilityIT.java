package no.samskap.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.platform.consumption.MessageConsumer;
import no.samskap.platform.fixture.NoteController;
import no.samskap.platform.fixture.NoteMessages;
import no.samskap.platform.fixture.NoteProjection;
import no.samskap.platform.fixture.NoteTopic;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.outbox.OutboxRelay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator watches on every deployable, since each gets it from the platform (ADR 0054): the Prometheus
 * scrape, readiness that follows the consumer's lag, and the request id from a write to the read model that applies
 * its message. Readiness goes down above a lag of three records here.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIT {

    private static final String LIMITED = "5002";

    private final TestTokens tokens = TestTokens.shared();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private TestInfrastructure infrastructure;
    private String schema;
    private EmbeddedServer service;
    private NoteTopic notes;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("observability");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table note (id text primary key, text text not null)");
            connection.createStatement().execute("create table note_projection (note_id text not null, text text not null)");
        }
        var extra = new HashMap<String, Object>(tokens.applicationProperties());
        extra.put("platform-check.projection", "on");
        extra.put("platform-check.notes", "on");
        extra.put("platform-check.second-service", "on");
        extra.put("samskap.rate-limits.municipalities." + LIMITED + ".person-writes", 1);
        extra.put("samskap.rate-limits.municipalities." + LIMITED + ".window", "86400s");
        extra.put("samskap.messaging.consumer.ready-lag-bound", 3);
        extra.put("samskap.observability.gauge-refresh", "100ms");
        extra.put("endpoints.prometheus.sensitive", false);
        extra.put("endpoints.health.sensitive", false);
        extra.put("endpoints.health.details-visible", "ANONYMOUS");
        service = PlatformApplication.serve(infrastructure, schema, extra);
        notes = new NoteTopic(infrastructure);
        log.start();
        ((Logger) LoggerFactory.getLogger(NoteController.class)).addAppender(log);
        ((Logger) LoggerFactory.getLogger(NoteProjection.class)).addAppender(log);
    }

    @AfterAll
    void stop() {
        NoteProjection.GATE.countDown();
        ((Logger) LoggerFactory.getLogger(NoteController.class)).detachAppender(log);
        ((Logger) LoggerFactory.getLogger(NoteProjection.class)).detachAppender(log);
        notes.close();
        service.getApplicationContext().close();
    }

    @Test
    void countsRequestsByRouteTemplateNeverByTheIdInTheirPath() {
        var id = "note-" + UUID.randomUUID();
        assertEquals(201, post("/notes/" + id, Map.of()).statusCode());
        assertEquals(200, get("/notes/" + id, Map.of()).statusCode());

        var scrape = scrape();

        assertAll(
            () -> assertTrue(value(scrape, "http_server_requests_seconds_count", "uri=\"/notes/{id}\"", "method=\"GET\"")
                .orElse(0.0) >= 1, scrape),
            () -> assertTrue(value(scrape, "http_server_requests_seconds_sum", "uri=\"/notes/{id}\"", "method=\"POST\"")
                .isPresent(), scrape),
            () -> assertFalse(scrape.contains(id), "no raw path in the scrape"));
    }

    @Test
    void showsTheOutboxBacklogAndTheAgeOfItsOldestMessageWhileTheRelayIsStoppedAndNoneOnceItSentThem() {
        var relay = service.getApplicationContext().getBean(OutboxRelay.class);
        relay.stop();
        try {
            post("/notes/backlog-" + UUID.randomUUID(), Map.of());
            post("/notes/backlog-" + UUID.randomUUID(), Map.of());

            eventually(() -> {
                var scrape = scrape();
                assertTrue(value(scrape, "samskap_outbox_unsent").orElse(0.0) >= 2, scrape);
                assertTrue(value(scrape, "samskap_outbox_oldest_unsent_age_seconds").orElse(0.0) > 0, scrape);
            });
        } finally {
            relay.start();
        }
        eventually(() -> {
            var scrape = scrape();
            assertEquals(Optional.of(0.0), value(scrape, "samskap_outbox_unsent"), scrape);
            assertEquals(Optional.of(0.0), value(scrape, "samskap_outbox_oldest_unsent_age_seconds"), scrape);
        });
    }

    @Test
    void countsHeldMessagesAndShowsTheLagOfEveryTopicTheServiceReads() throws Exception {
        notes.send("held-" + UUID.randomUUID(), "{\"not\":\"an envelope\"}".getBytes(StandardCharsets.UTF_8));

        eventually(() -> {
            var scrape = scrape();
            assertTrue(value(scrape, "samskap_consumer_held_messages").orElse(0.0) >= 1, scrape);
            assertEquals(Optional.of(0.0), value(scrape, "samskap_consumer_lag",
                "topic=\"" + infrastructure.topicPrefix() + NoteMessages.NOTE.topic() + "\"",
                "group=\"" + infrastructure.topicPrefix() + "platform-check-" + schema + "\""), scrape);
        });
    }

    @Test
    void countsEveryWriteRefusedForBeingOverAPersonsLimit() {
        var person = tokens.resident(UUID.randomUUID().toString(), LIMITED);
        var before = value(scrape(), "samskap_rate_limit_refusals_total", "limit=\"person\"").orElse(0.0);

        assertEquals(201, offer(person));
        assertEquals(429, offer(person));
        assertEquals(429, offer(person));

        assertEquals(Optional.of(before + 2), value(scrape(), "samskap_rate_limit_refusals_total", "limit=\"person\""));
    }

    @Test
    void refusesAScrapeThatCameThroughAProxyAsIfThereWereNothingThere() {
        var response = get("/prometheus", Map.of("X-Forwarded-For", "203.0.113.9"));

        assertAll(
            () -> assertEquals(404, response.statusCode()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")),
            () -> assertFalse(response.body().contains("samskap_"), response.body()));
    }

    @Test
    void isNotReadyWhileTheConsumerIsFurtherBehindThanTheBoundYetAliveAndReadyAgainOnceItCaughtUp() {
        var consumer = service.getApplicationContext().getBean(MessageConsumer.class);
        consumer.stop();
        for (int i = 0; i < 6; i++) {
            var id = "gated-" + UUID.randomUUID();
            notes.sendToPartition(0, id, NoteTopic.written(id, "gated " + i, i));
        }
        notes.flush();
        consumer.start();

        eventually(() -> assertEquals(503, get("/health/readiness", Map.of()).statusCode()));
        var readiness = get("/health/readiness", Map.of());
        assertTrue(readiness.body().contains("\"consumerLag\"") && readiness.body().contains("\"DOWN\""),
            readiness.body());
        assertEquals(200, get("/health/liveness", Map.of()).statusCode());

        NoteProjection.GATE.countDown();

        eventually(() -> assertEquals(200, get("/health/readiness", Map.of()).statusCode()));
    }

    @Test
    void followsOneRequestIdFromTheWriteThroughItsOutboxRowAndKafkaHeaderToTheLogOfTheReadModelThatAppliesIt()
        throws Exception {
        var id = "note-" + UUID.randomUUID();
        var requestId = "it-" + UUID.randomUUID();

        var response = post("/notes/" + id, Map.of("X-Request-Id", requestId));

        assertEquals(requestId, response.headers().firstValue("X-Request-Id").orElse(null));
        assertEquals(requestId, text("select request_id from outbox_message where message_key = '" + id + "'"));
        assertEquals(requestId, headerOnKafka(id));
        eventually(() -> assertEquals(List.of(requestId, requestId), log.list.stream()
            .filter(event -> event.getFormattedMessage().contains(id))
            .map(event -> event.getMDCPropertyMap().get("requestId")).toList()));
    }

    @Test
    void issuesAFreshRequestIdInPlaceOfOneThatIsNotShapedLikeOne() {
        var forged = "x".repeat(65);

        var response = post("/notes/note-" + UUID.randomUUID(), Map.of("X-Request-Id", forged));

        var issued = response.headers().firstValue("X-Request-Id").orElse("");
        assertNotEquals(forged, issued);
        assertTrue(issued.matches("[0-9a-f-]{36}"), issued);
    }

    @Test
    void aDeployableWithMetricsTurnedOffStillStartsAndConsumes() {
        try (var withoutMetrics = PlatformApplication.start(infrastructure, infrastructure.freshSchema("no_metrics"),
            Map.of("micronaut.metrics.enabled", false))) {
            assertFalse(withoutMetrics.containsBean(MeterRegistry.class));
            eventually(() -> assertTrue(withoutMetrics.getBean(MessageConsumer.class).isConsuming()));
        }
    }

    private String headerOnKafka(String key) {
        try (var reader = new KafkaConsumer<>(Map.<String, Object>of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "observability-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(infrastructure.topicPrefix() + NoteMessages.NOTE.topic()));
            var found = new String[1];
            eventually(() -> {
                for (var record : reader.poll(Duration.ofMillis(200))) {
                    var header = record.headers().lastHeader("request-id");
                    if (key.equals(record.key()) && header != null) {
                        found[0] = new String(header.value(), StandardCharsets.UTF_8);
                    }
                }
                assertTrue(found[0] != null, "no record of " + key + " with a request-id header yet");
            });
            return found[0];
        }
    }

    private String text(String query) throws Exception {
        try (var connection = infrastructure.connect(schema); var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private int offer(String token) {
        return send(HttpRequest.newBuilder(uri("/offers")).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"what\":\"chairs\"}"))
            .build()).statusCode();
    }

    private String scrape() {
        var response = get("/prometheus", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of the first sample of {@code name} whose labels include every one given. */
    static Optional<Double> value(String scrape, String name, String... labels) {
        var sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        while (sample.find()) {
            var found = sample.group(1) == null ? "" : sample.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return Optional.of(Double.parseDouble(sample.group(2)));
            }
        }
        return Optional.empty();
    }

    private HttpResponse<String> post(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"observed\"}"));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private URI uri(String path) {
        return URI.create(service.getURL() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
