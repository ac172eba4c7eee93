package no.samskap.launcher;

import java.time.Duration;
import java.util.Optional;

/** The restarts of one deployable so far, and what to do when it ends or fails to come back. */
final class Restarts {

    private final RestartPolicy policy;
    private int inARow;

    Restarts(RestartPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param healthyFor how long it answered on /health before it ended; zero when it never did
     * @return how long to wait before starting it again, or empty when it is time to give up on it
     */
    Optional<Duration> afterEnding(Duration healthyFor) {
        if (healthyFor.compareTo(policy.stableAfter()) >= 0) {
            inARow = 0;
        }
        if (inARow >= policy.attemptsInARow()) {
            return Optional.empty();
        }
        inARow++;
        return Optional.of(policy.delayBefore(inARow));
    }

    /** The restart that is coming or has just happened, counting from 1 since it last ran for a while. */
    int attempt() {
        return inARow;
    }
}
