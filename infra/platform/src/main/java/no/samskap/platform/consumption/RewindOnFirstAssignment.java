package no.samskap.platform.consumption;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Seeks each partition to its first record the first time this consumer is given it, and never again. */
final class RewindOnFirstAssignment implements ConsumerRebalanceListener {

    private final Consumer<?, ?> consumer;
    private final Set<TopicPartition> rewound = new HashSet<>();

    RewindOnFirstAssignment(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        var fresh = partitions.stream().filter(rewound::add).toList();
        if (!fresh.isEmpty()) {
            consumer.seekToBeginning(fresh);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Offsets are committed once a poll is applied, before the next poll, so nothing is pending when partitions go.
    }
}
