package no.samskap.gateway.ideas.commands;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectationTest {

    private static final UUID IDEA = UUID.randomUUID();
    private static final LocalDate COMMITTED = LocalDate.of(2027, 1, 15);
    private static final LocalDate MOVED = LocalDate.of(2027, 2, 12);

    @Test
    void aMovedResponseDateIsShownOnlyOnceTheBoardHasTheNewDateThoughTheStatusStaysTheSame() {
        var moved = new Expectation.IdeaInStatus(IDEA, "under-assessment", MOVED);

        assertFalse(moved.isMetBy("under-assessment", 0, COMMITTED));
        assertTrue(moved.isMetBy("under-assessment", 0, MOVED));
    }

    @Test
    void anAnswerWithoutAResponseDateIsShownByTheStatusAlone() {
        var published = new Expectation.IdeaInStatus(IDEA, "published", null);

        assertTrue(published.isMetBy("published", 3, null));
        assertFalse(published.isMetBy("submitted", 3, null));
    }
}
