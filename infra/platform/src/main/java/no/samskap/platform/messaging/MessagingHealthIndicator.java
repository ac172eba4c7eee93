package no.samskap.platform.messaging;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import no.samskap.platform.consumption.HeldMessageDesk;
import no.samskap.platform.consumption.MessageConsumer;
import no.samskap.platform.outbox.OutboxRelay;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;

/**
 * Reports the service as down when its relay or consumer thread has died, so an orchestrator restarts it
 * instead of leaving a service up that silently stopped publishing or reading.
 */
@Singleton
@Liveness
@Requires(beans = {OutboxRelay.class, MessageConsumer.class})
final class MessagingHealthIndicator implements HealthIndicator {

    private final MessagingConfiguration configuration;
    private final OutboxRelay relay;
    private final MessageConsumer consumer;
    private final HeldMessageDesk heldMessages;

    MessagingHealthIndicator(MessagingConfiguration configuration, OutboxRelay relay, MessageConsumer consumer,
                             HeldMessageDesk heldMessages) {
        this.configuration = configuration;
        this.relay = relay;
        this.consumer = consumer;
        this.heldMessages = heldMessages;
    }

    /** Held messages leave the service up: restarting it would not apply them (ADR 0044). */
    private Object heldMessagesOrUnknown() {
        try {
            return heldMessages.count();
        } catch (RuntimeException databaseAway) {
            return "unknown";
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        var details = new LinkedHashMap<String, Object>();
        var healthy = true;
        if (configuration.relay().enabled()) {
            details.put("relay", relay.isRelaying() ? "running" : "stopped");
            healthy = relay.isRelaying();
        }
        if (consumer.hasHandlers()) {
            details.put("consumer", consumer.isConsuming() ? "running" : "stopped");
            healthy = healthy && consumer.isConsuming();
            details.put("heldMessages", heldMessagesOrUnknown());
        }
        return Publishers.just(HealthResult.builder("messaging", healthy ? HealthStatus.UP : HealthStatus.DOWN)
            .details(details).build());
    }
}
