package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenLoopRunTest {

    @Test
    void percentilesAreOfTheTimesFromDueToAnswered() {
        var nanos = new long[1_000];
        for (var i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * 100_000L;
        }

        var run = OpenLoopRun.of(nanos, OpenLoopRun.Failures.NONE, 1.0);

        assertEquals(50.0, run.p50Millis(), 1e-9);
        assertEquals(99.0, run.p99Millis(), 1e-9);
        assertEquals(100.0, run.maxMillis(), 1e-9);
    }

    @Test
    void aStallThatMadeElevenRequestsInAThousandLateShowsAtTheNinetyNinthPercentile() {
        var nanos = new long[1_000];
        java.util.Arrays.fill(nanos, 2_000_000L);
        for (var late = 0; late < 11; late++) {
            nanos[500 + late] = (200 - late * 10) * 1_000_000L;
        }

        var run = OpenLoopRun.of(nanos, OpenLoopRun.Failures.NONE, 1.0);

        assertEquals(2.0, run.p50Millis(), 1e-9);
        assertEquals(100.0, run.p99Millis(), 1e-9);
    }

    @Test
    void theRateSentIsTheRequestsOverTheSecondsTheSendingTook() {
        assertEquals(800.0, OpenLoopRun.of(new long[20_000], OpenLoopRun.Failures.NONE, 25.0).sentPerSecond(), 1e-9);
    }
}
