package no.samskap.platform.consumption;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.TreeMap;

/**
 * Readiness, not liveness: the deployable is not ready while its consumer is more than
 * {@code samskap.messaging.consumer.ready-lag-bound} records behind on any topic, since its read models would answer
 * with a past that far back; it is ready again once it has caught up. Restarting it would not help, so liveness does
 * not look at lag (ADR 0054). A lag not known yet (before the first fetch) does not count as behind.
 */
@Singleton
@Requires(beans = MessageConsumer.class)
final class ConsumerLagReadiness implements HealthIndicator {

    private final MessageConsumer consumer;
    private final ConsumerLag lag;
    private final long bound;

    ConsumerLagReadiness(MessageConsumer consumer, ConsumerLag lag,
                         @Value("${samskap.messaging.consumer.ready-lag-bound:10000}") long bound) {
        this.consumer = consumer;
        this.lag = lag;
        this.bound = bound;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        if (!consumer.hasHandlers()) {
            return Publishers.empty();
        }
        var byTopic = new TreeMap<>(lag.byTopic());
        var behind = byTopic.values().stream().anyMatch(records -> records > bound);
        var details = new TreeMap<String, Object>();
        details.put("lagByTopic", byTopic);
        details.put("readyLagBound", bound);
        return Publishers.just(HealthResult.builder("consumerLag", behind ? HealthStatus.DOWN : HealthStatus.UP)
            .details(details).build());
    }
}
