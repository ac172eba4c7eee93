package no.samskap.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts PostgreSQL, Kafka and the deployables in order, each deployable only once the one before it is
 * healthy, and stops whatever was started in reverse order. {@link #stop()} may come from another thread
 * (the shutdown hook) while {@link #start()} is still running.
 */
final class Platform {

    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration START_STEP_LIMIT = Duration.ofSeconds(90);

    private final RepositoryLayout layout;
    private final List<Deployable> deployables;
    private final Map<String, String> environment;
    private final Progress progress;
    private final Duration healthTimeout;
    private final HealthProbe probe = new HealthProbe();
    private final StartedParts started;
    private final BackingServices backingServices;
    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private final CountDownLatch startReturned = new CountDownLatch(1);
    private volatile boolean starting;
    private volatile boolean stopping;

    Platform(RepositoryLayout layout, List<Deployable> deployables, Map<String, String> environment,
             Progress progress, Duration healthTimeout) {
        this.layout = layout;
        this.deployables = List.copyOf(deployables);
        this.environment = Map.copyOf(environment);
        this.progress = progress;
        this.healthTimeout = healthTimeout;
        this.started = new StartedParts(progress);
        this.backingServices = new BackingServices(layout, this.environment, progress, started, this::isStopping);
    }

    void start() {
        starting = true;
        try {
            checkBeforeStarting();
            var kafkaPort = backingServices.kafkaIsExternal() ? 0 : backingServices.kafkaPort(new PortSettings(environment));
            var database = backingServices.startPostgres(backingServices.databaseName());
            abortIfStopping("Kafka");
            var bootstrapServers = backingServices.startKafka(kafkaPort);
            for (var deployable : deployables) {
                abortIfStopping(deployable.name());
                startDeployable(deployable, database, bootstrapServers);
            }
        } finally {
            startReturned.countDown();
        }
    }

    void stop() {
        stopping = true;
        if (starting) {
            awaitStartReturned();
        }
        started.stopAll();
    }

    boolean isStopping() {
        return stopping;
    }

    /** Completes when a started deployable ends; never, when there are none. */
    CompletableFuture<ChildProcess> firstExit() {
        var exits = children.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new);
        return exits.length == 0
            ? new CompletableFuture<>()
            : CompletableFuture.anyOf(exits).thenApply(ChildProcess.class::cast);
    }

    List<Deployable> deployables() {
        return deployables;
    }

    RepositoryLayout layout() {
        return layout;
    }

    /** Finds what would fail late (a missing jar, a port in use) before anything slow is started. */
    private void checkBeforeStarting() {
        backingServices.databaseName();
        var claimed = new HashMap<Integer, Deployable>();
        for (var deployable : deployables) {
            if (!Files.isRegularFile(layout.resolve(deployable.jarPath()))) {
                throw StartFailure.jarMissing(deployable);
            }
            var other = claimed.putIfAbsent(deployable.port(), deployable);
            if (other != null) {
                throw new StartFailure(deployable.name(), "it would get port " + deployable.port() + ", which "
                    + other.name() + " has too. Set " + deployable.portVariable() + " to another port.");
            }
            if (!Ports.isFree(deployable.port())) {
                throw StartFailure.portTaken(deployable.name(), deployable.port(), deployable.portVariable());
            }
        }
    }

    private void startDeployable(Deployable deployable, BackingServices.Database database, String bootstrapServers) {
        var step = progress.begin(deployable.name());
        try {
            database.server().ensureSchema(database.name(), deployable.schema());
            var logFile = layout.logFile(deployable.name());
            var child = ChildProcess.start(deployable.name(),
                ChildCommand.javaJar(layout.resolve(deployable.jarPath())),
                ChildCommand.environment(deployable, database, bootstrapServers), layout.root(), logFile);
            children.add(child);
            started.add(deployable.name(), () -> describe(child.stop(STOP_GRACE)));
            child.awaitHealthy(probe, deployable.port(), healthTimeout, this::isStopping);
            step.done("ready", deployable.baseUrl() + ", log in " + layout.relativeDisplay(logFile));
        } catch (StartFailure e) {
            if (stopping) {
                step.endedAs("cancelled");
            } else {
                step.failed();
            }
            throw e;
        } catch (RuntimeException e) {
            step.failed();
            throw new StartFailure(deployable.name(), List.of(deployable.name() + " failed: " + e), e);
        }
    }

    private static String describe(ChildProcess.Stopped stopped) {
        return stopped.forcibly() ? "killed after " + STOP_GRACE.toSeconds() + " s" : "stopped";
    }

    private void abortIfStopping(String part) {
        if (stopping) {
            throw StartFailure.stopping(part);
        }
    }

    private void awaitStartReturned() {
        try {
            startReturned.await(START_STEP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
