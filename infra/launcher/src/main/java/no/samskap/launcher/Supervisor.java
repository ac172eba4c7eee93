package no.samskap.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Watches one started deployable and starts it again when it ends on its own, waiting longer after each restart
 * that does not last, until it gives up on it. The other parts keep running either way: a developer loses only the
 * part that broke, and sees why on the console instead of finding the whole platform gone.
 */
final class Supervisor {

    private final Deployable deployable;
    private final String logFile;
    private final Restarts restarts;
    private final Launch launch;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Progress progress;
    private final BooleanSupplier stopping;

    Supervisor(Deployable deployable, String logFile, RestartPolicy policy, Launch launch, Sleeper sleeper,
               Clock clock, Progress progress, BooleanSupplier stopping) {
        this.deployable = deployable;
        this.logFile = logFile;
        this.restarts = new Restarts(policy);
        this.launch = launch;
        this.sleeper = sleeper;
        this.clock = clock;
        this.progress = progress;
        this.stopping = stopping;
    }

    void watchInBackground(ChildProcess running) {
        var watcher = new Thread(() -> watch(running), "samskap-supervise-" + deployable.name());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Returns when the launcher stops or has given up on the deployable. */
    void watch(ChildProcess running) {
        var child = Optional.of(running);
        while (child.isPresent()) {
            var healthySince = clock.instant();
            child.get().awaitExit();
            if (stopping.getAsBoolean()) {
                return;
            }
            child = bringBack(child.get().exitValue(), healthySince);
        }
    }

    private Optional<ChildProcess> bringBack(int exitCode, Instant healthySince) {
        var delay = restarts.afterEnding(Duration.between(healthySince, clock.instant()));
        progress.line(deployable.name() + " ended on its own with exit code " + exitCode + " (log in " + logFile
            + ")" + delay.map(wait -> "; starting it again in " + seconds(wait) + ".").orElse("."));
        while (delay.isPresent()) {
            if (!sleeper.sleep(delay.get())) {
                return Optional.empty();
            }
            try {
                var child = launch.startHealthy();
                progress.line(deployable.name() + " is back after restart " + restarts.attempt() + " ("
                    + deployable.baseUrl() + ").");
                return Optional.of(child);
            } catch (StartFailure failure) {
                if (stopping.getAsBoolean()) {
                    return Optional.empty();
                }
                delay = restarts.afterEnding(Duration.ZERO);
                progress.line(failure.lines().get(0)
                    + delay.map(wait -> " Trying again in " + seconds(wait) + ".").orElse(""));
            }
        }
        progress.line("Giving up on " + deployable.name() + ": it did not stay up through "
            + restarts.attempt() + " restarts in a row (" + RestartPolicy.ATTEMPTS_VARIABLE + "). Everything else "
            + "keeps running; see " + logFile + ", then start Samskap again.");
        return Optional.empty();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Starts the deployable again and waits for its /health; a {@link StartFailure} when it does not come up. */
    @FunctionalInterface
    interface Launch {
        ChildProcess startHealthy();
    }

    /** Waits, unless the launcher stops first. */
    @FunctionalInterface
    interface Sleeper {
        /** @return false when the launcher is stopping instead */
        boolean sleep(Duration duration);
    }
}
