package no.samskap.launcher;

import no.samskap.runtime.KafkaLocator;
import no.samskap.runtime.LocalRuntimeException;
import no.samskap.runtime.PostgresLocator;
import no.samskap.runtime.PostgresServer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** PostgreSQL and Kafka, found or started through the local runtime, with state kept under {@code .samskap/}. */
final class BackingServices {

    static final int KAFKA_DEFAULT_PORT = 9092;
    private static final Pattern PLAIN_SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String POSTGRES_ADVICE = "Set SAMSKAP_DB_HOST, SAMSKAP_DB_PORT, SAMSKAP_DB_USER and "
        + "SAMSKAP_DB_PASSWORD to a server you have, or SAMSKAP_DB=embedded to use the built-in one. If the built-in "
        + "one will not start, deleting .samskap/postgres starts it afresh (losing its data).";
    private static final String KAFKA_ADVICE = "Set KAFKA_BOOTSTRAP_SERVERS to a broker you have, or choose another "
        + "port with SAMSKAP_KAFKA_PORT. If its log is damaged, delete .samskap/kafka (losing its messages).";

    private final RepositoryLayout layout;
    private final Map<String, String> environment;
    private final Progress progress;
    private final StartedParts started;
    private final BooleanSupplier stopping;

    BackingServices(RepositoryLayout layout, Map<String, String> environment, Progress progress, StartedParts started,
                    BooleanSupplier stopping) {
        this.layout = layout;
        this.environment = environment;
        this.progress = progress;
        this.started = started;
        this.stopping = stopping;
    }

    String databaseName() {
        var name = environment.getOrDefault("SAMSKAP_DB_NAME", "");
        if (name.isBlank()) {
            return "samskap";
        }
        if (!PLAIN_SQL_NAME.matcher(name).matches()) {
            throw new StartFailure("PostgreSQL", "SAMSKAP_DB_NAME must be a plain lower-case SQL name such as "
                + "samskap, not '" + name + "'.");
        }
        return name;
    }

    /** The port for an in-process broker: a chosen one must be free; else 9092, or any free port when it is taken. */
    int kafkaPort(PortSettings ports) {
        var chosen = ports.chosenPortFor("Kafka");
        if (chosen.isPresent() && !Ports.isFree(chosen.getAsInt())) {
            throw StartFailure.portTaken("Kafka", chosen.getAsInt(), PortSettings.variableFor("Kafka"));
        }
        return chosen.orElse(Ports.isFree(KAFKA_DEFAULT_PORT) ? KAFKA_DEFAULT_PORT : 0);
    }

    boolean kafkaIsExternal() {
        return !environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").isBlank();
    }

    Database startPostgres(String databaseName) {
        var step = progress.begin("PostgreSQL");
        try {
            var located = new PostgresLocator(environment).locate(Optional.of(layout.postgresDataDirectory()));
            var server = located.server();
            if (server.kind() == PostgresServer.Kind.EMBEDDED) {
                started.add("PostgreSQL", () -> {
                    located.close();
                    return "stopped";
                });
            }
            server.ensureDatabase(databaseName);
            step.done("ready", describe(server) + ", database " + databaseName);
            return new Database(server, databaseName);
        } catch (RuntimeException | LinkageError e) {
            throw failure(step, "PostgreSQL", e, POSTGRES_ADVICE);
        }
    }

    /** @return the bootstrap servers */
    String startKafka(int port) {
        var step = progress.begin("Kafka");
        try {
            var located = new KafkaLocator(environment).locate(Optional.of(layout.kafkaLogDirectory()), port);
            located.broker().ifPresent(broker -> started.add("Kafka", () -> {
                broker.stop();
                return "stopped";
            }));
            step.done("ready", located.broker().isPresent()
                ? "in-process broker " + located.bootstrapServers() + ", log in "
                    + layout.relativeDisplay(layout.kafkaLogDirectory())
                : "external " + located.bootstrapServers() + " from KAFKA_BOOTSTRAP_SERVERS");
            return located.bootstrapServers();
        } catch (RuntimeException | LinkageError e) {
            throw failure(step, "Kafka", e, KAFKA_ADVICE);
        }
    }

    /** A shutdown while a part starts makes it fail too, e.g. Kafka cannot register its shutdown hook. */
    private StartFailure failure(Progress.Step step, String part, Throwable e, String advice) {
        if (stopping.getAsBoolean()) {
            step.endedAs("cancelled");
            return StartFailure.stopping(part);
        }
        step.failed();
        return e instanceof LocalRuntimeException known
            ? StartFailure.from(known, advice)
            : new StartFailure(part, List.of(part + " failed: " + e, advice), e);
    }

    private String describe(PostgresServer server) {
        var address = server.host() + ":" + server.port();
        return switch (server.kind()) {
            case LOCAL -> "local server " + address;
            case EMBEDDED -> "embedded server " + address + ", data in "
                + layout.relativeDisplay(layout.postgresDataDirectory());
            case CONFIGURED -> "server " + address + " from SAMSKAP_DB_HOST";
        };
    }

    /** The database every deployable shares, each in a schema of its own. */
    record Database(PostgresServer server, String name) {
    }
}
