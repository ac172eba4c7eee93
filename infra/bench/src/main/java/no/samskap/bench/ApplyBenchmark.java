package no.samskap.bench;

import io.micronaut.context.ApplicationContext;
import no.samskap.runtime.KafkaLocator;
import no.samskap.runtime.PostgresLocator;
import no.samskap.runtime.PostgresServer;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * Issue 18's "Apply" scenario: puts a backlog of idea messages on Kafka, then starts the gateway (all its modules and
 * read models with the gateway application's own configuration, no HTTP server) on a fresh schema and consumer group,
 * and times how fast it applies the backlog each {@link Way}: record by record with an offset commit per record (how it
 * was before ADR 0044), a poll per transaction, and a poll's partitions in transactions side by side (ADR 0068).
 * Writes its section of docs/performance.md. Run: see docs/performance.md, "Apply rate".
 */
public final class ApplyBenchmark {

    private static final String DATABASE = "test";
    private static final Duration LONGEST = Duration.ofMinutes(15);

    private ApplyBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // Threads of a gateway that failed to start would keep the JVM and the build waiting.
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        var ideas = Integer.parseInt(argument(args, "ideas", "5000"));
        var document = Path.of(argument(args, "document", "docs/performance.md"));
        // The gateway's own configuration, so the benchmark runs the gateway as it is deployed, not a copy of it.
        System.setProperty("micronaut.config.files",
            argument(args, "gateway-config", "gateway/app/src/main/resources/application.yml"));
        try (var postgres = PostgresLocator.fromEnvironment().locate(Optional.empty());
             var kafka = KafkaLocator.fromEnvironment().locate(Optional.empty(), 0);
             var signIn = NoSignInDiscovery.start()) {
            var server = postgres.server();
            server.ensureDatabase(DATABASE);
            var prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + ".";
            var messages = IdeaMessagesOnKafka.load(kafka.bootstrapServers(), prefix, ideas);
            var only = argument(args, "only", "");
            var runs = new ArrayList<Run>();
            for (var way : Way.values()) {
                if (only.isEmpty() || way.name().equalsIgnoreCase(only)) {
                    runs.add(timeApplying(server, kafka.bootstrapServers(), signIn.issuer(), prefix, messages, way));
                    System.out.printf("%s: %,d messages in %.2f s, %,.0f messages/s%n", way, runs.get(runs.size() - 1)
                        .messages(), runs.get(runs.size() - 1).seconds(), runs.get(runs.size() - 1).messagesPerSecond());
                }
            }
            if (!only.isEmpty()) {
                // For profiling one way: reported on the console only.
                return;
            }
            Machine machine;
            try (var connection = server.connect(DATABASE)) {
                machine = Machine.describe(DSL.using(connection, SQLDialect.POSTGRES));
            }
            var section = ApplyReport.markdown(machine, ideas, runs);
            ApplyReport.writeInto(document, section);
            System.out.println(section);
        }
    }

    /** Seconds from the first message applied to the last, as PostgreSQL's clock tells. */
    static Run timeApplying(PostgresServer server, String bootstrapServers, String issuer, String prefix,
                            int messages, Way way) throws Exception {
        var schema = "bench_apply_" + way.name().toLowerCase(java.util.Locale.ROOT);
        server.dropSchema(DATABASE, schema);
        server.ensureSchema(DATABASE, schema);
        var properties = new HashMap<String, Object>();
        properties.put("datasources.default.url", server.jdbcUrl(DATABASE, schema));
        properties.put("datasources.default.username", server.user());
        properties.put("datasources.default.password", server.password());
        properties.put("flyway.datasources.default.default-schema", schema);
        properties.put("flyway.datasources.default.schemas", schema);
        properties.put("samskap.database.schema", schema);
        properties.put("samskap.messaging.bootstrap-servers", bootstrapServers);
        properties.put("samskap.messaging.topic-prefix", prefix);
        properties.put("samskap.messaging.consumer-group", "bench-apply-" + UUID.randomUUID());
        properties.put("samskap.messaging.consumer.apply-in-batches", way.inBatches);
        properties.put("samskap.messaging.consumer.parallel-transactions", way.transactions);
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.oauth2.clients.keycloak.openid.issuer", issuer);
        // One connection, asked ten times a second: a new connection for each look forked a PostgreSQL backend each
        // time and took CPU from the run it measures.
        try (var gateway = ApplicationContext.run(properties);
             var connection = server.connect(DATABASE)) {
            var deadline = Instant.now().plus(LONGEST);
            while (true) {
                var progress = progress(connection, schema);
                if (progress.applied() >= messages) {
                    return new Run(way, progress.applied(), progress.seconds());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Applied only " + progress.applied() + " of " + messages
                        + " messages in " + LONGEST + ".");
                }
                Thread.sleep(100);
            }
        }
    }

    private static Progress progress(Connection connection, String schema) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("select count(*), coalesce(extract(epoch from "
                 + "clock_timestamp() - min(processed_at)), 0) from " + schema + ".processed_message")) {
            rows.next();
            return new Progress(rows.getLong(1), rows.getDouble(2));
        }
    }

    private static String argument(String[] args, String name, String fallback) {
        for (var arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private record Progress(long applied, double seconds) {
    }

    /** The ways of applying compared, each in a run of its own. The gateway runs with the third (ADR 0068, 0072). */
    enum Way {
        RECORDS("a transaction and an offset commit per record (before ADR 0044)", false, 1),
        POLLS("a transaction and an offset commit per poll (ADR 0044)", true, 1),
        PARTITIONS("a poll's partitions in three transactions side by side (ADR 0068, 0072)", true, 3);

        final String how;
        final boolean inBatches;
        final int transactions;

        Way(String how, boolean inBatches, int transactions) {
            this.how = how;
            this.inBatches = inBatches;
            this.transactions = transactions;
        }
    }

    record Run(Way way, long messages, double seconds) {

        double messagesPerSecond() {
            return messages / seconds;
        }
    }
}
