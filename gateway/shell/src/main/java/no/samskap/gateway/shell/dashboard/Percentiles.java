package no.samskap.gateway.shell.dashboard;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Percentiles by linear interpolation between the closest ranks, as PostgreSQL's {@code percentile_cont} and most
 * spreadsheets compute them: the median of 1, 2, 3, 4 is 2.5.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The {@code fraction} (0 to 1) percentile of {@code values}, in any order; empty for no values. */
    public static OptionalDouble of(double[] values, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("A percentile is a fraction from 0 to 1, not " + fraction);
        }
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        var rank = fraction * (sorted.length - 1);
        var below = (int) Math.floor(rank);
        var above = (int) Math.ceil(rank);
        return OptionalDouble.of(sorted[below] + (sorted[above] - sorted[below]) * (rank - below));
    }
}
