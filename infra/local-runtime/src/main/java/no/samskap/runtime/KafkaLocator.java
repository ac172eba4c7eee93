package no.samskap.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Kafka cluster to use: the one named by {@code KAFKA_BOOTSTRAP_SERVERS}, else a real broker
 * started in this JVM from Apache Kafka's own jars.
 */
public final class KafkaLocator {

    private final Map<String, String> environment;

    public KafkaLocator(Map<String, String> environment) {
        this.environment = environment;
    }

    public static KafkaLocator fromEnvironment() {
        return new KafkaLocator(System.getenv());
    }

    /** @param logDirectory where an in-process broker keeps its log, or empty for a throw-away one */
    public Located locate(Optional<Path> logDirectory, int port) {
        var external = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return new Located(external, Optional.empty());
        }
        var broker = logDirectory.map(dir -> KafkaBroker.startIn(dir, port)).orElseGet(KafkaBroker::startTemporary);
        return new Located(broker.bootstrapServers(), Optional.of(broker));
    }

    /** Bootstrap servers, and the broker when this JVM runs it. */
    public record Located(String bootstrapServers, Optional<KafkaBroker> broker) implements AutoCloseable {
        @Override
        public void close() {
            broker.ifPresent(KafkaBroker::stop);
        }
    }
}
