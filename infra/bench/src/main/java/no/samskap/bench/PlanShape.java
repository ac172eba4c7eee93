package no.samskap.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an {@code EXPLAIN (ANALYZE, BUFFERS)} plan says about a query: the indexes it used and whether it read a table whole. */
record PlanShape(Set<String> indexes, boolean seqScan, double executionMillis, long sharedBuffers) {

    private static final Pattern INDEX = Pattern.compile(
        "(?:Index Scan(?: Backward)?|Index Only Scan(?: Backward)?) using (\\S+)|Bitmap Index Scan on (\\S+)");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared((?: \\w+=\\d+)+)");
    private static final Pattern COUNT = Pattern.compile("(?:hit|read)=(\\d+)");

    static PlanShape of(List<String> planLines) {
        var indexes = new LinkedHashSet<String>();
        var seqScan = false;
        var execution = Double.NaN;
        var buffers = -1L;
        for (var line : planLines) {
            var index = INDEX.matcher(line);
            while (index.find()) {
                indexes.add(index.group(1) != null ? index.group(1) : index.group(2));
            }
            seqScan |= line.contains("Seq Scan on");
            var time = EXECUTION.matcher(line);
            if (time.find()) {
                execution = Double.parseDouble(time.group(1));
            }
            var shared = BUFFERS.matcher(line);
            if (buffers < 0 && shared.find()) {
                buffers = sum(shared.group(1));
            }
        }
        return new PlanShape(indexes, seqScan, execution, buffers);
    }

    /** Pages found in or read into shared buffers; the first {@code Buffers} line is the top node's, which counts all below it. */
    private static long sum(String counts) {
        var total = 0L;
        var count = COUNT.matcher(counts);
        while (count.find()) {
            total += Long.parseLong(count.group(1));
        }
        return total;
    }

    String describe() {
        return (indexes.isEmpty() ? "no index" : String.join(", ", indexes)) + (seqScan ? "; **seq scan**" : "; no seq scan");
    }
}
