package no.samskap.bench.http;

import no.samskap.bench.Latencies;

/**
 * One open-loop run: how many requests were due, how many did not answer 2xx in time, how long sending them took
 * (longer than planned when the sender itself fell behind) and the percentiles of the times from due to answered.
 */
record OpenLoopRun(int requests, long failed, double sendingSeconds, double p50Millis, double p99Millis,
                   double maxMillis) {

    static OpenLoopRun of(long[] nanosFromDue, long failed, double sendingSeconds) {
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
