package no.samskap.bench.http;

import no.samskap.bench.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpReportTest {

    private static final Machine MACHINE = new Machine(2, "cpu", "8 GB", "PostgreSQL 15", "", "OpenJDK 17", "3 / 2 / 1");
    private static final Results.Setup SETUP = new Results.Setup("the start command's platform", 8, 5, 20, 1_000,
        32, "1 / 1 / 1");
    private static final Map<String, Double> AS_THE_BASELINE = Map.of("idea", 1.0, "idea_follow", 1.0,
        "idea_timeline", 2.0, "notification", 1.0, "outbox_message", 4.0, "rate_limit_window", 0.0);
    private static final OpenLoopRun QUICK = new OpenLoopRun(20_000, OpenLoopRun.Failures.NONE, 20.0, 2.0, 19.9, 40);

    @Test
    void aWriteAtHalfOfPgbenchMeetsItsTarget() {
        var write = new Results.Write("http://127.0.0.1:8281/ideas", wrk(10_000, 0, 20), pgbench(1_000), AS_THE_BASELINE, AS_THE_BASELINE);

        var section = HttpReport.markdown(results(write, List.of()), Instant.parse("2026-12-07T05:00:00Z"));

        assertEquals(0.5, write.ratio(), 1e-9);
        assertTrue(section.contains("| submission over HTTP | 500 | 0 of 10,000 (+ 0 socket errors) |"), section);
        assertTrue(section.contains("| pgbench, the submission's transaction (17 statements, as the service sends"
            + " them): the baseline | 1,000 |"), section);
        assertTrue(section.contains("Ratio 0.50× (target ≥ 0.5×): met."), section);
    }

    @Test
    void saysWhetherTheServiceInsertedTheRowsTheBaselineInserts() {
        assertTrue(HttpReport.baselineCheck(AS_THE_BASELINE, AS_THE_BASELINE).endsWith(": the same.\n\n"),
            HttpReport.baselineCheck(AS_THE_BASELINE, AS_THE_BASELINE));

        var moreMessages = new HashMap<>(AS_THE_BASELINE);
        moreMessages.put("outbox_message", 5.0);
        moreMessages.put("idea_support", 1.0);
        var drifted = HttpReport.baselineCheck(moreMessages, AS_THE_BASELINE);

        assertTrue(drifted.contains("**not the same**, the baseline has drifted from the submission: idea_support"
            + " 1.00 by the service, 0.00 by the baseline; outbox_message 5.00 by the service, 4.00 by the baseline."),
            drifted);
    }

    @Test
    void aWriteWithRefusedSubmissionsMissesItsTargetWhateverItsRate() {
        var write = new Results.Write("http://127.0.0.1:8281/ideas", wrk(30_000, 100, 20), pgbench(1_000), AS_THE_BASELINE, AS_THE_BASELINE);

        var section = HttpReport.markdown(results(write, List.of()), Instant.now());

        assertTrue(section.contains("| submission over HTTP | 1,495 | 100 of 30,000"), section);
        assertTrue(section.contains("Ratio 1.50× (target ≥ 0.5×): missed."), section);
    }

    @Test
    void eachReadIsComparedWithTheMeanOfTheAssetRunsBeforeAndAfter() {
        var write = new Results.Write("http://127.0.0.1:8281/ideas", wrk(10_000, 0, 20), pgbench(1_000), AS_THE_BASELINE, AS_THE_BASELINE);
        var boardApi = new Results.Read("board API", "/api/ideas?municipality=1833", wrk(88_000, 0, 20), QUICK);
        var boardPage = new Results.Read("board page", "/kommuner/1833/ideer", wrk(80_000, 0, 20),
            new OpenLoopRun(20_000, OpenLoopRun.Failures.NONE, 20.0, 3.0, 20.0, 55));

        var section = HttpReport.markdown(results(write, List.of(boardApi, boardPage)), Instant.now());

        assertTrue(section.contains("10,000 requests/s before the reads and 12,000 after, mean 11,000"), section);
        assertTrue(section.contains("| board API | `/api/ideas?municipality=1833` | 4,400 (0) | 0.40×: met | 2.0 / 19.9 / 40 (0) | met |"), section);
        assertTrue(section.contains("| board page | `/kommuner/1833/ideer` | 4,000 (0) | 0.36×: missed | 3.0 / 20.0 / 55 (0) | missed |"), section);
    }

    @Test
    void saysHowManyOfTheFixedRateFailuresWere503AndHowManyTimedOut() {
        var write = new Results.Write("http://127.0.0.1:8281/ideas", wrk(10_000, 0, 20), pgbench(1_000), AS_THE_BASELINE, AS_THE_BASELINE);
        var ideaPage = new Results.Read("idea page", "/ideer/1", wrk(20_000, 0, 20),
            new OpenLoopRun(20_000, new OpenLoopRun.Failures(900, 600, 300), 20.0, 2.0, 5_000.0, 5_000));

        var section = HttpReport.markdown(results(write, List.of(ideaPage)), Instant.now());

        assertTrue(section.contains("| 2.0 / 5000.0 / 5000 (900: 600 were 503, 300 timed out) | missed |"), section);
    }

    @Test
    void statesHowManyConnectionsTheFixedRateWasSentOver() {
        var write = new Results.Write("http://127.0.0.1:8281/ideas", wrk(10_000, 0, 20), pgbench(1_000), AS_THE_BASELINE, AS_THE_BASELINE);

        var section = HttpReport.markdown(results(write, List.of()), Instant.now());

        assertTrue(section.contains("Fixed rate: 1,000 requests/s from the open-loop sender over 32 kept-alive"
            + " connections"), section);
    }

    @Test
    void aFixedRateRunMissesItsTargetWhenAnythingFailedOrTheSenderFellBehind() {
        assertTrue(HttpReport.meetsLatency(QUICK, SETUP));
        assertFalse(HttpReport.meetsLatency(new OpenLoopRun(20_000, new OpenLoopRun.Failures(1, 0, 1), 20.0, 2.0, 19.9, 40), SETUP));
        assertFalse(HttpReport.meetsLatency(new OpenLoopRun(20_000, OpenLoopRun.Failures.NONE, 22.0, 2.0, 19.9, 40), SETUP));
    }

    @Test
    void writesItsSectionBetweenItsOwnMarkersOnly(@TempDir Path directory) throws Exception {
        var document = directory.resolve("performance.md");
        Files.writeString(document, "# Before\n" + HttpReport.START + "\nold\n" + HttpReport.END + "\n# After\n");

        HttpReport.writeInto(document, "new\n");

        assertEquals("# Before\n" + HttpReport.START + "\nnew\n" + HttpReport.END + "\n# After\n",
            Files.readString(document));
    }

    private static Results results(Results.Write write, List<Results.Read> reads) {
        return new Results(MACHINE, SETUP, write, reads, wrk(200_000, 0, 20), wrk(240_000, 0, 20),
            "/assets/samskap.3f9a1c2b.css");
    }

    private static WrkRun wrk(long requests, long failed, double seconds) {
        return new WrkRun(requests, seconds, failed, 0, 1.0, 5.0);
    }

    private static PgBenchRun pgbench(double perSecond) {
        return new PgBenchRun((long) (perSecond * 20), 0, perSecond, 8.0);
    }
}
