package no.samskap.platform.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Where Kafka is and how this service talks to it. {@code topic-prefix} lets several installations (or
 * test classes) share one cluster without seeing each other's messages.
 */
@ConfigurationProperties("samskap.messaging")
public record MessagingConfiguration(
    @NotBlank String bootstrapServers,
    @Bindable(defaultValue = "") String topicPrefix,
    @NotBlank String consumerGroup,
    @Bindable(defaultValue = "3") @Min(1) int partitions,
    @NotNull Relay relay) {

    @ConfigurationProperties("relay")
    public record Relay(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1s") @NotNull Duration pollInterval,
        @Bindable(defaultValue = "200") @Min(1) int batchSize,
        @Bindable(defaultValue = "15s") @NotNull Duration sendTimeout,
        @Bindable(defaultValue = "7d") @NotNull Duration retention) {
    }

    public String topic(no.samskap.contract.AggregateType aggregateType) {
        return topicPrefix + aggregateType.topic();
    }

    /**
     * The consumer group as Kafka knows it: the prefix goes in front here too. Installations (and test classes) that
     * share a cluster read different topics; in one group every start and stop of one of them would make Kafka
     * rebalance the others, fail their offset commits and stall their reading for a session timeout.
     */
    public String groupId() {
        return topicPrefix + consumerGroup;
    }
}
