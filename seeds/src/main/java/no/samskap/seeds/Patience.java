package no.samskap.seeds;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks again for a while what a service learns from other services' messages a moment after they were sent, as a
 * person would: the attempt's answer once it has one, or empty once {@code patience} has passed.
 */
final class Patience {

    private static final long PAUSE_MILLIS = 300;

    private Patience() {
    }

    static <T> Optional<T> poll(Duration patience, Supplier<Optional<T>> attempt) {
        var deadline = System.currentTimeMillis() + patience.toMillis();
        while (true) {
            var result = attempt.get();
            if (result.isPresent() || System.currentTimeMillis() > deadline) {
                return result;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SeedException("Interrupted while loading demo data");
            }
        }
    }
}
