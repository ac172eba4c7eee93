package no.samskap.bench.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrivalsTest {

    private static final long MS = 1_000_000L;

    @Test
    void anIdeasLatencyRunsFromIts201ToItsFirstEvent() {
        var arrivals = new Arrivals();
        arrivals.answered("a", 1_000 * MS);
        arrivals.seen("a", 1_040 * MS);
        arrivals.seen("a", 1_900 * MS);

        var outcome = arrivals.outcome(List.of("a"), 1_000 * MS, Duration.ofSeconds(5));

        assertEquals(40.0, outcome.latencies().percentileMillis(100));
        assertEquals(0, outcome.unseenAfterGrace());
        assertEquals(0, outcome.neverSeen());
    }

    @Test
    void anEventReadBeforeTheSenderReadTheSame201CountsAsNoTimeAtAll() {
        var arrivals = new Arrivals();
        arrivals.seen("a", 999 * MS);
        arrivals.answered("a", 1_000 * MS);

        assertEquals(0.0, arrivals.outcome(List.of("a"), 1_000 * MS, Duration.ofSeconds(5)).latencies()
            .percentileMillis(50));
    }

    @Test
    void ideasSeenAfterTheGraceOrNeverAreCountedApart() {
        var arrivals = new Arrivals();
        var writesEnded = 10_000 * MS;
        for (var id : List.of("early", "late", "never")) {
            arrivals.answered(id, 9_000 * MS);
        }
        arrivals.seen("early", 14_999 * MS);
        arrivals.seen("late", 15_001 * MS);

        var outcome = arrivals.outcome(List.of("early", "late", "never"), writesEnded, Duration.ofSeconds(5));

        assertEquals(1, outcome.unseenAfterGrace() - outcome.neverSeen());
        assertEquals(2, outcome.unseenAfterGrace());
        assertEquals(1, outcome.neverSeen());
        assertEquals(2, outcome.latencies().count());
        assertEquals(6_001.0, outcome.latencies().percentileMillis(100));
    }

    @Test
    void anIdeaIsSeenWithinALatencyOnlyWhenItsEventCameThatSoonAfterIts201() {
        var arrivals = new Arrivals();
        arrivals.answered("quick", 0);
        arrivals.seen("quick", 1_000 * MS);
        arrivals.answered("slow", 0);
        arrivals.seen("slow", 1_001 * MS);
        arrivals.answered("unseen", 0);

        assertTrue(arrivals.seenWithin("quick", Duration.ofSeconds(1)));
        assertFalse(arrivals.seenWithin("slow", Duration.ofSeconds(1)));
        assertFalse(arrivals.seenWithin("unseen", Duration.ofSeconds(1)));
    }

    @Test
    void eventsOfIdeasThisRunDidNotSubmitAreLeftOut() {
        var arrivals = new Arrivals();
        arrivals.answered("earlier-run", 0);
        arrivals.seen("earlier-run", 5 * MS);
        arrivals.answered("this-run", 0);
        arrivals.seen("this-run", 7 * MS);

        var outcome = arrivals.outcome(List.of("this-run"), 10 * MS, Duration.ofSeconds(5));

        assertEquals(1, outcome.ideas());
        assertEquals(7.0, outcome.latencies().percentileMillis(50));
    }
}
