package no.samskap.bench.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of wrk printed. wrk exits 0 even when every response failed, so the answers it counts as failed (its
 * "Non-2xx or 3xx responses") and its socket errors are read from the output and left out of the rate.
 */
record WrkRun(long requests, double seconds, long failedResponses, long socketErrors, double p50Millis,
              double p99Millis) {

    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m|h),");
    private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
        Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern P50 = Pattern.compile("^\\s*50(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    private static final Pattern P99 = Pattern.compile("^\\s*99(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    private static final Map<String, Double> MILLIS_PER_UNIT = Map.of(
        "us", 0.001, "ms", 1.0, "s", 1_000.0, "m", 60_000.0, "h", 3_600_000.0);

    /** Reads wrk 4.1's summary, run with {@code --latency}. */
    static WrkRun parse(String output) {
        var total = find(TOTAL, output, "the request count");
        var failed = FAILED.matcher(output);
        var socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (var group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        return new WrkRun(Long.parseLong(total.group(1)), millis(total.group(2), total.group(3)) / 1_000.0,
            failed.find() ? Long.parseLong(failed.group(1)) : 0, socketErrors,
            millis(find(P50, output, "the median")), millis(find(P99, output, "the 99th percentile")));
    }

    /** Only the answers wrk counted as successful, per second of the run. */
    double successesPerSecond() {
        return (requests - failedResponses) / seconds;
    }

    private static Matcher find(Pattern pattern, String output, String what) {
        var matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalArgumentException("wrk's output has no " + what + ":\n" + output);
        }
        return matcher;
    }

    private static double millis(Matcher matcher) {
        return millis(matcher.group(1), matcher.group(2));
    }

    private static double millis(String amount, String unit) {
        return Double.parseDouble(amount) * MILLIS_PER_UNIT.get(unit);
    }
}
