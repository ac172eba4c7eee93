package no.samskap.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.messaging.TopicProvisioner;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An idempotent, acks=all producer that sends a batch and returns only when the broker acknowledged every
 * record. After any failure it is closed and rebuilt, so a fenced or broken producer never sends again.
 */
@Singleton
class RelayProducer {

    private final MessagingConfiguration configuration;
    private final TopicProvisioner topics;
    private final Set<String> provisionedTopics = new HashSet<>();
    private KafkaProducer<String, byte[]> producer;

    RelayProducer(MessagingConfiguration configuration, TopicProvisioner topics) {
        this.configuration = configuration;
        this.topics = topics;
    }

    void sendAndAwait(List<ClaimedMessage> messages) throws InterruptedException, ExecutionException, TimeoutException {
        var sendTimeout = configuration.relay().sendTimeout();
        provisionTopicsOf(messages);
        try {
            var acknowledgements = new ArrayList<Future<RecordMetadata>>(messages.size());
            for (var message : messages) {
                acknowledgements.add(producer().send(new ProducerRecord<>(message.topic(), message.key(),
                    message.envelope().getBytes(StandardCharsets.UTF_8))));
            }
            producer().flush();
            for (var acknowledgement : acknowledgements) {
                acknowledgement.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** Creates each topic once, with the configured partitions, before the broker would auto-create it. */
    private void provisionTopicsOf(List<ClaimedMessage> messages) {
        var unseen = messages.stream().map(ClaimedMessage::topic).filter(topic -> !provisionedTopics.contains(topic))
            .collect(java.util.stream.Collectors.toSet());
        if (!unseen.isEmpty() && topics.ensure(unseen)) {
            provisionedTopics.addAll(unseen);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            var timeout = (int) configuration.relay().sendTimeout().toMillis();
            producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, configuration.consumerGroup() + "-outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeout / 2)),
                new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void discard() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
