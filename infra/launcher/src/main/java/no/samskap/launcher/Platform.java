package no.samskap.launcher;

import no.samskap.seeds.DemoIdeas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts PostgreSQL, Kafka, Keycloak, a local SMTP server, a local register and the deployables in order, each
 * deployable only once the one before it is healthy, and stops whatever was started in reverse order. {@link #stop()}
 * may come from another thread (the shutdown hook) while {@link #start()} is still running. A deployable that ends on its own once it was
 * healthy is started again by its {@link Supervisor}.
 */
final class Platform {

    /** A service starts in seconds, but the gateway took over 90 s on two cores busy with other builds. */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
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
    private final IdentityProviders identityProviders;
    private final LocalMail localMail;
    private final LocalRegister localRegister;
    private final RestartPolicy restartPolicy;
    private final CountDownLatch startReturned = new CountDownLatch(1);
    private final StopSignal stopSignal = new StopSignal();
    private volatile boolean starting;
    private volatile boolean stopping;
    private volatile IdentityProvider identityProvider;

    Platform(RepositoryLayout layout, List<Deployable> deployables, Map<String, String> environment,
             Progress progress, Duration healthTimeout) {
        this.layout = layout;
        this.deployables = List.copyOf(deployables);
        this.environment = Map.copyOf(environment);
        this.progress = progress;
        this.healthTimeout = healthTimeout;
        this.started = new StartedParts(progress);
        this.backingServices = new BackingServices(layout, this.environment, progress, started, this::isStopping);
        this.identityProviders = new IdentityProviders(layout, this.environment, progress, started, this::isStopping,
            KeycloakStart.REAL);
        this.localMail = new LocalMail(layout, this.environment, progress, started);
        this.localRegister = new LocalRegister(this.environment, progress, started, DemoIdeas.associations());
        this.restartPolicy = RestartPolicy.from(this.environment);
    }

    void start() {
        starting = true;
        try {
            var claimedPorts = checkBeforeStarting();
            var ports = new PortSettings(environment);
            var kafkaPort = backingServices.kafkaIsExternal() ? 0 : backingServices.kafkaPort(ports);
            if (kafkaPort != 0) {
                claimedPorts.putIfAbsent(kafkaPort, "Kafka");
            }
            var keycloakPort = identityProviders.isExternal() ? 0 : identityProviders.keycloakPort(ports, claimedPorts);
            var database = backingServices.startPostgres(backingServices.databaseName());
            abortIfStopping("Kafka");
            var bootstrapServers = backingServices.startKafka(kafkaPort);
            abortIfStopping(IdentityProviders.KEYCLOAK);
            identityProvider = identityProviders.start(keycloakPort);
            identityProviders.allowSignInBackTo(identityProvider, entryPointOrigin());
            abortIfStopping(LocalMail.PART);
            var parts = new HashMap<>(localMail.start(ports));
            abortIfStopping(LocalRegister.PART);
            parts.putAll(localRegister.start(ports));
            for (var deployable : deployables) {
                abortIfStopping(deployable.name());
                startDeployable(deployable, database, bootstrapServers, identityProvider, parts);
            }
        } finally {
            startReturned.countDown();
        }
    }

    private String entryPointOrigin() {
        return deployables.stream().filter(deployable -> deployable.name().equals(Deployables.ENTRY_POINT))
            .map(Deployable::baseUrl).findFirst().orElse(IdentityProviders.REALM_FILE_GATEWAY_ORIGIN);
    }

    void stop() {
        stopping = true;
        stopSignal.raise();
        if (starting) {
            awaitStartReturned();
        }
        started.stopAll();
    }

    boolean isStopping() {
        return stopping;
    }

    /** Returns once {@link #stop()} has been called, e.g. by the shutdown hook on Ctrl-C. */
    void awaitStop() {
        stopSignal.await();
    }

    List<Deployable> deployables() {
        return deployables;
    }

    RepositoryLayout layout() {
        return layout;
    }

    /** Whether the gateway's mail goes to the local SMTP server, which writes it under {@code .samskap/mail/}. */
    boolean sendsMailLocally() {
        return !localMail.isExternal();
    }

    /** Known once {@link #start()} has returned. */
    IdentityProvider identityProvider() {
        return identityProvider;
    }

    /**
     * Finds what would fail late (a missing jar, a port in use, half an identity provider setting) before anything
     * slow is started.
     *
     * @return the deployables' ports, and whose they are
     */
    private Map<Integer, String> checkBeforeStarting() {
        backingServices.databaseName();
        identityProviders.external();
        var claimed = new HashMap<Integer, String>();
        for (var deployable : deployables) {
            if (!Files.isRegularFile(layout.resolve(deployable.jarPath()))) {
                throw StartFailure.jarMissing(deployable);
            }
            var other = claimed.putIfAbsent(deployable.port(), deployable.name());
            if (other != null) {
                throw StartFailure.portShared(deployable.name(), deployable.port(), other, deployable.portVariable());
            }
            if (!Ports.isFree(deployable.port())) {
                throw StartFailure.portTaken(deployable.name(), deployable.port(), deployable.portVariable());
            }
        }
        return claimed;
    }

    private void startDeployable(Deployable deployable, BackingServices.Database database, String bootstrapServers,
                                 IdentityProvider identityProvider, Map<String, String> localParts) {
        var step = progress.begin(deployable.name());
        try {
            database.server().ensureSchema(database.name(), deployable.schema());
            var logFile = layout.logFile(deployable.name());
            var environment = new HashMap<>(ChildCommand.environment(deployable, database, bootstrapServers,
                identityProvider));
            environment.putAll(localParts);
            if (deployable.isEntryPoint()) {
                environment.put("SAMSKAP_SITE_URL", deployable.baseUrl());
            }
            var child = ChildProcess.start(deployable.name(),
                ChildCommand.javaJar(layout.resolve(deployable.jarPath())), environment, layout.root(), logFile);
            var current = new CurrentChild(child, STOP_GRACE);
            started.add(deployable.name(), current::stop);
            child.awaitHealthy(probe, deployable.port(), healthTimeout, this::isStopping);
            step.done("ready", deployable.baseUrl() + ", log in " + layout.relativeDisplay(logFile));
            supervisor(deployable, logFile, () -> relaunch(deployable, environment, logFile, current))
                .watchInBackground(child);
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

    private ChildProcess relaunch(Deployable deployable, Map<String, String> environment, Path logFile,
                                  CurrentChild current) {
        var child = ChildProcess.startAgain(deployable.name(),
            ChildCommand.javaJar(layout.resolve(deployable.jarPath())), environment, layout.root(), logFile);
        if (!current.replaceWith(child)) {
            throw StartFailure.stopping(deployable.name());
        }
        try {
            child.awaitHealthy(probe, deployable.port(), healthTimeout, this::isStopping);
            return child;
        } catch (StartFailure notBack) {
            child.stop(STOP_GRACE);
            throw notBack;
        }
    }

    private Supervisor supervisor(Deployable deployable, Path logFile, Supervisor.Launch relaunch) {
        return new Supervisor(deployable, layout.relativeDisplay(logFile), restartPolicy, relaunch, stopSignal::sleep,
            Clock.systemUTC(), progress, this::isStopping);
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
