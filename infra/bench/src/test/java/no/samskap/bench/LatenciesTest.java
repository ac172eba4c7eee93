package no.samskap.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfTheSortedRuns() {
        var latencies = new Latencies(100);
        for (var millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }

        assertEquals(50.0, latencies.percentileMillis(50));
        assertEquals(95.0, latencies.percentileMillis(95));
        assertEquals(99.0, latencies.percentileMillis(99));
        assertEquals(100.0, latencies.percentileMillis(100));
    }

    @Test
    void oneSlowRunInAHundredShowsAtTheHundredthPercentileNotTheNinetyNinth() {
        var latencies = new Latencies(100);
        for (var i = 0; i < 99; i++) {
            latencies.add(2_000_000L);
        }
        latencies.add(80_000_000L);

        assertEquals(2.0, latencies.percentileMillis(99));
        assertEquals(80.0, latencies.percentileMillis(100));
    }

    @Test
    void refusesPercentilesOfNoRuns() {
        assertThrows(IllegalStateException.class, () -> new Latencies(3).percentileMillis(50));
    }
}
