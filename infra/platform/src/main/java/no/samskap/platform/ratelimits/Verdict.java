package no.samskap.platform.ratelimits;

/** Whether one more write fits its limit, and when the window it was counted in ends. */
public record Verdict(WriteLimit limit, int hits, long retryAfterSeconds) {

    public boolean allowed() {
        return hits <= limit.writes();
    }
}
