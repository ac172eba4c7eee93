package no.samskap.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.messaging.TopicProvisioner;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * A transactional, acks=all producer that sends each claimed batch in one Kafka transaction and returns only when
 * the broker committed all of it. After any failure it is closed and rebuilt, so a fenced or broken producer never
 * sends again. The transaction is what keeps each aggregate's messages in order through a broker outage: without it
 * a batch that expired in the producer could leave a later message of the same idea on the log ahead of an earlier
 * one, which {@code FaultsIT} caught (ADR 0052).
 */
@Singleton
class RelayProducer {

    private final MessagingConfiguration configuration;
    private final TopicProvisioner topics;
    private final Set<String> provisionedTopics = new HashSet<>();
    /** One per relay for the life of the process, so a rebuilt producer fences and aborts what the last one left open. */
    private final String transactionalId;
    private KafkaProducer<String, byte[]> producer;

    RelayProducer(MessagingConfiguration configuration, TopicProvisioner topics) {
        this.configuration = configuration;
        this.topics = topics;
        this.transactionalId = configuration.groupId() + "-outbox-relay-" + UUID.randomUUID();
    }

    void sendAndAwait(List<ClaimedMessage> messages) throws InterruptedException, ExecutionException, TimeoutException {
        provisionTopicsOf(messages);
        try {
            var producer = producer();
            producer.beginTransaction();
            OrderedSend.sendAndAwait(producer, messages, configuration.relay().sendTimeout());
            producer.commitTransaction();
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            abandon();
            throw e;
        }
    }

    /**
     * Closes without waiting: a record queued behind one that failed must not be sent ahead of it. Whatever of the
     * batch did reach the broker stays in an open transaction that the next producer, under the same transactional
     * id, aborts when it starts, so no read-committed consumer ever sees it.
     */
    private synchronized void abandon() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
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
            var settings = new HashMap<String, Object>(configuration.authentication().clientSettings());
            settings.putAll(Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.bootstrapServers()),
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, configuration.groupId() + "-outbox-relay"),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                Map.entry(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(timeout * 2, 10_000)),
                Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, 0),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2)),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout),
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeout / 2))));
            var created = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
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
