package no.samskap.platform.consumption;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.messaging.TopicProvisioner;
import no.samskap.platform.schema.PlatformSchema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the topics of every {@link MessageHandler} in this service on one thread and applies each record
 * once, a poll's records in one transaction. Offsets are committed once per poll, only after the records before
 * them were applied or held, so a crash replays instead of skipping, and the processed-message table turns the
 * replay into no change.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class MessageConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MessageConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int FAILURES_BEFORE_UNHEALTHY = 3;
    private static final int FETCHED_PER_PARTITION_SIDE_BY_SIDE = 64 * 1024;

    private final MessagingConfiguration configuration;
    private final TopicProvisioner topics;
    private final RecordApplier applier;
    private final BatchApplier batch;
    private final HeldMessages held;
    private final TransactionOperations<Connection> transactions;
    private final RetryPause pause;
    private final ProcessedMessagePurge purge;
    private final HandlersByTopic handlersByTopic;
    private final boolean applyInBatches;
    private final int parallelTransactions;
    private final Duration maxPollInterval;
    private final ConsumerLag lag;
    private volatile Worker worker;

    MessageConsumer(MessagingConfiguration configuration, TopicProvisioner topics, Appliers appliers,
                    ProcessedMessagePurge purge, HandlersByTopic handlersByTopic, PlatformSchema migratedFirst,
                    @Value("${samskap.messaging.consumer.apply-in-batches:true}") boolean applyInBatches,
                    @Value("${samskap.messaging.consumer.parallel-transactions:1}") int parallelTransactions,
                    @Value("${samskap.messaging.consumer.max-poll-interval:5m}") Duration maxPollInterval,
                    ConsumerLag lag) {
        if (parallelTransactions < 1) {
            throw new IllegalArgumentException(
                "samskap.messaging.consumer.parallel-transactions must be at least 1, was " + parallelTransactions);
        }
        this.configuration = configuration;
        this.topics = topics;
        this.applier = appliers.recordByRecord();
        this.batch = appliers.batch();
        this.held = appliers.held();
        this.transactions = appliers.transactions();
        this.pause = appliers.pause();
        this.purge = purge;
        this.handlersByTopic = handlersByTopic;
        this.applyInBatches = applyInBatches;
        this.parallelTransactions = parallelTransactions;
        this.maxPollInterval = maxPollInterval;
        this.lag = lag;
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
        if (worker != null && worker.running) {
            return;
        }
        topics.ensure(handlersByTopic.topics());
        worker = new Worker(fromTheBeginning);
        worker.thread.start();
        LOG.info("Consuming {} as group {}.", handlersByTopic.topics(), configuration.groupId());
    }

    public boolean hasHandlers() {
        return !handlersByTopic.isEmpty();
    }

    /** False once stopped, and while the worker has failed several times in a row and keeps reopening. */
    public boolean isConsuming() {
        var current = worker;
        return current != null && current.running && current.thread.isAlive()
            && current.failuresInARow < FAILURES_BEFORE_UNHEALTHY;
    }

    /**
     * Wakes the worker and waits a while for it. A worker still inside a slow handler then finishes on its own
     * consumer and stops, so a worker started after it never shares a Kafka consumer with it.
     */
    public synchronized void stop() {
        if (worker == null || !worker.running) {
            return;
        }
        worker.running = false;
        var stopping = worker.consumer;
        if (stopping != null) {
            stopping.wakeup();
        }
        try {
            worker.thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One consuming thread with the Kafka consumer it owns. When Kafka fails the loop (a commit refused after a
     * rebalance, a timeout while the broker is slow), it closes the consumer and opens another after a pause, which
     * goes on from the last committed offset; what it applies twice, the processed-message marks skip.
     */
    private final class Worker implements Runnable {

        final Thread thread = new Thread(this, "message-consumer");
        volatile boolean running = true;
        volatile KafkaConsumer<String, byte[]> consumer;
        final ParallelBatches batches = new ParallelBatches(batch, parallelTransactions);
        /** Until an offset is committed after a rewind, a reopened consumer rewinds again. */
        private boolean rewindPending;
        volatile int failuresInARow;

        Worker(boolean fromTheBeginning) {
            this.rewindPending = fromTheBeginning;
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                consumer = subscribed();
                var failed = false;
                try {
                    consumeUntilFailure();
                } catch (WakeupException stopping) {
                    LOG.debug("Message consumer woken up to stop.");
                } catch (RuntimeException e) {
                    failed = true;
                    failuresInARow++;
                    LOG.error("Message consumer failed ({} in a row); opening it again: {}", failuresInARow,
                        RecordApplier.reason(e), e);
                } finally {
                    lag.forget();
                    consumer.close(Duration.ofSeconds(5));
                }
                if (failed) {
                    pause.after(failuresInARow);
                }
            }
            batches.close();
        }

        private KafkaConsumer<String, byte[]> subscribed() {
            var settings = new HashMap<String, Object>(configuration.authentication().clientSettings());
            settings.putAll(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, configuration.groupId(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000,
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) maxPollInterval.toMillis()));
            if (parallelTransactions > 1) {
                // A poll takes records from one partition's fetched data until it is used up: fetched a megabyte at a
                // time, a backlog would come a partition at a time and leave nothing to apply side by side.
                settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, FETCHED_PER_PARTITION_SIDE_BY_SIDE);
            }
            var opened = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
            if (rewindPending) {
                opened.subscribe(handlersByTopic.topics(), new RewindOnFirstAssignment(opened));
            } else {
                opened.subscribe(handlersByTopic.topics());
            }
            return opened;
        }

        private void consumeUntilFailure() {
            while (running) {
                var records = consumer.poll(POLL);
                lag.measure(consumer, records);
                if (!records.isEmpty()) {
                    applyPoll(records);
                    lag.measure(consumer, ConsumerRecords.empty());
                }
                purge.whenDue();
                failuresInARow = 0;
            }
        }

        /**
         * Applies the poll in one transaction, or in several side by side ({@link ParallelBatches}), and commits every
         * partition's offset after it. With {@code samskap.messaging.consumer.apply-in-batches: false} it applies and
         * commits record by record, as before ADR 0044, which the apply-rate benchmark measures as its baseline. The
         * partitions of a transaction that rolled back it applies again record by record; when one record must be
         * retried there, its partition is rewound to it and the rest of that partition waits for the next poll, while
         * other partitions go on, since order only matters within an aggregate, and an aggregate lives on one
         * partition.
         */
        private void applyPoll(ConsumerRecords<String, byte[]> records) {
            Set<AggregateKey> heldAggregates;
            try {
                heldAggregates = transactions.executeRead(status -> held.heldAggregates());
            } catch (RuntimeException e) {
                LOG.warn("Could not read which aggregates are held; will poll these {} records again: {}",
                    records.count(), e.getMessage());
                records.partitions().forEach(partition -> consumer.seek(partition,
                    records.records(partition).get(0).offset()));
                pause.after(1);
                return;
            }
            var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
            var applied = applyInBatches ? batches.apply(records, heldAggregates) : Set.<TopicPartition>of();
            applied.forEach(partition -> offsets.put(partition, after(records.records(partition))));
            for (var partition : records.partitions()) {
                if (!applied.contains(partition)) {
                    applyInOrder(partition, records.records(partition), heldAggregates, offsets);
                }
            }
            if (!offsets.isEmpty()) {
                commit(offsets);
            }
        }

        private void applyInOrder(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records,
                                  Set<AggregateKey> heldAggregates, Map<TopicPartition, OffsetAndMetadata> offsets) {
            var handler = handlersByTopic.of(partition.topic());
            for (var record : records) {
                if (applier.apply(handler, record, heldAggregates) == RecordApplier.Outcome.RETRY_LATER) {
                    consumer.seek(partition, record.offset());
                    return;
                }
                offsets.put(partition, new OffsetAndMetadata(record.offset() + 1));
                if (!applyInBatches) {
                    commit(Map.of(partition, offsets.get(partition)));
                }
            }
        }

        private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            consumer.commitSync(offsets);
            rewindPending = false;
        }
    }

    private static OffsetAndMetadata after(List<ConsumerRecord<String, byte[]>> records) {
        return new OffsetAndMetadata(records.get(records.size() - 1).offset() + 1);
    }
}
