package no.samskap.platform.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.scram.ScramLoginModule;

import java.time.Duration;
import java.util.Map;

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
    @NotNull Relay relay,
    @NotNull Authentication authentication) {

    @ConfigurationProperties("relay")
    public record Relay(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1s") @NotNull Duration pollInterval,
        @Bindable(defaultValue = "200") @Min(1) int batchSize,
        @Bindable(defaultValue = "15s") @NotNull Duration sendTimeout,
        @Bindable(defaultValue = "7d") @NotNull Duration retention) {
    }

    /**
     * How this deployable proves who it is to Kafka: {@code none} on a plain listener (the local start, tests), or a
     * SASL SCRAM mechanism with the user and password of its Strimzi {@code KafkaUser}, whose ACLs allow only its own
     * topics and consumer group.
     */
    @ConfigurationProperties("authentication")
    public record Authentication(
        @Bindable(defaultValue = NONE) @Pattern(regexp = NONE + "|SCRAM-SHA-256|SCRAM-SHA-512") String mechanism,
        @Bindable(defaultValue = "") String username,
        @Bindable(defaultValue = "") String password) {

        static final String NONE = "none";

        /** What every Kafka client of this deployable (consumer, relay producer, admin) adds to its own settings. */
        public Map<String, Object> clientSettings() {
            if (NONE.equals(mechanism)) {
                return Map.of();
            }
            return Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, mechanism,
                SaslConfigs.SASL_JAAS_CONFIG, ScramLoginModule.class.getName() + " required username=" + quoted(username)
                    + " password=" + quoted(password) + ";");
        }

        /** JAAS reads a quoted value with backslash escapes; a generated password may hold a quote. */
        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
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
