package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WrkRunTest {

    /** As wrk 4.1.0 printed it here against a server that answered 404 to everything. */
    private static final String ALL_FAILED = """
        Running 2s test @ http://127.0.0.1:18999/nonexistent
          2 threads and 4 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     5.61ms    4.58ms  38.18ms   88.16%
            Req/Sec   390.12     84.99   585.00     72.50%
          Latency Distribution
             50%    4.12ms
             75%    7.18ms
             90%   10.56ms
             99%   26.31ms
          1563 requests in 2.02s, 794.07KB read
          Non-2xx or 3xx responses: 1563
        Requests/sec:    775.54
        Transfer/sec:    394.01KB
        """;

    private static final String SOME_FAILED = """
        Running 20s test @ http://127.0.0.1:8281/ideas
          8 threads and 8 connections
          Latency Distribution
             50%  812.00us
             75%    1.20ms
             90%    2.01ms
             99%    1.05s
          10000 requests in 20.00s, 4.10MB read
          Socket errors: connect 1, read 2, write 0, timeout 3
          Non-2xx or 3xx responses: 400
        Requests/sec:    500.00
        """;

    @Test
    void failedResponsesAreNotCountedInTheRate() {
        var run = WrkRun.parse(SOME_FAILED);

        assertEquals(10_000, run.requests());
        assertEquals(400, run.failedResponses());
        assertEquals(480.0, run.successesPerSecond(), 1e-9);
    }

    @Test
    void aRunWhoseEveryAnswerFailedHasARateOfNothing() {
        var run = WrkRun.parse(ALL_FAILED);

        assertEquals(1563, run.failedResponses());
        assertEquals(0.0, run.successesPerSecond());
        assertEquals(2.02, run.seconds(), 1e-9);
    }

    @Test
    void latenciesAreReadInMillisecondsWhateverUnitWrkChose() {
        var run = WrkRun.parse(SOME_FAILED);

        assertEquals(0.812, run.p50Millis(), 1e-9);
        assertEquals(1_050.0, run.p99Millis(), 1e-9);
        assertEquals(26.31, WrkRun.parse(ALL_FAILED).p99Millis(), 1e-9);
    }

    @Test
    void socketErrorsOfEveryKindAreAddedUp() {
        assertEquals(6, WrkRun.parse(SOME_FAILED).socketErrors());
        assertEquals(0, WrkRun.parse(ALL_FAILED).socketErrors());
    }

    @Test
    void aRunThatWasCutOffIsRefusedRatherThanReadAsNothing() {
        assertThrows(IllegalArgumentException.class, () -> WrkRun.parse("Running 20s test @ http://127.0.0.1:1/\n"));
    }
}
