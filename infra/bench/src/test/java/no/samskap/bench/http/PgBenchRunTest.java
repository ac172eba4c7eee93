package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PgBenchRunTest {

    /** As pgbench 15 printed it here. */
    private static final String OUTPUT = """
        pgbench (15.20 (Debian 15.20-0+deb12u1))
        transaction type: /tmp/t.sql
        scaling factor: 1
        query mode: prepared
        number of clients: 2
        number of threads: 1
        maximum number of tries: 1
        duration: 2 s
        number of transactions actually processed: 10786
        number of failed transactions: 3 (0.028%)
        latency average = 0.351 ms
        initial connection time = 108.963 ms
        tps = 5702.856134 (without initial connection time)
        """;

    @Test
    void readsTheRateWithoutTheConnectionTimeAndTheFailures() {
        var run = PgBenchRun.parse(OUTPUT);

        assertEquals(10_786, run.transactions());
        assertEquals(3, run.failed());
        assertEquals(5702.856134, run.transactionsPerSecond(), 1e-9);
        assertEquals(0.351, run.meanLatencyMillis(), 1e-9);
    }

    @Test
    void aRunThatPrintedNoRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PgBenchRun.parse("pgbench: error: connection refused"));
    }
}
