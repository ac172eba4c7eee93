package no.samskap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The apply-rate run as Markdown, written between its markers in docs/performance.md. */
public final class ApplyReport {

    static final String START = "<!-- apply-rate:start (written by ApplyBenchmark) -->";
    static final String END = "<!-- apply-rate:end -->";
    /** Issue 18: at least the write path's maximum on this machine, about 500 ideas/s or 2,000 messages/s. */
    static final double TARGET_MESSAGES_PER_SECOND = 2_000;

    private ApplyReport() {
    }

    static String markdown(Machine machine, int ideas, List<ApplyBenchmark.Run> runs) {
        var first = runs.get(0);
        var last = runs.get(runs.size() - 1);
        var out = new StringBuilder();
        out.append("Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
            .append(machine.memory()).append(" RAM; ").append(machine.postgres()).append("; ").append(machine.java())
            .append(". Load average (1 / 5 / 15 min) when the run ended: ").append(machine.load()).append(".\n\n");
        out.append(String.format(Locale.ROOT, "Backlog: %,d ideas, %,d messages (submitted, published, support given,"
            + " answered) on the idea topic, applied by the whole gateway to all its read models of that topic.%n%n",
            ideas, last.messages()));
        out.append("| how the gateway applies | messages | seconds | messages/s | ideas/s | ÷ target 2,000 messages/s |\n");
        out.append("|---|---|---|---|---|---|\n");
        runs.forEach(run -> row(out, run));
        var speedUps = new StringBuilder();
        for (var run : runs.subList(1, runs.size())) {
            speedUps.append(speedUps.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f× (%s)",
                run.messagesPerSecond() / first.messagesPerSecond(), run.way().name().toLowerCase(Locale.ROOT)));
        }
        var meeting = runs.stream().filter(run -> run.messagesPerSecond() >= TARGET_MESSAGES_PER_SECOND)
            .map(run -> run.way().name().toLowerCase(Locale.ROOT)).toList();
        out.append(String.format(Locale.ROOT, "%nSpeed-up over the first way: %s. Target (≥ %,.0f messages/s, the write"
                + " path's maximum as issue 18 measured it on this machine: about 500 ideas/s): %s. The write path itself"
                + " is not measured by this harness, so the ratio is to that target.%n",
            speedUps, TARGET_MESSAGES_PER_SECOND,
            meeting.isEmpty() ? "missed by every way" : "met by " + String.join(", ", meeting)));
        return out.toString();
    }

    private static void row(StringBuilder out, ApplyBenchmark.Run run) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %,.0f | %.2f |%n", run.way().how, run.messages(),
            run.seconds(), run.messagesPerSecond(), run.messagesPerSecond() / IdeaMessagesOnKafka.MESSAGES_PER_IDEA,
            run.messagesPerSecond() / TARGET_MESSAGES_PER_SECOND));
    }

    static void writeInto(Path document, String section) throws IOException {
        writeBetween(document, START, END, section);
    }

    /** Replaces what stands between the markers, or appends the markers with the section when they are missing. */
    public static void writeBetween(Path document, String start, String end, String section) throws IOException {
        var text = Files.readString(document);
        var from = text.indexOf(start);
        var to = text.indexOf(end);
        var replaced = from >= 0 && to > from
            ? text.substring(0, from + start.length()) + "\n" + section + text.substring(to)
            : text + "\n" + start + "\n" + section + end + "\n";
        Files.writeString(document, replaced);
    }
}
