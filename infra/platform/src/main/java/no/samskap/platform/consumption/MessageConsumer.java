package no.samskap.platform.consumption;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.messaging.TopicProvisioner;
import no.samskap.platform.schema.PlatformSchema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the topics of every {@link MessageHandler} in this service on one thread and applies each record
 * once. Offsets are committed only after the records before them were applied, so a crash replays instead
 * of skipping, and the processed-message table turns the replay into no change.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class MessageConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MessageConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final MessagingConfiguration configuration;
    private final TopicProvisioner topics;
    private final RecordApplier applier;
    private final ProcessedMessagePurge purge;
    private final Map<String, MessageHandler> handlersByTopic;
    private volatile boolean running;
    private Thread worker;
    private KafkaConsumer<String, byte[]> consumer;

    MessageConsumer(MessagingConfiguration configuration, TopicProvisioner topics, RecordApplier applier,
                    ProcessedMessagePurge purge, List<MessageHandler> handlers, PlatformSchema migratedFirst) {
        this.configuration = configuration;
        this.topics = topics;
        this.applier = applier;
        this.purge = purge;
        this.handlersByTopic = handlers.stream().collect(Collectors.groupingBy(
                handler -> configuration.topic(handler.source()), Collectors.toList()))
            .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> HandlersOfOneTopic.of(entry.getValue())));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!handlersByTopic.isEmpty()) {
            start();
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        start(false);
    }

    /**
     * Starts reading every topic from its first record again, whatever offsets the group committed; the
     * caller has wiped the read models and processed-message ids first ({@link ReadModelReplay}).
     */
    synchronized void startFromTheBeginning() {
        start(true);
    }

    private void start(boolean fromTheBeginning) {
        if (running) {
            return;
        }
        topics.ensure(handlersByTopic.keySet());
        consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, configuration.consumerGroup(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
            ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000),
            new StringDeserializer(), new ByteArrayDeserializer());
        if (fromTheBeginning) {
            consumer.subscribe(handlersByTopic.keySet(), new RewindOnFirstAssignment(consumer));
        } else {
            consumer.subscribe(handlersByTopic.keySet());
        }
        running = true;
        worker = new Thread(this::consumeUntilStopped, "message-consumer");
        worker.setDaemon(true);
        worker.start();
        LOG.info("Consuming {} as group {}.", handlersByTopic.keySet(), configuration.consumerGroup());
    }

    /**
     * Applies one partition's records in order and commits after each. When one must be retried, the
     * partition is rewound to it and the rest of this partition's records wait for the next poll; other
     * partitions go on, since order only matters within an aggregate, and an aggregate lives on one partition.
     */
    private void applyInOrder(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        var handler = handlersByTopic.get(partition.topic());
        for (var record : records) {
            if (applier.apply(handler, record) == RecordApplier.Outcome.RETRY_LATER) {
                consumer.seek(partition, record.offset());
                return;
            }
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        }
    }

    public boolean hasHandlers() {
        return !handlersByTopic.isEmpty();
    }

    public boolean isConsuming() {
        return running && worker != null && worker.isAlive();
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            worker.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consumeUntilStopped() {
        try {
            while (running) {
                var records = consumer.poll(POLL);
                for (var partition : records.partitions()) {
                    applyInOrder(partition, records.records(partition));
                }
                purge.whenDue();
            }
        } catch (WakeupException stopping) {
            LOG.debug("Message consumer woken up to stop.");
        } catch (RuntimeException e) {
            LOG.error("Message consumer stopped on an unexpected failure; restart the service.", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
