package no.samskap.launcher;

import java.time.Duration;
import java.util.Map;

/**
 * How the launcher brings back a deployable that ended on its own: after {@code firstDelay}, doubling with each
 * restart that does not last, never waiting longer than {@code longestDelay}; a restart counts as lasting once the
 * deployable has stayed healthy for {@code stableAfter}. After {@code attemptsInARow} restarts that did not last it
 * gives up on that deployable.
 */
record RestartPolicy(Duration firstDelay, Duration longestDelay, Duration stableAfter, int attemptsInARow) {

    static final String ATTEMPTS_VARIABLE = "SAMSKAP_RESTART_ATTEMPTS";
    static final int DEFAULT_ATTEMPTS = 5;

    static RestartPolicy standard(int attemptsInARow) {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60),
            attemptsInARow);
    }

    static RestartPolicy from(Map<String, String> environment) {
        var value = environment.get(ATTEMPTS_VARIABLE);
        if (value == null || value.isBlank()) {
            return standard(DEFAULT_ATTEMPTS);
        }
        try {
            var attempts = Integer.parseInt(value.trim());
            if (attempts >= 0) {
                return standard(attempts);
            }
        } catch (NumberFormatException notANumber) {
            // reported below like a negative number
        }
        throw new StartFailure("launcher", ATTEMPTS_VARIABLE + " must be a whole number from 0 (never restart) up, "
            + "not '" + value + "'.");
    }

    /** The wait before the given restart in a row, counting from 1. */
    Duration delayBefore(int attempt) {
        var delay = firstDelay;
        for (var i = 1; i < attempt && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
