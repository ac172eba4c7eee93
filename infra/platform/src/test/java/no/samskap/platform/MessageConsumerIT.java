package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.fixture.NoteMessages;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageConsumerIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("consumer");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table note_projection (note_id text not null, text text not null)");
        }
        application = PlatformApplication.start(infrastructure, schema, Map.of("platform-check.projection", "on"));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stopApplication() {
        producer.close();
        application.close();
    }

    @Test
    void appliesARedeliveredMessageOnlyOnce() throws Exception {
        var noteId = UUID.randomUUID().toString();
        var envelope = EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN, new NoteMessages.NoteWritten(noteId, "once", 1),
            UUID.randomUUID(), Instant.parse("2026-11-27T12:00:00Z"), "1833", noteId);

        send(noteId, EnvelopeCodec.toBytes(envelope));
        send(noteId, EnvelopeCodec.toBytes(envelope));
        var marker = UUID.randomUUID().toString();
        send(marker, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(marker, "after", 2), UUID.randomUUID(), Instant.now(), "1833", marker)));

        eventually(() -> assertEquals(1, count("select count(*) from note_projection where note_id = '" + marker + "'")));
        assertEquals(1, count("select count(*) from note_projection where note_id = '" + noteId + "'"));
    }

    @Test
    void parksAnUnreadableRecordAndGoesOnWithTheNext() throws Exception {
        var noteId = UUID.randomUUID().toString();
        send(noteId, "{\"not\":\"an envelope\"}".getBytes(StandardCharsets.UTF_8));
        send(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(noteId, "after garbage", 3), UUID.randomUUID(), Instant.now(), "4618", noteId)));

        eventually(() -> assertEquals(1, count("select count(*) from note_projection where note_id = '" + noteId + "'")));
        assertEquals(1, count("select count(*) from parked_message where payload like '%an envelope%'"));
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + NoteMessages.NOTE.topic(), key, value)).get();
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
