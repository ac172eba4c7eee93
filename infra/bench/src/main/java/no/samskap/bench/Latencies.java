package no.samskap.bench;

import java.util.Arrays;

/** Response times of repeated runs of one query, in nanoseconds, and their percentiles (nearest rank). */
public final class Latencies {

    private final long[] nanos;
    private int count;

    public Latencies(int capacity) {
        nanos = new long[capacity];
    }

    public void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public int count() {
        return count;
    }

    /** The smallest time that at least {@code percent} of the runs did not exceed, in milliseconds. */
    public double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("No runs were measured");
        }
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
