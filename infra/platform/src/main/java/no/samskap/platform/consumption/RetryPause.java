package no.samskap.platform.consumption;

import jakarta.inject.Singleton;

/** How long the consumer waits before retrying a record: growing with each failure, at most five seconds. */
@Singleton
class RetryPause {

    static final long LONGEST_MILLIS = 5_000;

    void after(int failures) {
        try {
            Thread.sleep(millisAfter(failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long millisAfter(int failures) {
        return Math.min(LONGEST_MILLIS, 100L << Math.min(Math.max(failures, 1), 6));
    }
}
