package no.samskap.bench.live;

import no.samskap.bench.ApplyReport;
import no.samskap.bench.Machine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The propagation and burst runs as Markdown, written between their markers in docs/performance.md. */
final class LiveReport {

    static final String START = "<!-- live:start (written by LiveBenchmark) -->";
    static final String END = "<!-- live:end -->";
    /** Issue 18's targets. */
    static final double PROPAGATION_P50_MS = 100;
    static final double PROPAGATION_P99_MS = 500;
    static final double REGISTRATION_P99_MS = 200;

    private LiveReport() {
    }

    /** Met when every idea was seen and the medians and tails are under the targets. */
    static boolean propagationHolds(Propagation.Run run) {
        var outcome = run.outcome();
        return run.created() > 0 && outcome.neverSeen() == 0
            && outcome.latencies().percentileMillis(50) < PROPAGATION_P50_MS
            && outcome.latencies().percentileMillis(99) < PROPAGATION_P99_MS;
    }

    /** Met when exactly the seats were confirmed, by the answers and by the event read back, fast enough. */
    static boolean burstHolds(RegistrationBurst.Result burst) {
        return burst.confirmed() == burst.seats() && burst.readBack().confirmed() == burst.seats()
            && burst.confirmed() + burst.waiting() == burst.registrants()
            && burst.latencies().percentileMillis(99) < REGISTRATION_P99_MS;
    }

    static String markdown(Machine machine, String loadBefore, Propagation.Run measured, Propagation.Run reference,
                           RegistrationBurst.Result burst) {
        var out = new StringBuilder();
        out.append("Run ended ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(". Machine: ")
            .append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ").append(machine.memory())
            .append(" RAM; ").append(machine.postgres()).append("; ").append(machine.java())
            .append(". Load average (1 / 5 / 15 min) before the run: ").append(loadBefore).append("; when it ended: ")
            .append(machine.load()).append(".\n\n");
        out.append("Propagation, from a submission's 201 to the gateway's first `idea-changed` event of that idea:\n\n")
            .append("| ideas/s | s | scheduled | sent on time (≤ 10 ms late) | 201 | no 201 within 30 s | p50 ms | p99 ms |"
                + " max ms | unseen 5 s after the writes | never seen (60 s) | target p50 < 100, p99 < 500 |\n")
            .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        propagationRow(out, measured, propagationHolds(measured) ? "met" : "missed");
        propagationRow(out, reference, "reference");
        for (var run : List.of(measured, reference)) {
            if (!run.refusals().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%nWithout a 201 within 30 s at %.0f ideas/s: ", run.rate()));
                out.append(String.join(", ", run.refusals().entrySet().stream()
                    .map(refusal -> refusal.getKey() + " × " + String.format(Locale.ROOT, "%,d", refusal.getValue()))
                    .toList())).append(".\n");
            }
        }
        out.append(String.format(Locale.ROOT, "%nRegistration burst: %,d residents register for one event with %,d"
                + " seats at the same moment (all %,d sent within %.0f ms):%n%n", burst.registrants(), burst.seats(),
            burst.registrants(), burst.releaseMillis()));
        out.append("| confirmed | waitlisted | other answers | confirmed read back | waiting read back | p50 ms |"
                + " p99 ms | max ms | target: exactly the seats, p99 < 200 |\n|---|---|---|---|---|---|---|---|---|\n")
            .append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.1f | %.1f | %.1f | %s |%n",
                burst.confirmed(), burst.waiting(), burst.otherAnswers(), burst.readBack().confirmed(),
                burst.readBack().waiting(), burst.latencies().percentileMillis(50),
                burst.latencies().percentileMillis(99), burst.latencies().percentileMillis(100),
                burstHolds(burst) ? "met" : "missed"));
        return out.toString();
    }

    private static void propagationRow(StringBuilder out, Propagation.Run run, String verdict) {
        var outcome = run.outcome();
        var seen = outcome.latencies().count() > 0;
        out.append(String.format(Locale.ROOT, "| %.0f | %d | %,d | %,d | %,d | %,d | %s | %s | %s | %,d | %,d | %s |%n",
            run.rate(), run.seconds(), run.scheduled(), run.sentOnTime(), run.created(), run.notCreated(),
            seen ? millis(outcome, 50) : "—", seen ? millis(outcome, 99) : "—", seen ? millis(outcome, 100) : "—",
            outcome.unseenAfterGrace(), outcome.neverSeen(), verdict));
    }

    private static String millis(Arrivals.Outcome outcome, double percentile) {
        return String.format(Locale.ROOT, "%,.1f", outcome.latencies().percentileMillis(percentile));
    }

    static void writeInto(Path document, String section) throws IOException {
        ApplyReport.writeBetween(document, START, END, section);
    }
}
