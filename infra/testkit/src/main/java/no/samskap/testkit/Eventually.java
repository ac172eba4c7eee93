package no.samskap.testkit;

import java.time.Duration;
import java.time.Instant;

/** Waits for an asynchronous outcome by re-checking an assertion until it holds or the time is up. */
public final class Eventually {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private Eventually() {
    }

    public interface Check {
        void run() throws Exception;
    }

    public static void eventually(Check check) {
        eventually(DEFAULT_TIMEOUT, check);
    }

    public static void eventually(Duration timeout, Check check) {
        var deadline = Instant.now().plus(timeout);
        var pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception notYet) {
                if (Instant.now().isAfter(deadline)) {
                    var failure = new AssertionError("Still failing after " + timeout.toMillis() + " ms: " + notYet.getMessage(), notYet);
                    throw failure;
                }
            }
            pauseFor(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    private static void pauseFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
