package no.samskap.platform.consumption;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.platform.observability.Meters;
import no.samskap.platform.messaging.MessagingConfiguration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.util.HashMap;
import java.util.Map;

/**
 * How many records of each topic this consumer has still to apply: for every partition assigned to it, the records
 * between its position and the end of the partition (the last stable offset, since it reads committed records only),
 * plus those polled and not yet applied; summed over the topic's partitions. Measured by the consumer thread after each
 * poll and after applying it, from what the last fetch told, so measuring costs no call to the broker. A topic none of
 * whose partitions has been fetched yet has no known lag: NaN in {@code samskap_consumer_lag}.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public final class ConsumerLag {

    private volatile Map<String, Long> byTopic = Map.of();

    ConsumerLag(MessagingConfiguration configuration, HandlersByTopic handlers,
                BeanProvider<MeterRegistry> registries) {
        var registry = Meters.registry(registries);
        for (var topic : handlers.topics()) {
            Gauge.builder("samskap.consumer.lag", this, lag -> lag.of(topic))
                .tags("topic", topic, "group", configuration.groupId())
                .description("Records of the topic this consumer has still to apply").register(registry);
        }
    }

    /** The lag of every topic known to lag; a topic missing from it is not known to. */
    public Map<String, Long> byTopic() {
        return byTopic;
    }

    void measure(Consumer<?, ?> consumer, ConsumerRecords<?, ?> polledNotApplied) {
        var measured = new HashMap<String, Long>();
        for (var partition : consumer.assignment()) {
            var lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                measured.merge(partition.topic(), lag.getAsLong() + polledNotApplied.records(partition).size(), Long::sum);
            }
        }
        byTopic = Map.copyOf(measured);
    }

    void forget() {
        byTopic = Map.of();
    }

    private double of(String topic) {
        var lag = byTopic.get(topic);
        return lag == null ? Double.NaN : lag;
    }
}
