package no.samskap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The footprint run as Markdown, written between its markers in docs/performance.md. */
final class FootprintReport {

    static final String START = "<!-- footprint:start (written by FootprintBenchmark) -->";
    static final String END = "<!-- footprint:end -->";
    /** Issue 18's targets. */
    static final long PROCESS_LIMIT_MB = 350;
    static final long PLATFORM_LIMIT_MB = 2_560;
    static final double WARM_START_LIMIT_SECONDS = 30;

    private FootprintReport() {
    }

    static String markdown(FootprintBenchmark.Start first, FootprintBenchmark.Start warm) {
        var out = new StringBuilder();
        out.append("Run ended ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(". Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; load average when")
            .append(" the run ended: ").append(Machine.loadAverage()).append(".\n\n");
        out.append(String.format(Locale.ROOT, "| start | ready after (s) | target | %n|---|---|---|%n"
                + "| first, after the build | %.1f | — |%n| warm (second) | %.1f | < %.0f s: %s |%n%n",
            first.seconds(), warm.seconds(), WARM_START_LIMIT_SECONDS,
            warm.seconds() < WARM_START_LIMIT_SECONDS ? "met" : "missed"));
        out.append("Each part's start on the warm start, as the launcher prints it:\n\n| part | seconds |\n|---|---|\n");
        warm.parts().forEach(part -> out.append(String.format(Locale.ROOT, "| %s | %.1f |%n", part.part(), part.seconds())));
        out.append("\nResident memory (VmRSS) of every process the start command runs, read after the warm start and"
            + " the demo data had settled:\n\n| process | MB | target |\n|---|---|---|\n");
        warm.memory().forEach(process -> out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", process.name(),
            process.megabytes(), process.name().endsWith(".jar") && !process.name().contains("launcher")
                ? (process.kilobytes() / 1024 < PROCESS_LIMIT_MB ? "< 350: met" : "< 350: missed") : "")));
        var totalMegabytes = warm.totalKilobytes() / 1024;
        out.append(String.format(Locale.ROOT, "| **all of them** | **%,d** | < %,d: %s |%n", totalMegabytes,
            PLATFORM_LIMIT_MB, totalMegabytes < PLATFORM_LIMIT_MB ? "met" : "missed"));
        out.append("\nA PostgreSQL the machine already runs is used as it is and not counted here; on a machine without"
            + " one, the launcher's own PostgreSQL is among the processes above.\n");
        return out.toString();
    }

    static void writeInto(Path document, String section) throws IOException {
        ApplyReport.writeBetween(document, START, END, section);
    }
}
