package no.samskap.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import no.samskap.platform.consumption.HeldMessageDesk;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.platform.fixture.NoteProjection;
import no.samskap.platform.fixture.NoteTopic;
import no.samskap.platform.observability.RequestId;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
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
    /** Longer than the column ever is, narrow (20) or after the first test's fix (60). */
    private static final String LONGER_THAN_ANY_WIDTH = "a note of ninety characters, which the column of sixty at most never takes in";

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;
    private NoteTopic notes;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("held");
        execute("create table note_projection (note_id text not null, text varchar(20) not null)");
        application = start();
        notes = new NoteTopic(infrastructure);
    }

    @AfterAll
    void stopApplication() {
        notes.close();
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
        notes.send(corrupted, "{\"id\":\"broken".getBytes(StandardCharsets.UTF_8));
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
        send(held, LONGER_THAN_ANY_WIDTH);
        eventually(() -> assertEquals(1, count("held_message where message_key = '" + held + "'")));

        application.close();
        application = start();
        send(held, "after the restart");
        var marker = UUID.randomUUID().toString();
        send(marker, "marker");

        eventually(() -> assertEquals(1, count("note_projection where note_id = '" + marker + "'")));
        assertEquals(2, count("held_message where message_key = '" + held + "'"));
        assertEquals(List.of(), texts(held));
        // Another test's release must not apply these once it has widened the column.
        desk().list().stream().filter(message -> message.key().equals(held))
            .forEach(message -> desk().discard(message.id()));
    }

    @Test
    void aReleasedMessageIsAppliedUnderTheIdOfTheRequestThatWroteIt() throws Exception {
        var held = UUID.randomUUID().toString();
        var requestId = "it-" + UUID.randomUUID();
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        var projectionLog = (Logger) LoggerFactory.getLogger(NoteProjection.class);
        projectionLog.addAppender(log);
        NoteProjection.REFUSED.add(held);
        try {
            notes.sendForRequest(held, NoteTopic.written(held, "released later", 0), requestId);
            eventually(() -> assertEquals(1, count("held_message where message_key = '" + held + "'")));

            NoteProjection.REFUSED.remove(held);
            desk().releaseAll();

            assertEquals(List.of("released later"), texts(held));
            assertEquals(List.of(requestId), log.list.stream()
                .filter(event -> event.getFormattedMessage().contains(held))
                .map(event -> event.getMDCPropertyMap().get(RequestId.MDC_KEY)).toList());
        } finally {
            NoteProjection.REFUSED.remove(held);
            projectionLog.detachAppender(log);
        }
    }

    @Test
    void duplicateDeliveryAndAFullReplayOfBatchesLeaveTheReadModelAsItWas() throws Exception {
        var noteIds = new ArrayList<String>();
        for (int i = 0; i < 300; i++) {
            var noteId = UUID.randomUUID().toString();
            noteIds.add(noteId);
            var envelope = NoteTopic.written(noteId, "batch " + i, i);
            notes.sendToPartition(null, noteId, envelope);
            notes.sendToPartition(null, noteId, envelope);
        }
        notes.flush();
        var ours = "note_projection where note_id in ('" + String.join("','", noteIds) + "')";

        eventually(() -> assertEquals(300, count(ours)));
        var before = snapshot(noteIds);
        application.getBean(ReadModelReplay.class).replay();

        eventually(() -> assertEquals(300, count(ours)));
        assertEquals(before, snapshot(noteIds));
    }

    private ApplicationContext start() {
        return PlatformApplication.start(infrastructure, schema, Map.of("platform-check.projection", "on"));
    }

    private HeldMessageDesk desk() {
        return application.getBean(HeldMessageDesk.class);
    }

    private void send(String noteId, String text) throws Exception {
        notes.send(noteId, NoteTopic.written(noteId, text, 0));
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
