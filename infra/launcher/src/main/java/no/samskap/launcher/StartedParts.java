package no.samskap.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** What has been started so far; stops it in reverse order, printing a line for each. */
final class StartedParts {

    private final Progress progress;
    private final Deque<Part> parts = new ArrayDeque<>();
    private final Object oneStopperAtATime = new Object();
    private boolean stopped;

    StartedParts(Progress progress) {
        this.progress = progress;
    }

    /** Registers a started part, or stops it at once when everything else has been stopped already. */
    void add(String name, Stopper stopper) {
        var part = new Part(name, stopper);
        synchronized (this) {
            if (!stopped) {
                parts.push(part);
                return;
            }
        }
        stop(part);
    }

    /** Returns once everything is stopped, also when another thread (the shutdown hook) is stopping it. */
    void stopAll() {
        synchronized (oneStopperAtATime) {
            while (true) {
                Part next;
                synchronized (this) {
                    stopped = true;
                    next = parts.poll();
                }
                if (next == null) {
                    return;
                }
                stop(next);
            }
        }
    }

    private void stop(Part part) {
        var step = progress.begin("Stopping " + part.name);
        try {
            step.done(part.stopper.stop(), "");
        } catch (RuntimeException e) {
            step.failed();
            progress.line(part.name + " did not stop cleanly: " + e.getMessage());
        }
    }

    /** Stops a part and says how it went, e.g. "stopped". */
    @FunctionalInterface
    interface Stopper {
        String stop();
    }

    private record Part(String name, Stopper stopper) {
    }
}
