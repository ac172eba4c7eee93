package no.samskap.bench.http;

import no.samskap.bench.Machine;

import java.util.List;
import java.util.Map;

/** Everything one run measured, for the report. */
record Results(Machine machine, Setup setup, Write write, List<Read> reads, WrkRun assetBefore, WrkRun assetAfter,
               String asset) {

    /** How the run was made, stated next to its figures. */
    record Setup(String platform, int connections, long warmUpSeconds, long measuredSeconds, int fixedPerSecond,
                 int fixedConnections, String loadAtStart) {
    }

    /**
     * The submission over HTTP; pgbench running its transaction's statements at the same concurrency (the target's
     * baseline); and the rows the service inserted per submission meanwhile, by table, beside those the baseline's
     * script inserts.
     */
    record Write(String url, WrkRun http, PgBenchRun pgbench, Map<String, Double> insertedPerSubmission,
                 Map<String, Double> baselinePerSubmission) {

        double ratio() {
            return http.successesPerSecond() / pgbench.transactionsPerSecond();
        }
    }

    /** One page or API route: as fast as it goes with wrk, then at a fixed rate with the open-loop sender. */
    record Read(String name, String path, WrkRun flat, OpenLoopRun fixed) {
    }

    /** The static asset's rate, the mean of its runs before and after the reads. */
    double assetPerSecond() {
        return (assetBefore.successesPerSecond() + assetAfter.successesPerSecond()) / 2;
    }

    double ratio(Read read) {
        return read.flat().successesPerSecond() / assetPerSecond();
    }
}
