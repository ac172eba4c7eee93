package no.samskap.bench.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerSentEventsTest {

    private static List<ServerSentEvents.Event> read(String... lines) {
        var events = new ServerSentEvents();
        var read = new ArrayList<ServerSentEvents.Event>();
        for (var line : lines) {
            events.read(line).ifPresent(read::add);
        }
        return read;
    }

    @Test
    void anEventIsHandedBackWhenTheBlankLineEndsIt() {
        var events = new ServerSentEvents();

        assertEquals(Optional.empty(), events.read("event: idea-changed"));
        assertEquals(Optional.empty(), events.read("id: 4d1c"));
        assertEquals(Optional.empty(), events.read("data: {\"ideaId\":\"4d1c\"}"));
        assertEquals(Optional.of(new ServerSentEvents.Event("idea-changed", "4d1c", "{\"ideaId\":\"4d1c\"}")),
            events.read(""));
    }

    @Test
    void fieldsWithoutTheSpaceAfterTheColonReadTheSame() {
        assertEquals(List.of(new ServerSentEvents.Event("idea-changed", "7", "{}")),
            read("event:idea-changed", "id:7", "data:{}", ""));
    }

    @Test
    void keepAliveCommentsAndEventsWithoutDataAreDropped() {
        assertEquals(List.of(), read(": keep-alive", "", "event: idea-changed", "id: 9", ""));
    }

    @Test
    void anEventWithoutANameIsAMessageAndSeveralDataLinesAreJoinedByNewlines() {
        assertEquals(List.of(new ServerSentEvents.Event("message", "", "first\nsecond")),
            read("data: first", "data: second", ""));
    }

    @Test
    void oneEventsNameAndIdDoNotCarryOverToTheNext() {
        assertEquals(List.of(new ServerSentEvents.Event("idea-changed", "1", "a"),
                new ServerSentEvents.Event("message", "", "b")),
            read("event: idea-changed", "id: 1", "data: a", "", "data: b", ""));
    }
}
