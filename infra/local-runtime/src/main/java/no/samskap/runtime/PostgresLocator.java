package no.samskap.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the PostgreSQL server to use, in this order: the one named by {@code SAMSKAP_DB_HOST} (with
 * {@code SAMSKAP_DB_PORT}, {@code SAMSKAP_DB_USER}, {@code SAMSKAP_DB_PASSWORD}), else the local server on
 * 127.0.0.1:5432 when it answers, else an embedded real PostgreSQL started from a Maven dependency.
 * {@code SAMSKAP_DB=embedded} skips the local server.
 */
public final class PostgresLocator {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLocator.class);
    private static final int LOCAL_PORT = 5432;

    private final Map<String, String> environment;

    public PostgresLocator(Map<String, String> environment) {
        this.environment = environment;
    }

    public static PostgresLocator fromEnvironment() {
        return new PostgresLocator(System.getenv());
    }

    /**
     * @param embeddedDataDirectory where an embedded server keeps its data, or empty for a throw-away one
     */
    public Located locate(Optional<Path> embeddedDataDirectory) {
        var configured = configured();
        if (configured.isPresent()) {
            return new Located(verified(configured.get(), "the server named by SAMSKAP_DB_HOST"), () -> { });
        }
        var local = new PostgresServer("127.0.0.1", LOCAL_PORT, env("SAMSKAP_DB_USER", "postgres"),
            env("SAMSKAP_DB_PASSWORD", ""), "postgres", PostgresServer.Kind.LOCAL);
        if (!embeddedOnly() && FreePorts.isListening("127.0.0.1", LOCAL_PORT) && answers(local)) {
            LOG.info("Using the local PostgreSQL server on 127.0.0.1:{}.", LOCAL_PORT);
            return new Located(local, () -> { });
        }
        return embedded(embeddedDataDirectory);
    }

    private boolean embeddedOnly() {
        return "embedded".equalsIgnoreCase(environment.get("SAMSKAP_DB"));
    }

    private Optional<PostgresServer> configured() {
        var host = environment.get("SAMSKAP_DB_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgresServer(host, Integer.parseInt(env("SAMSKAP_DB_PORT", "5432")),
            env("SAMSKAP_DB_USER", "postgres"), env("SAMSKAP_DB_PASSWORD", ""),
            env("SAMSKAP_DB_MAINTENANCE_DATABASE", "postgres"), PostgresServer.Kind.CONFIGURED));
    }

    private Located embedded(Optional<Path> dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder().setPort(FreePorts.next());
            // A kept data directory means a long-running owner (the launcher) that stops the server itself,
            // after the services; the library's own shutdown hook would race it.
            dataDirectory.ifPresent(dir -> builder.setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false));
            var postgres = builder.start();
            LOG.info("Started an embedded PostgreSQL on 127.0.0.1:{}.", postgres.getPort());
            var server = new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "", "postgres",
                PostgresServer.Kind.EMBEDDED);
            return new Located(server, () -> closeQuietly(postgres));
        } catch (IOException | RuntimeException e) {
            throw new LocalRuntimeException("PostgreSQL", "no server was configured (SAMSKAP_DB_HOST), none answered on "
                + "127.0.0.1:5432, and the embedded one could not start; set SAMSKAP_DB_HOST to a server you have", e);
        }
    }

    private PostgresServer verified(PostgresServer server, String description) {
        if (!answers(server)) {
            throw new LocalRuntimeException("PostgreSQL", description + " (" + server.host() + ":" + server.port()
                + ") did not accept a login as '" + server.user() + "'; check SAMSKAP_DB_* settings", null);
        }
        return server;
    }

    private static boolean answers(PostgresServer server) {
        try (var connection = server.connect(server.maintenanceDatabase())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly.", e);
        }
    }

    private String env(String name, String fallback) {
        var value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A located server and what to do to release it when done. */
    public record Located(PostgresServer server, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }
}
