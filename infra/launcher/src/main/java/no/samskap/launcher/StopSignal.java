package no.samskap.launcher;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Raised once when the launcher stops; every wait on it ends then, so Ctrl-C is never held up by a backoff. */
final class StopSignal {

    private final CountDownLatch raised = new CountDownLatch(1);

    void raise() {
        raised.countDown();
    }

    /** @return false when the signal was raised before the duration passed */
    boolean sleep(Duration duration) {
        try {
            return !raised.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void await() {
        try {
            raised.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
