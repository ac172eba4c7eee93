package no.samskap.bench.http;

import no.samskap.bench.ApplyReport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The HTTP run as Markdown, written between its markers in docs/performance.md. */
final class HttpReport {

    static final String START = "<!-- http:start (written by HttpBenchmark) -->";
    static final String END = "<!-- http:end -->";
    /** Issue 18's targets. */
    static final double WRITE_RATIO = 0.5;
    static final double READ_RATIO = 0.4;
    static final double P99_MILLIS = 20;

    private HttpReport() {
    }

    static String markdown(Results results, Instant ended) {
        var out = new StringBuilder();
        var machine = results.machine();
        var setup = results.setup();
        out.append(String.format(Locale.ROOT, "Run ended %s against %s. Machine: %d cores, %s, %s RAM; %s; %s. Load"
                + " average (1 / 5 / 15 min) before the scenarios: %s; when the run ended: %s.%n%n",
            ended.truncatedTo(ChronoUnit.MINUTES), setup.platform(), machine.cores(), machine.cpu(), machine.memory(),
            machine.postgres(), machine.java(), setup.loadAtStart(), machine.load()));
        out.append(String.format(Locale.ROOT, "wrk: %d connections, %d s of warm-up, then %d s measured; only answers"
                + " wrk counts as successful (2xx or 3xx) make the rate. Fixed rate: %,d requests/s from the open-loop"
                + " sender over %d kept-alive connections, %d s of warm-up, then %d s measured, each request timed from"
                + " when it was due; one not answered 2xx within 5 s failed (a 503 too), and a connection waits for a"
                + " late answer rather than open another.%n%n",
            setup.connections(), setup.warmUpSeconds(), setup.measuredSeconds(), setup.fixedPerSecond(),
            setup.fixedConnections(), setup.warmUpSeconds(), setup.measuredSeconds()));
        write(out, results.write());
        reads(out, results);
        return out.toString();
    }

    /** The write scenario's table and ratio alone, as a run of only that scenario prints it. */
    static String writeMarkdown(Results.Write write) {
        var out = new StringBuilder();
        write(out, write);
        return out.toString();
    }

    private static void write(StringBuilder out, Results.Write write) {
        var http = write.http();
        var pgbench = write.pgbench();
        out.append("**Write**: an idea submitted to the proposals service (`POST ").append(write.url())
            .append("`, residents' tokens in turn).\n\n| what | per second | failed | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| submission over HTTP | %,.0f | %,d of %,d (+ %,d socket errors) | %.1f | %.1f |%n",
            http.successesPerSecond(), http.failedResponses(), http.requests(), http.socketErrors(), http.p50Millis(),
            http.p99Millis()));
        out.append(String.format(Locale.ROOT, "| pgbench, the submission's transaction (%d statements, as the service"
                + " sends them): the baseline | %,.0f | %,d of %,d | — (mean %.1f) | — |%n%n",
            SubmissionStatements.statements().size(), pgbench.transactionsPerSecond(), pgbench.failed(),
            pgbench.transactions(), pgbench.meanLatencyMillis()));
        out.append(baselineCheck(write.insertedPerSubmission(), write.baselinePerSubmission()));
        out.append(String.format(Locale.ROOT, "Ratio %.2f× (target ≥ %.1f×): %s.%n%n", write.ratio(), WRITE_RATIO,
            verdict(write.ratio() >= WRITE_RATIO && http.failedResponses() == 0)));
    }

    /** Whether the service inserted the rows per submission the baseline's script does, by table. */
    static String baselineCheck(Map<String, Double> service, Map<String, Double> script) {
        var differences = InsertedRows.differences(service, script);
        var verdict = differences.isEmpty() ? "the same" : "**not the same**, the baseline has drifted from the"
            + " submission: " + differences.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining("; "));
        return "Rows the service inserted per submission during the HTTP run (`pg_stat_user_tables`): "
            + InsertedRows.described(service) + "; the baseline's script inserts " + InsertedRows.described(script)
            + ": " + verdict
            + ".\n\n";
    }

    private static void reads(StringBuilder out, Results results) {
        out.append(String.format(Locale.ROOT, "**Read**, against the static asset `%s` on the same gateway: %,.0f"
                + " requests/s before the reads and %,.0f after, mean %,.0f.%n%n", results.asset(),
            results.assetBefore().successesPerSecond(), results.assetAfter().successesPerSecond(),
            results.assetPerSecond()));
        out.append("| read | path | wrk: requests/s (failed) | ÷ asset (≥ 0.4×) | at ")
            .append(String.format(Locale.ROOT, "%,d", results.setup().fixedPerSecond()))
            .append("/s: p50 / p99 / max ms (failed) | p99 < 20 ms |\n|---|---|---|---|---|---|\n");
        for (var read : results.reads()) {
            var flat = read.flat();
            var fixed = read.fixed();
            var ratio = results.ratio(read);
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %,.0f (%,d) | %.2f×: %s | %.1f / %.1f / %.0f (%s) | %s |%n",
                read.name(), read.path(), flat.successesPerSecond(), flat.failedResponses() + flat.socketErrors(),
                ratio, verdict(ratio >= READ_RATIO && flat.failedResponses() == 0), fixed.p50Millis(),
                fixed.p99Millis(), fixed.maxMillis(), fixed.failed().described(),
                verdict(meetsLatency(fixed, results.setup()))));
        }
        out.append('\n');
    }

    /** Under 20 ms at the 99th percentile, nothing failed, and the sender kept its rate within 5 %. */
    static boolean meetsLatency(OpenLoopRun fixed, Results.Setup setup) {
        return fixed.p99Millis() < P99_MILLIS && !fixed.failed().any()
            && fixed.sentPerSecond() >= setup.fixedPerSecond() * 0.95;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "missed";
    }

    static void writeInto(Path document, String section) throws IOException {
        ApplyReport.writeBetween(document, START, END, section);
    }
}
