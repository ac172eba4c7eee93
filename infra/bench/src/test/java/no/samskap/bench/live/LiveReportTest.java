package no.samskap.bench.live;

import no.samskap.bench.Latencies;
import no.samskap.bench.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveReportTest {

    private static final Machine MACHINE = new Machine(2, "cpu", "8 GB", "PostgreSQL 15", "", "OpenJDK 17", "3 / 2 / 1");

    /** A hundred ideas whose latencies are 1 to 100 ms times {@code scale}, {@code neverSeen} more never seen. */
    private static Propagation.Run run(double rate, double scale, int neverSeen) {
        var latencies = new Latencies(100);
        for (var n = 1; n <= 100; n++) {
            latencies.add((long) (n * scale * 1_000_000));
        }
        var outcome = new Arrivals.Outcome(100 + neverSeen, latencies, neverSeen, neverSeen);
        return new Propagation.Run(rate, 1, 100 + neverSeen, 99 + neverSeen, 100 + neverSeen, 0, Map.of(), outcome);
    }

    /** Fifteen of the thousand answers (more than the slowest 1 %) take {@code p99Nanos}, the rest 50 ms. */
    private static RegistrationBurst.Result burst(int confirmed, int readBack, long p99Nanos) {
        var latencies = new Latencies(1_000);
        for (var n = 0; n < 1_000; n++) {
            latencies.add(n < 985 ? 50_000_000L : p99Nanos);
        }
        return new RegistrationBurst.Result(1_000, 100, confirmed, 1_000 - confirmed, 0, latencies, 12.0,
            new RegistrationBurst.Seats(readBack, 1_000 - readBack, 100));
    }

    @Test
    void propagationHoldsWhenEveryIdeaWasSeenWithMedianAndTailUnderTheTargets() {
        assertTrue(LiveReport.propagationHolds(run(200, 1.5, 0)), "p50 75 ms, p99 148.5 ms");
    }

    @Test
    void propagationMissesWhenTheTailReachesHalfASecondThoughTheMedianIsFast() {
        var latencies = new Latencies(100);
        for (var n = 0; n < 100; n++) {
            latencies.add(n < 98 ? 10_000_000L : 500_000_000L);
        }
        var run = new Propagation.Run(200, 1, 100, 100, 100, 0, Map.of(), new Arrivals.Outcome(100, latencies, 0, 0));

        assertFalse(LiveReport.propagationHolds(run));
    }

    @Test
    void propagationMissesWhenTheMedianReachesAHundredMilliseconds() {
        assertFalse(LiveReport.propagationHolds(run(200, 2.0, 0)), "p50 = 100 ms");
        assertTrue(LiveReport.propagationHolds(run(200, 1.98, 0)), "p50 = 99 ms, p99 = 196 ms");
    }

    @Test
    void propagationMissesWhenAnIdeaWasNeverSeenHoweverFastTheOthersWere() {
        assertFalse(LiveReport.propagationHolds(run(200, 0.1, 1)));
    }

    @Test
    void theBurstHoldsOnlyWithExactlyTheSeatsConfirmedInTheAnswersAndReadBackAndAFastTail() {
        assertTrue(LiveReport.burstHolds(burst(100, 100, 150_000_000L)));
        assertFalse(LiveReport.burstHolds(burst(101, 101, 150_000_000L)), "overbooked");
        assertFalse(LiveReport.burstHolds(burst(100, 99, 150_000_000L)), "the event says otherwise");
        assertFalse(LiveReport.burstHolds(burst(100, 100, 200_000_000L)), "p99 of 200 ms is not under 200");
    }

    @Test
    void theSectionStatesEachFigureAndVerdict() {
        var section = LiveReport.markdown(MACHINE, "5 / 4 / 3", run(200, 1.5, 0), run(50, 0.5, 0),
            burst(100, 100, 150_000_000L));

        assertTrue(section.contains("before the run: 5 / 4 / 3; when it ended: 3 / 2 / 1."), section);
        assertTrue(section.contains("| 200 | 1 | 100 | 99 | 100 | 0 | 75.0 | 148.5 | 150.0 | 0 | 0 | met |"), section);
        assertTrue(section.contains("| 50 | 1 | 100 | 99 | 100 | 0 | 25.0 | 49.5 | 50.0 | 0 | 0 | reference |"), section);
        assertTrue(section.contains("all 1,000 sent within 12 ms"), section);
        assertTrue(section.contains("| 100 | 900 | 0 | 100 | 900 | 50.0 | 150.0 | 150.0 | met |"), section);
    }

    @Test
    void saysWhySubmissionsWereNotCreated() {
        var created = run(200, 1.5, 0);
        var refused = new Propagation.Run(200, 1, 130, 120, 100, 30,
            new TreeMap<>(Map.of("HTTP 503", 12, "HttpTimeoutException", 1_018)), created.outcome());

        var section = LiveReport.markdown(MACHINE, "1 / 1 / 1", refused, run(50, 0.5, 0), burst(100, 100, 1));

        assertTrue(section.contains("Without a 201 within 30 s at 200 ideas/s: HTTP 503 × 12, HttpTimeoutException × 1,018."),
            section);
        assertFalse(section.contains("Without a 201 within 30 s at 50"), section);
    }

    @Test
    void writesOnlyBetweenItsOwnMarkers(@TempDir Path directory) throws Exception {
        var document = directory.resolve("performance.md");
        Files.writeString(document, "# Performance\n\n" + LiveReport.START + "\nold\n" + LiveReport.END + "\nlater\n");

        LiveReport.writeInto(document, "new\n");

        assertEquals("# Performance\n\n" + LiveReport.START + "\nnew\n" + LiveReport.END + "\nlater\n",
            Files.readString(document));
    }
}
