package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.consumption.HeldMessageDesk;
import no.samskap.platform.consumption.ReadModelReplay;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADR 0044: a message that cannot be applied holds the later messages of its aggregate, in PostgreSQL, while other
 * aggregates flow; releasing after a fix, or discarding a corrupted message, ends where a clean run would.
 * The note projection's column takes at most 20 characters, so a longer note fails in the handler until the column
 * is widened: the fix.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldMessagesIT {

    private static final String TOO_LONG = "a note far too long for the narrow column";

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("held");
        execute("create table note_projection (note_id text not null, text varchar(20) not null)");
        application = start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stopApplication() {
        producer.close();
        application.close();
    }

    @Test
    void aMessageFailingInItsHandlerHoldsTheLaterMessagesOfItsNoteWhileOtherNotesFlowUntilReleasedAfterTheFix()
            throws Exception {
        var held = UUID.randomUUID().toString();
        var other = UUID.randomUUID().toString();
        send(held, "first");
        send(held, TOO_LONG);
        send(held, "third");
        send(other, "elsewhere");

        eventually(() -> assertEquals(1, count("note_projection where note_id = '" + other + "'")));
        eventually(() -> assertEquals(2, count("held_message where message_key = '" + held + "'")));
        assertEquals(List.of("first"), texts(held));
        var cause = desk().list().stream().filter(message -> message.key().equals(held)).findFirst().orElseThrow();
        assertEquals("note-written", cause.messageType());
        assertTrue(cause.reason().contains("value too long"), cause.reason());

        execute("alter table note_projection alter column text type text");
        var release = desk().releaseAll();

        assertTrue(release.released() >= 2);
        assertEquals(List.of("first", TOO_LONG, "third"), texts(held));
        assertEquals(0, count("held_message where message_key = '" + held + "'"));
        execute("alter table note_projection alter column text type varchar(60)");
    }

    @Test
    void aCorruptedMessageHoldsItsNoteUntilAnOperatorDiscardsItAndReleasesTheRest() throws Exception {
        var corrupted = UUID.randomUUID().toString();
        var other = UUID.randomUUID().toString();
        sendRaw(corrupted, "{\"id\":\"broken".getBytes(StandardCharsets.UTF_8));
        send(corrupted, "after the garbage");
        send(other, "flows on");

        eventually(() -> assertEquals(1, count("note_projection where note_id = '" + other + "'")));
        eventually(() -> assertEquals(2, count("held_message where message_key = '" + corrupted + "'")));
        var garbage = desk().list().stream().filter(message -> message.key().equals(corrupted)).findFirst().orElseThrow();
        assertNull(garbage.messageId());
        desk().releaseAll();
        assertEquals(List.of(), texts(corrupted));

        assertTrue(desk().discard(garbage.id()));
        desk().releaseAll();

        assertEquals(List.of("after the garbage"), texts(corrupted));
        assertEquals(0, count("held_message where message_key = '" + corrupted + "'"));
    }

    @Test
    void aHoldOutlivesARestartOfTheService() throws Exception {
        var held = UUID.randomUUID().toString();
        send(held, "a note of ninety characters, which the column of sixty at most never takes in");
        eventually(() -> assertEquals(1, count("held_message where message_key = '" + held + "'")));

        application.close();
        application = start();
        send(held, "after the restart");
        var marker = UUID.randomUUID().toString();
        send(marker, "marker");

        eventually(() -> assertEquals(1, count("note_projection where note_id = '" + marker + "'")));
        assertEquals(2, count("held_message where message_key = '" + held + "'"));
        assertEquals(List.of(), texts(held));
    }

    @Test
    void duplicateDeliveryAndAFullReplayOfBatchesLeaveTheReadModelAsItWas() throws Exception {
        var notes = new ArrayList<String>();
        for (int i = 0; i < 300; i++) {
            var noteId = UUID.randomUUID().toString();
            notes.add(noteId);
            var envelope = EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
                new NoteMessages.NoteWritten(noteId, "batch " + i, i), UUID.randomUUID(), Instant.now(), "1833", noteId));
            producer.send(record(noteId, envelope));
            producer.send(record(noteId, envelope));
        }
        producer.flush();
        var ours = "note_projection where note_id in ('" + String.join("','", notes) + "')";

        eventually(() -> assertEquals(300, count(ours)));
        var before = snapshot(notes);
        application.getBean(ReadModelReplay.class).replay();

        eventually(() -> assertEquals(300, count(ours)));
        assertEquals(before, snapshot(notes));
    }

    private ApplicationContext start() {
        return PlatformApplication.start(infrastructure, schema, Map.of("platform-check.projection", "on"));
    }

    private HeldMessageDesk desk() {
        return application.getBean(HeldMessageDesk.class);
    }

    private void send(String noteId, String text) throws Exception {
        sendRaw(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(noteId, text, 0), UUID.randomUUID(), Instant.now(), "1833", noteId)));
    }

    private void sendRaw(String key, byte[] value) throws Exception {
        producer.send(record(key, value)).get();
    }

    private ProducerRecord<String, byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(infrastructure.topicPrefix() + NoteMessages.NOTE.topic(), key, value);
    }

    private List<String> texts(String noteId) throws Exception {
        return rows("select text from note_projection where note_id = '" + noteId + "' order by ctid");
    }

    private List<String> snapshot(List<String> notes) throws Exception {
        return rows("select note_id || ':' || text from note_projection where note_id in ('" + String.join("','", notes)
            + "') order by 1");
    }

    private List<String> rows(String query) throws Exception {
        var found = new ArrayList<String>();
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private long count(String from) throws Exception {
        try (var connection = infrastructure.connect(schema);
             var rows = connection.createStatement().executeQuery("select count(*) from " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String statement) throws Exception {
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute(statement);
        }
    }
}
