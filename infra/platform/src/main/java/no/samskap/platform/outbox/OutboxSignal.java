package no.samskap.platform.outbox;

import jakarta.inject.Singleton;

import java.time.Duration;

/** Wakes the relay as soon as a transaction with outbox rows commits, instead of waiting for its next poll. */
@Singleton
final class OutboxSignal {

    private boolean raised;

    synchronized void raise() {
        raised = true;
        notifyAll();
    }

    /** Waits until raised or the timeout passes; lowers the signal again. */
    synchronized void await(Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!raised) {
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        raised = false;
    }
}
