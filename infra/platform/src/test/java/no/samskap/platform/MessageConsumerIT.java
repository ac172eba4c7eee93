package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.platform.fixture.NoteMessages;
import no.samskap.platform.fixture.NoteTopic;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
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
    private NoteTopic notes;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("consumer");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table note_projection (note_id text not null, text text not null)");
        }
        application = PlatformApplication.start(infrastructure, schema, settings());
        notes = new NoteTopic(infrastructure);
    }

    /** The application's settings beyond the fixture's; a subclass runs the same sentences with its own. */
    Map<String, Object> settings() {
        return Map.of("platform-check.projection", "on");
    }

    @AfterAll
    void stopApplication() {
        notes.close();
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
    void holdsAnUnreadableRecordAndTheNextOfItsKeyWhileOtherKeysGoOn() throws Exception {
        var noteId = UUID.randomUUID().toString();
        var otherId = UUID.randomUUID().toString();
        send(noteId, "{\"not\":\"an envelope\"}".getBytes(StandardCharsets.UTF_8));
        send(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(noteId, "after garbage", 3), UUID.randomUUID(), Instant.now(), "4618", noteId)));
        send(otherId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(otherId, "elsewhere", 3), UUID.randomUUID(), Instant.now(), "4618", otherId)));

        eventually(() -> assertEquals(1, count("select count(*) from note_projection where note_id = '" + otherId + "'")));
        eventually(() -> assertEquals(2, count("select count(*) from held_message where message_key = '" + noteId + "'")));
        assertEquals(0, count("select count(*) from note_projection where note_id = '" + noteId + "'"));
        assertEquals(1, count("select count(*) from held_message where payload like '%an envelope%'"));
    }

    @Test
    void skipsATypeTheProjectionDoesNotFollowButHoldsANewerVersionOfATypeItFollows() throws Exception {
        var noteId = UUID.randomUUID().toString();
        var unknown = new MessageType<>("note-erased", 1, NoteMessages.NOTE, NoteMessages.NoteWritten.class);
        var newer = new MessageType<>("note-written", 2, NoteMessages.NOTE, NoteMessages.NoteWritten.class);
        send(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(unknown, new NoteMessages.NoteWritten(noteId, "erased", 4),
            UUID.randomUUID(), Instant.now(), "1833", noteId)));
        send(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(newer, new NoteMessages.NoteWritten(noteId, "newer", 5),
            UUID.randomUUID(), Instant.now(), "1833", noteId)));
        send(noteId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN,
            new NoteMessages.NoteWritten(noteId, "known", 6), UUID.randomUUID(), Instant.now(), "1833", noteId)));

        eventually(() -> assertEquals(2, count("select count(*) from held_message where message_key = '" + noteId + "'")));
        assertEquals(1, count("select count(*) from held_message where message_key = '" + noteId
            + "' and reason like '%is note-written v2, and this handler reads only v1.'"));
        assertEquals(0, count("select count(*) from note_projection where note_id = '" + noteId + "'"));
    }

    @Test
    void aRecordRetriedOnOnePartitionHoldsBackNoRecordOnTheOthers() throws Exception {
        var consumer = application.getBean(no.samskap.platform.consumption.MessageConsumer.class);
        var flaky = new java.util.ArrayList<String>();
        var steady = new java.util.ArrayList<String>();
        consumer.stop();
        for (int partition = 0; partition < 3; partition++) {
            var id = UUID.randomUUID().toString();
            flaky.add(id);
            notes.sendToPartition(partition, id, NoteTopic.written(id, "flaky", 0));
            for (int i = 0; i < 10; i++) {
                var steadyId = UUID.randomUUID().toString();
                steady.add(steadyId);
                notes.sendToPartition(partition, steadyId, NoteTopic.written(steadyId, "steady " + i, 0));
            }
        }
        notes.flush();
        consumer.start();

        eventually(() -> assertEquals(30, count("select count(*) from note_projection where note_id in ('"
            + String.join("','", steady) + "')")));
        eventually(() -> assertEquals(3, count("select count(*) from note_projection where note_id in ('"
            + String.join("','", flaky) + "')")));
        assertEquals(0, count("select count(*) from held_message where payload like '%flaky%'"));
    }

    private void send(String key, byte[] value) throws Exception {
        notes.send(key, value);
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
