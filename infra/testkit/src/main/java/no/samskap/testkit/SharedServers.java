package no.samskap.testkit;

import no.samskap.runtime.KafkaBroker;
import no.samskap.runtime.KafkaLocator;
import no.samskap.runtime.PostgresLocator;
import no.samskap.runtime.PostgresServer;

import java.util.Optional;

/**
 * One PostgreSQL and one Kafka broker for the whole test JVM, found or started on first use and stopped when
 * the JVM exits. Starting them once keeps the suite fast; fresh schemas and topic names keep classes apart.
 */
final class SharedServers {

    static final String TEST_DATABASE = "samskap_test";

    private static SharedServers instance;

    private final PostgresServer postgres;
    private final KafkaLocator.Located kafka;

    private SharedServers(PostgresServer postgres, KafkaLocator.Located kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static synchronized SharedServers get() {
        if (instance == null) {
            var postgres = PostgresLocator.fromEnvironment().locate(Optional.empty());
            postgres.server().ensureDatabase(TEST_DATABASE);
            var kafka = KafkaLocator.fromEnvironment().locate(Optional.empty(), 0);
            instance = new SharedServers(postgres.server(), kafka);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
            }, "samskap-test-servers-shutdown"));
        }
        return instance;
    }

    PostgresServer postgres() {
        return postgres;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    Optional<KafkaBroker> kafkaBroker() {
        return kafka.broker();
    }
}
