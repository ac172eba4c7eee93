package no.samskap.bench.live;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoardWatcherTest {

    @Test
    void anIdeaChangedEventIsAboutTheIdeaItsIdNames() {
        var event = new ServerSentEvents.Event("idea-changed", "0b6f", "{\"ideaId\":\"0b6f\",\"change\":\"idea-published\"}");

        assertEquals(Optional.of("0b6f"), BoardWatcher.ideaOf(event));
    }

    @Test
    void withoutAnIdTheIdeaIsReadFromTheData() {
        var event = new ServerSentEvents.Event("idea-changed", "", "{\"municipality\":\"1833\",\"ideaId\":\"c3a9\"}");

        assertEquals(Optional.of("c3a9"), BoardWatcher.ideaOf(event));
    }

    @Test
    void eventsOfOtherKindsAreAboutNoIdea() {
        assertEquals(Optional.empty(), BoardWatcher.ideaOf(new ServerSentEvents.Event("message", "0b6f", "{}")));
    }
}
