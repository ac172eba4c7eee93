package no.samskap.bench;

import java.util.List;
import java.util.Locale;

/**
 * The run as Markdown for docs/performance.md: the machine, then per query its percentiles at the baseline and at the
 * full size, the two ratios the brief holds it to, and the plan's shape at the full size.
 */
final class Report {

    /** The read path's budget from the brief: p99 under 20 ms for a whole board request. */
    static final double BUDGET_P99_MILLIS = 20.0;
    /** The scale budget from the brief: p99 at a million ideas at most twice the p99 at ten thousand. */
    static final double BUDGET_GROWTH = 2.0;

    private Report() {
    }

    static String markdown(Machine machine, int runs, List<BoardBenchmark.SizeResult> sizes) {
        var baseline = sizes.get(0);
        var full = sizes.get(sizes.size() - 1);
        var out = new StringBuilder();
        out.append("Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
            .append(machine.memory()).append(" RAM; ").append(machine.postgres()).append("; ").append(machine.settings())
            .append("; ").append(machine.java())
            .append(". Load average (1 / 5 / 15 min) when the run ended: ").append(machine.load()).append(".\n\n");
        for (var size : sizes) {
            out.append(String.format(Locale.ROOT, "- %s: built in %s; %s.%n", size.what(), took(size), size.size()));
        }
        out.append(String.format(Locale.ROOT, "%nUp to %d timed runs per query and size after a warm-up (runs column:"
            + " how many at the full size); times in ms, measured in the client around the gateway's own call (JDBC to"
            + " 127.0.0.1 included). \"In the server\" is the Execution Time of one EXPLAIN (ANALYZE, BUFFERS) at each"
            + " size, \"buffers\" the pages it touched (hit and read) at each size: unlike the percentiles, these do not"
            + " depend on what else the machine is doing.%n%n", runs));
        out.append(String.format(Locale.ROOT, "| query | p50 / p95 / p99 at %,d | p50 / p95 / p99 at %,d | p99 ÷ p99 at %,d"
                + " (budget ≤ %.0f) | p99 ÷ %.0f ms (budget ≤ 1) | in the server, ms | buffers | runs | plan at %,d |%n",
            baseline.ideas(), full.ideas(), baseline.ideas(), BUDGET_GROWTH, BUDGET_P99_MILLIS, full.ideas()));
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (var i = 0; i < full.scenarios().size(); i++) {
            var small = baseline.scenarios().get(i);
            var large = full.scenarios().get(i);
            var growth = large.latencies().percentileMillis(99) / small.latencies().percentileMillis(99);
            var ofBudget = large.latencies().percentileMillis(99) / BUDGET_P99_MILLIS;
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f → %.2f | %,d → %,d | %d | %s |%n",
                large.name(), percentiles(small), percentiles(large), verdict(growth, BUDGET_GROWTH),
                verdict(ofBudget, 1.0), small.plan().executionMillis(), large.plan().executionMillis(),
                small.plan().sharedBuffers(), large.plan().sharedBuffers(), large.latencies().count(),
                large.plan().describe()));
        }
        out.append("\n<details><summary>Plans at ").append(String.format(Locale.ROOT, "%,d", full.ideas()))
            .append("</summary>\n\n");
        for (var scenario : full.scenarios()) {
            out.append("**").append(scenario.name()).append("**\n\n```\n").append(String.join("\n", scenario.planText()))
                .append("\n```\n\n");
        }
        return out.append("</details>\n").toString();
    }

    private static String took(BoardBenchmark.SizeResult size) {
        var parts = new StringBuilder();
        size.took().forEach((step, seconds) -> parts.append(parts.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%s %.1f s", step, seconds)));
        return parts.toString();
    }

    private static String percentiles(BoardBenchmark.ScenarioResult result) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", result.latencies().percentileMillis(50),
            result.latencies().percentileMillis(95), result.latencies().percentileMillis(99));
    }

    static String verdict(double ratio, double budget) {
        return String.format(Locale.ROOT, ratio <= budget ? "%.2f" : "**%.2f (missed)**", ratio);
    }
}
