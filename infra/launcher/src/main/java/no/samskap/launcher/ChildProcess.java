package no.samskap.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** A program started by the launcher, its output going to a log file of its own. */
final class ChildProcess {

    static final int LOG_TAIL_LINES = 20;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                              Path workingDirectory, Path logFile) {
        return start(name, command, environment, workingDirectory, logFile,
            ProcessBuilder.Redirect.to(logFile.toFile()));
    }

    /** Like {@link #start}, but keeps what the log holds already, such as why the process before this one ended. */
    static ChildProcess startAgain(String name, List<String> command, Map<String, String> environment,
                                   Path workingDirectory, Path logFile) {
        return start(name, command, environment, workingDirectory, logFile,
            ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                      Path workingDirectory, Path logFile, ProcessBuilder.Redirect log) {
        try {
            Files.createDirectories(logFile.getParent());
            var builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log);
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new StartFailure(name, "could not run " + String.join(" ", command) + ": " + e.getMessage());
        }
    }

    /**
     * Waits until {@code GET /health} answers 200, the process ends, the timeout passes or {@code cancelled}
     * says so; everything but the first is a {@link StartFailure}.
     */
    void awaitHealthy(HealthProbe probe, int port, Duration timeout, BooleanSupplier cancelled) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw StartFailure.exitedEarly(name, process.exitValue(), logTail());
            }
            if (probe.isHealthy(port)) {
                return;
            }
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw StartFailure.stopping(name);
            }
            if (System.nanoTime() - deadline > 0) {
                throw StartFailure.notHealthyInTime(name, HealthProbe.urlFor(port), timeout, logTail());
            }
            waitForExit(POLL_INTERVAL);
        }
    }

    /** Asks the process to stop, and ends it forcibly if it has not stopped within the grace period. */
    Stopped stop(Duration grace) {
        if (!process.isAlive()) {
            return new Stopped(false, process.exitValue());
        }
        process.destroy();
        if (waitForExit(grace)) {
            return new Stopped(false, process.exitValue());
        }
        process.destroyForcibly();
        waitForExit(KILL_WAIT);
        return new Stopped(true, process.isAlive() ? -1 : process.exitValue());
    }

    void awaitExit() {
        process.onExit().join();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    String name() {
        return name;
    }

    LogTail logTail() {
        return LogTail.of(logFile, LOG_TAIL_LINES);
    }

    private boolean waitForExit(Duration duration) {
        try {
            process.onExit().get(duration.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException impossible) {
            return !process.isAlive();
        }
    }

    /** @param forcibly whether it had to be killed after the grace period */
    record Stopped(boolean forcibly, int exitCode) {
    }
}
