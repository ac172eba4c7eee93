package no.samskap.launcher;

import java.time.Duration;

/** The process now running for one deployable, which its supervisor may replace until the launcher stops it. */
final class CurrentChild {

    private final Duration grace;
    private ChildProcess child;
    private boolean stopped;

    CurrentChild(ChildProcess first, Duration grace) {
        this.child = first;
        this.grace = grace;
    }

    /** @return false, having stopped {@code next}, when the launcher has stopped this deployable already */
    boolean replaceWith(ChildProcess next) {
        synchronized (this) {
            if (!stopped) {
                child = next;
                return true;
            }
        }
        next.stop(grace);
        return false;
    }

    /** @return how it went, e.g. "stopped" */
    String stop() {
        ChildProcess last;
        synchronized (this) {
            stopped = true;
            last = child;
        }
        var outcome = last.stop(grace);
        return outcome.forcibly() ? "killed after " + grace.toSeconds() + " s" : "stopped";
    }
}
