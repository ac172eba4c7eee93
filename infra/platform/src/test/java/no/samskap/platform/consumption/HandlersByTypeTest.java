package no.samskap.platform.consumption;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.UnreadableMessageException;
import no.samskap.platform.fixture.NoteMessages;
import no.samskap.platform.fixture.NoteMessages.NoteWritten;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandlersByTypeTest {

    private static final MessageType<NoteErased> NOTE_ERASED =
        new MessageType<>("note-erased", 1, NoteMessages.NOTE, NoteErased.class);
    private static final MessageType<NoteWritten> NOTE_WRITTEN_V2 =
        new MessageType<>("note-written", 2, NoteMessages.NOTE, NoteWritten.class);
    private static final MessageType<NoteWritten> ELSEWHERE =
        new MessageType<>("note-written", 1, new AggregateType("platformcheck", "sketch"), NoteWritten.class);

    private final List<String> applied = new ArrayList<>();

    @Test
    void givesEachMessageToTheFunctionOfItsTypeWithThePayloadReadIntoItsRecord() {
        var handlers = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("written " + written.text()))
            .on(NOTE_ERASED, (envelope, erased) -> applied.add("erased " + erased.noteId() + " of " + envelope.aggregateId()))
            .build();

        assertTrue(handlers.dispatch(wrap(NoteMessages.NOTE_WRITTEN, new NoteWritten("n1", "hello", 1))));
        assertTrue(handlers.dispatch(wrap(NOTE_ERASED, new NoteErased("n1"))));

        assertEquals(List.of("written hello", "erased n1 of n1"), applied);
    }

    @Test
    void skipsATypeItHasNoFunctionFor() {
        var handlers = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("written")).build();

        assertFalse(handlers.dispatch(wrap(NOTE_ERASED, new NoteErased("n1"))));
        assertEquals(List.of(), applied);
    }

    @Test
    void findsANewerVersionOfATypeItReadsOnlyInAnOlderVersionUnreadableSoItsAggregateIsHeld() {
        var handlers = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("v1 " + written.text())).build();

        var refusal = assertThrows(UnreadableMessageException.class,
            () -> handlers.dispatch(wrap(NOTE_WRITTEN_V2, new NoteWritten("n1", "from a newer producer", 1))));
        assertTrue(refusal.getMessage().endsWith("is note-written v2, and this handler reads only v1."));
        assertEquals(List.of(), applied);
    }

    @Test
    void givesEachVersionOfATypeToItsOwnFunction() {
        var handlers = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("v1 " + written.text()))
            .on(NOTE_WRITTEN_V2, (envelope, written) -> applied.add("v2 " + written.text()))
            .build();

        handlers.dispatch(wrap(NOTE_WRITTEN_V2, new NoteWritten("n1", "new", 1)));
        handlers.dispatch(wrap(NoteMessages.NOTE_WRITTEN, new NoteWritten("n2", "old", 1)));

        assertEquals(List.of("v2 new", "v1 old"), applied);
    }

    @Test
    void refusesASecondFunctionForTheSameTypeAndVersion() {
        var builder = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("first"));

        var refusal = assertThrows(IllegalStateException.class,
            () -> builder.on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("second")));
        assertEquals("note-written v1 is registered twice.", refusal.getMessage());
    }

    @Test
    void refusesATypeThatTravelsOnAnotherTopic() {
        var builder = HandlersByType.of(NoteMessages.NOTE);

        assertThrows(IllegalArgumentException.class, () -> builder.on(ELSEWHERE, (envelope, written) -> applied.add("x")));
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsUnreadableSoTheRecordIsHeld() {
        var handlers = HandlersByType.of(NoteMessages.NOTE)
            .on(NoteMessages.NOTE_WRITTEN, (envelope, written) -> applied.add("written")).build();
        var payload = JsonNodeFactory.instance.objectNode().put("noteId", "n1").put("sequence", "not a number");
        var misfit = new Envelope(UUID.randomUUID(), "note-written", 1, Instant.parse("2026-11-27T12:00:00Z"), "1833",
            "note", "n1", payload);

        assertThrows(UnreadableMessageException.class, () -> handlers.dispatch(misfit));
        assertEquals(List.of(), applied);
    }

    @Test
    void namesTheTopicItWasBuiltFor() {
        assertEquals(NoteMessages.NOTE, HandlersByType.of(NoteMessages.NOTE).build().source());
    }

    private static <P> Envelope wrap(MessageType<P> type, P payload) {
        return EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.parse("2026-11-27T12:00:00Z"), "1833", "n1");
    }

    record NoteErased(String noteId) {
    }
}
