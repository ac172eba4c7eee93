package no.samskap.organisations.associations.application;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to ask the register again after lookups that failed: soon after a passing fault, then ever more seldom, and
 * every six hours for as long as the register stays away, so an association is never left unchecked for good.
 */
@Singleton
public final class RegisterRetries {

    private static final List<Duration> DELAYS = List.of(
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(6));

    /** The wait after {@code failures} failed attempts in a row (1 for the first failure). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a retry follows at least one failure, was " + failures);
        }
        return DELAYS.get(Math.min(failures, DELAYS.size()) - 1);
    }

    public Instant nextAttemptAfter(int failures, Instant lastFailureAt) {
        return lastFailureAt.plus(delayAfter(failures));
    }
}
