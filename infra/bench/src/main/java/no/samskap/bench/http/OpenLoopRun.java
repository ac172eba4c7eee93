package no.samskap.bench.http;

import no.samskap.bench.Latencies;

import java.util.Locale;

/**
 * One open-loop run: how many requests were due, how many did not answer 2xx in time, how long sending them took
 * (longer than planned when the sender itself fell behind) and the percentiles of the times from due to answered.
 */
record OpenLoopRun(int requests, Failures failed, double sendingSeconds, double p50Millis, double p99Millis,
                   double maxMillis) {

    /** Every request that failed; of them, those the server refused with 503 and those not answered in time. */
    record Failures(long total, long unavailable, long timedOut) {

        static final Failures NONE = new Failures(0, 0, 0);

        boolean any() {
            return total > 0;
        }

        String described() {
            if (!any()) {
                return "0";
            }
            return String.format(Locale.ROOT, "%,d: %,d were 503, %,d timed out", total, unavailable, timedOut);
        }
    }

    static OpenLoopRun of(long[] nanosFromDue, Failures failed, double sendingSeconds) {
        var latencies = new Latencies(nanosFromDue.length);
        for (var nanos : nanosFromDue) {
            latencies.add(nanos);
        }
        return new OpenLoopRun(nanosFromDue.length, failed, sendingSeconds, latencies.percentileMillis(50),
            latencies.percentileMillis(99), latencies.percentileMillis(100));
    }

    double sentPerSecond() {
        return requests / sendingSeconds;
    }
}
