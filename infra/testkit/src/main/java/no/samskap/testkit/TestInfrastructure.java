package no.samskap.testkit;

import no.samskap.runtime.KafkaBroker;
import no.samskap.runtime.PostgresServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What one test class gets: fresh PostgreSQL schemas (dropped after the class), a topic prefix of its own on
 * the shared broker, and the Micronaut properties that point a service at both.
 */
public final class TestInfrastructure {

    private final SharedServers servers;
    private final String classTag;
    private final String topicPrefix;
    private final List<String> schemas = new ArrayList<>();

    TestInfrastructure(SharedServers servers, String className) {
        this.servers = servers;
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var plainName = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        this.classTag = plainName.substring(0, Math.min(20, plainName.length())) + "_" + unique;
        this.topicPrefix = "test-" + unique + ".";
    }

    public PostgresServer postgres() {
        return servers.postgres();
    }

    public String database() {
        return SharedServers.TEST_DATABASE;
    }

    /** Creates a schema no other test class uses, named after the given purpose. */
    public synchronized String freshSchema(String purpose) {
        var plainPurpose = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        var schema = plainPurpose.substring(0, Math.min(20, plainPurpose.length())) + "_" + classTag + "_" + (schemas.size() + 1);
        postgres().ensureSchema(database(), schema);
        schemas.add(schema);
        return schema;
    }

    public String jdbcUrl(String schema) {
        return postgres().jdbcUrl(database(), schema);
    }

    public Connection connect(String schema) throws SQLException {
        var connection = postgres().connect(database());
        connection.setSchema(schema);
        return connection;
    }

    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** The in-process broker, for tests that take Kafka away; absent when KAFKA_BOOTSTRAP_SERVERS names a cluster. */
    public KafkaBroker kafkaBroker() {
        return servers.kafkaBroker().orElseThrow(() -> new IllegalStateException(
            "This test stops the broker, which it can only do with the in-process one; unset KAFKA_BOOTSTRAP_SERVERS"));
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    /**
     * A producer for a test's own messages that never loses or reorders one. An idempotent producer (Kafka's default)
     * whose first batch to a partition made a moment ago meets "not the leader" lets its next batch in first and then
     * has the first refused as out of sequence until the delivery timeout drops it; one batch in flight without
     * sequence numbers retries in order, and what it sends twice consumers skip by message id.
     */
    public KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Properties that point a Samskap Micronaut application at a fresh schema and this class's topics. */
    /**
     * Suites write far faster than people, all from 127.0.0.1: a rate limit no suite meets, per person and per address.
     * A rate-limit test sets small limits for a municipality of its own.
     */
    private static final int GENEROUS_RATE_LIMIT = 1_000_000;

    /** The same generous limits, for a deployable started as a process. */
    public static final Map<String, String> GENEROUS_RATE_LIMITS = Map.of(
        "SAMSKAP_RATE_LIMITS_PERSON_WRITES", String.valueOf(GENEROUS_RATE_LIMIT),
        "SAMSKAP_RATE_LIMITS_ADDRESS_WRITES", String.valueOf(GENEROUS_RATE_LIMIT));

    public Map<String, Object> applicationProperties(String schema) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("datasources.default.url", jdbcUrl(schema));
        properties.put("datasources.default.username", postgres().user());
        properties.put("datasources.default.password", postgres().password());
        properties.put("flyway.datasources.default.default-schema", schema);
        properties.put("flyway.datasources.default.schemas", schema);
        properties.put("samskap.database.schema", schema);
        properties.put("samskap.messaging.bootstrap-servers", kafkaBootstrapServers());
        properties.put("samskap.messaging.topic-prefix", topicPrefix);
        // Fixtures submit the same title again and again; the test of repeated titles turns the check back on.
        properties.put("proposals.repeated-titles.window", "0s");
        properties.put("samskap.rate-limits.person-writes", GENEROUS_RATE_LIMIT);
        properties.put("samskap.rate-limits.address-writes", GENEROUS_RATE_LIMIT);
        return properties;
    }

    void release() {
        schemas.forEach(schema -> postgres().dropSchema(database(), schema));
        schemas.clear();
    }
}
