package no.samskap.platform.ratelimits;

import java.time.Duration;

/** At most {@code writes} writes in every {@code window}, counted for one key. */
public record WriteLimit(int writes, Duration window) {

    public WriteLimit {
        if (writes < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one write, not " + writes);
        }
        if (window.isNegative() || window.isZero() || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("A rate-limit window is a whole number of seconds, not " + window);
        }
    }

    /** For a detail a person reads: "30 changes per 60 seconds". */
    public String described() {
        return writes + " changes per " + window.toSeconds() + " seconds";
    }
}
