package no.samskap.runtime.keycloak;

import no.samskap.runtime.FreePorts;
import no.samskap.runtime.LocalRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Keycloak, started from the distribution on Maven Central as a child process in dev mode with the
 * {@code samskap} realm imported. Every start has a fresh in-memory database, so the realm is exactly the
 * realm file. The first start from a new installation directory also builds Keycloak for dev mode.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = KeycloakDistribution.VERSION;
    public static final String ADMIN_USERNAME = KeycloakCommand.ADMIN_USERNAME;

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
    /** Its first start creates its schema, which took over three minutes on two cores busy with other builds. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(360);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_LINES_IN_ERRORS = 40;

    private final Process process;
    private final KeycloakCommand command;
    private final Path logFile;
    private final Thread stopOnExit;
    private Duration startupTime = Duration.ZERO;

    private KeycloakServer(Process process, KeycloakCommand command, Path logFile) {
        this.process = process;
        this.command = command;
        this.logFile = logFile;
        this.stopOnExit = new Thread(this::stop, "samskap-keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Unpacks the distribution into {@code installation} unless already there (for example
     * {@code <repo>/.samskap/keycloak/26.5.6}), starts Keycloak and returns once it is ready.
     *
     * @param httpPort the port for OIDC and the admin console; 0 picks a free one
     * @param adminPassword the password of the master realm's {@value #ADMIN_USERNAME} user
     * @param logFile where Keycloak's output goes, replaced on every start
     */
    public static KeycloakServer start(Path installation, int httpPort, String adminPassword, Path logFile) {
        var zip = KeycloakDistribution.locateZip(System.getenv(), System.getProperties());
        return start(zip, installation, httpPort, adminPassword, logFile);
    }

    static KeycloakServer start(Path zip, Path installationDirectory, int httpPort, String adminPassword,
                                Path logFile) {
        // kc.sh is run from inside the installation, where a relative path to it would no longer resolve.
        var installation = installationDirectory.toAbsolutePath().normalize();
        KeycloakDistribution.install(zip, installation);
        var command = new KeycloakCommand(installation, portToUse(httpPort), FreePorts.next(), adminPassword,
            KeycloakCommand.javaHome(System.getenv(), System.getProperty("java.home")));
        var buildOptions = String.join(" ", KeycloakCommand.BUILD_OPTIONS);
        if (KeycloakDistribution.isBuiltWith(installation, buildOptions)) {
            return launch(command, logFile);
        }
        // The first start rewrites jars under lib/; a second server starting meanwhile would read half-written ones.
        try (var lock = InstallationLock.acquire(installation)) {
            var server = launch(command, logFile);
            KeycloakDistribution.markBuiltWith(installation, buildOptions);
            return server;
        }
    }

    /** The issuer services check tokens against, also the base of the realm's OIDC endpoints. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + SamskapRealm.NAME;
    }

    public String jwksUrl() {
        return issuerUrl() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    public String openIdConfigurationUrl() {
        return issuerUrl() + "/.well-known/openid-configuration";
    }

    /** Where the admin console is, at {@code /admin}; log in to the master realm as {@value #ADMIN_USERNAME}. */
    public String baseUrl() {
        return command.baseUrl();
    }

    public int httpPort() {
        return command.httpPort();
    }

    public Path logFile() {
        return logFile;
    }

    /** From starting the process to Keycloak answering ready. */
    public Duration startupTime() {
        return startupTime;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Asks Keycloak to shut down, and kills it if it has not done so within 20 s. */
    public synchronized void stop() {
        // kc.sh runs Java as its child: remember the child in case the script has to be killed.
        List<ProcessHandle> children = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            if (!exitsWithin(process.toHandle(), STOP_TIMEOUT)) {
                process.destroyForcibly();
                exitsWithin(process.toHandle(), STOP_TIMEOUT);
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(child -> {
            child.destroyForcibly();
            exitsWithin(child, STOP_TIMEOUT);
        });
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself while the JVM exits.
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static KeycloakServer launch(KeycloakCommand command, Path logFile) {
        var began = Instant.now();
        Process process;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            process = command.processBuilder()
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        } catch (IOException e) {
            throw new LocalRuntimeException("Keycloak", "could not run " + command.arguments().get(0)
                + " (log " + logFile + "); check that it is executable, or delete its installation directory"
                + " so it is unpacked again", e);
        }
        var server = new KeycloakServer(process, command, logFile);
        server.awaitReady();
        server.startupTime = Duration.between(began, Instant.now());
        LOG.info("Keycloak {} is ready at {} after {} ms (log: {}).", VERSION, server.issuerUrl(),
            server.startupTime.toMillis(), logFile);
        return server;
    }

    private void awaitReady() {
        var outcome = ReadinessProbe.await(URI.create(command.readinessUrl()), process, READY_TIMEOUT);
        switch (outcome) {
            case READY -> {
                if (!realmAnswers()) {
                    fail("answered ready, but the realm '" + SamskapRealm.NAME + "' is missing; look for an"
                        + " import error in the log");
                }
            }
            case EXITED -> fail("exited with code " + process.exitValue() + " before it was ready; if the log"
                + " says a port is in use, stop what listens on " + command.httpPort() + " or "
                + command.managementPort() + ", otherwise delete the installation directory and try again");
            case TIMED_OUT -> fail("was not ready within " + READY_TIMEOUT.toSeconds() + " s on "
                + command.readinessUrl() + "; check the log for what it was doing, and free memory (it needs"
                + " about 600 MB)");
        }
    }

    private boolean realmAnswers() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(issuerUrl())).timeout(Duration.ofSeconds(5)).GET().build();
        return ReadinessProbe.answersOk(client, request);
    }

    private void fail(String reason) {
        stop();
        throw new LocalRuntimeException("Keycloak", reason + ". Log " + logFile + " ends with:"
            + System.lineSeparator() + LogTail.of(logFile, LOG_LINES_IN_ERRORS), null);
    }

    private static int portToUse(int httpPort) {
        if (httpPort == 0) {
            return FreePorts.next();
        }
        if (FreePorts.isListening("127.0.0.1", httpPort)) {
            throw new LocalRuntimeException("Keycloak", "port " + httpPort + " on 127.0.0.1 is already in use;"
                + " stop what listens there or choose another port", null);
        }
        return httpPort;
    }

    private static boolean exitsWithin(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
