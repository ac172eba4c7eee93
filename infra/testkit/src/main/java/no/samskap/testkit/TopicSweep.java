package no.samskap.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Reads every record of every topic on a broker (or those under a prefix) from the start, and names each whose key
 * or value holds one of the words looked for: a check that no message ever carried a person's name or address.
 */
public final class TopicSweep {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String topicPrefix;

    public TopicSweep(String bootstrapServers, String topicPrefix) {
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = topicPrefix;
    }

    public Result lookFor(String... words) throws InterruptedException, ExecutionException {
        var lowered = List.of(words).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
             var consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                 ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                 new ByteArrayDeserializer())) {
            var topics = admin.listTopics().names().get().stream()
                .filter(topic -> topic.startsWith(topicPrefix) && !topic.startsWith("__")).sorted().toList();
            var partitions = new ArrayList<TopicPartition>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(description ->
                description.partitions().forEach(partition ->
                    partitions.add(new TopicPartition(description.name(), partition.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            var found = new ArrayList<String>();
            var read = 0L;
            var deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read every topic within " + PATIENCE.toSeconds() + " s");
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    var text = (record.key() + " " + (record.value() == null ? ""
                        : new String(record.value(), StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT);
                    if (lowered.stream().anyMatch(text::contains)) {
                        found.add(record.topic() + "@" + record.partition() + ":" + record.offset() + " " + text);
                    }
                }
            }
            return new Result(topics.size(), read, found);
        }
    }

    /** How many topics and records were read, and each record that held a word looked for. */
    public record Result(int topics, long records, List<String> found) {
    }
}
