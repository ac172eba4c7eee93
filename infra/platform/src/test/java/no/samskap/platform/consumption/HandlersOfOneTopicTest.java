package no.samskap.platform.consumption;

import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.fixture.NoteMessages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HandlersOfOneTopicTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aTopicWithOneHandlerKeepsThatHandler() {
        var only = new BoardModel();
        assertSame(only, HandlersOfOneTopic.of(List.of(only)));
    }

    @Test
    void everyHandlerOfATopicGetsEachMessageInAFixedOrder() {
        var handlers = HandlersOfOneTopic.of(List.of(new InboxModel(), new BoardModel()));
        handlers.handle(note());
        assertEquals(List.of("board handled", "inbox handled"), calls);
    }

    @Test
    void aReplayMakesEveryHandlerOfTheTopicForget() {
        HandlersOfOneTopic.of(List.of(new BoardModel(), new InboxModel())).forgetEverything();
        assertEquals(List.of("board forgot", "inbox forgot"), calls);
    }

    @Test
    void aFailingHandlerFailsTheWholeMessageSoItsTransactionRollsBack() {
        var handlers = HandlersOfOneTopic.of(List.of(new BoardModel(), new FailingModel()));
        assertThrows(IllegalStateException.class, () -> handlers.handle(note()));
    }

    private static Envelope note() {
        var id = UUID.randomUUID().toString();
        return EnvelopeCodec.wrap(NoteMessages.NOTE_WRITTEN, new NoteMessages.NoteWritten(id, "x", 1),
            UUID.randomUUID(), Instant.parse("2026-11-27T12:00:00Z"), "1833", id);
    }

    private abstract class RecordingModel implements MessageHandler {
        private final String name;

        RecordingModel(String name) {
            this.name = name;
        }

        @Override
        public AggregateType source() {
            return NoteMessages.NOTE_WRITTEN.aggregateType();
        }

        @Override
        public void handle(Envelope envelope) {
            calls.add(name + " handled");
        }

        @Override
        public void forgetEverything() {
            calls.add(name + " forgot");
        }
    }

    private final class BoardModel extends RecordingModel {
        BoardModel() {
            super("board");
        }
    }

    private final class InboxModel extends RecordingModel {
        InboxModel() {
            super("inbox");
        }
    }

    private final class FailingModel extends RecordingModel {
        FailingModel() {
            super("failing");
        }

        @Override
        public void handle(Envelope envelope) {
            throw new IllegalStateException("cannot apply");
        }
    }
}
