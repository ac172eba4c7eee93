package no.samskap.feedback.figures.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiguresTest {

    @Test
    void theAverageIsTheMeanRatingToOneDecimal() {
        var tally = new Tally(3, List.of(0, 1, 0, 1, 1), 0, 0, 0);

        assertEquals(3.7, tally.average());
    }

    @Test
    void theShareAnsweredOnTimeIsOfWhatWasDueAndUnknownWhileNothingIsDue() {
        assertEquals(0.67, new Tally(4, List.of(0, 0, 0, 0, 4), 3, 2, 3).shareAnsweredOnTime());
        assertNull(new Tally(4, List.of(0, 0, 0, 0, 4), 0, 0, 0).shareAnsweredOnTime());
        assertNull(Tally.none().average());
    }

    @Test
    void aDistributionThatDoesNotAddUpToTheCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Tally(2, List.of(1, 0, 0, 0, 0), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tally(1, List.of(1, 0, 0, 0), 0, 0, 0));
    }

    @Test
    void coCreatedFiguresAddUpTheEventsThatRealisedIdeas() {
        var realised = new Figures.PerEvent(UUID.randomUUID(), "Sommerkino", List.of(UUID.randomUUID()),
            new Tally(2, List.of(0, 0, 1, 0, 1), 1, 1, 1));
        var another = new Figures.PerEvent(UUID.randomUUID(), "Bokbad", List.of(UUID.randomUUID()),
            new Tally(1, List.of(0, 0, 0, 1, 0), 1, 0, 1));
        var planned = new Figures.PerEvent(UUID.randomUUID(), "Julekonsert", List.of(),
            new Tally(1, List.of(1, 0, 0, 0, 0), 0, 0, 0));

        var coCreated = new Figures(List.of(realised, another, planned), List.of(), List.of(), Tally.none())
            .coCreated();

        assertEquals(2, coCreated.events());
        assertEquals(new Tally(3, List.of(0, 0, 1, 1, 1), 2, 1, 2), coCreated.tally());
        assertEquals(4.0, coCreated.tally().average());
    }
}
