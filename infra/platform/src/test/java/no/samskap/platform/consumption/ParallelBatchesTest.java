package no.samskap.platform.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelBatchesTest {

    private static final TopicPartition FIRST = new TopicPartition("samskap.idea", 0);
    private static final TopicPartition SECOND = new TopicPartition("samskap.idea", 1);
    private static final TopicPartition THIRD = new TopicPartition("samskap.idea", 2);

    @Test
    void appliesThePartitionsOfAPollInTransactionsSideBySide() {
        var meeting = new CyclicBarrier(3);
        var batch = new RecordingBatch() {
            @Override
            boolean applyAll(List<ConsumerRecord<String, byte[]>> records, Set<AggregateKey> held) {
                super.applyAll(records, held);
                await(meeting);
                return true;
            }
        };
        try (var batches = new ParallelBatches(batch, 3)) {
            var committed = batches.apply(poll(Map.of(FIRST, 4, SECOND, 2, THIRD, 3)), new HashSet<>());

            assertEquals(Set.of(FIRST, SECOND, THIRD), committed);
            assertEquals(3, batch.threads.size(), "three transactions met, so they ran at the same time");
            assertEquals(3, batch.groups.size());
            batch.groups.forEach(group -> assertEquals(1, partitionsOf(group).size(), "a partition per transaction"));
        }
    }

    @Test
    void keepsEachPartitionWholeAndInOrderWithinOneTransaction() {
        var batch = new RecordingBatch();
        try (var batches = new ParallelBatches(batch, 2)) {
            batches.apply(poll(Map.of(FIRST, 5, SECOND, 3, THIRD, 1)), new HashSet<>());
        }

        assertEquals(2, batch.groups.size());
        var seen = new HashSet<Integer>();
        for (var group : batch.groups) {
            for (var partition : partitionsOf(group)) {
                assertTrue(seen.add(partition), "partition " + partition + " was split over two transactions");
                var offsets = group.stream().filter(record -> record.partition() == partition)
                    .map(ConsumerRecord::offset).toList();
                assertEquals(offsets.stream().sorted().toList(), offsets, "records of " + partition + " in order");
            }
        }
        assertEquals(Set.of(0, 1, 2), seen);
    }

    @Test
    void appliesTheWholePollInOneTransactionOnTheCallersThreadWhenThatIsAllItMayUse() {
        var batch = new RecordingBatch();
        try (var batches = new ParallelBatches(batch, 1)) {
            batches.apply(poll(Map.of(FIRST, 2, SECOND, 2, THIRD, 2)), new HashSet<>());
        }

        assertEquals(1, batch.groups.size());
        assertEquals(6, batch.groups.get(0).size());
        assertEquals(Set.of(Thread.currentThread().getName()), batch.threads.keySet());
    }

    @Test
    void leavesTheRecordsOfATransactionThatRolledBackAndTheAggregatesItHeldToTheCaller() {
        var batch = new RecordingBatch() {
            @Override
            boolean applyAll(List<ConsumerRecord<String, byte[]>> records, Set<AggregateKey> held) {
                super.applyAll(records, held);
                held.add(AggregateKey.of(records.get(0)));
                return records.get(0).partition() != SECOND.partition();
            }
        };
        var held = new HashSet<AggregateKey>();
        Set<TopicPartition> committed;
        try (var batches = new ParallelBatches(batch, 3)) {
            committed = batches.apply(poll(Map.of(FIRST, 1, SECOND, 1, THIRD, 1)), held);
        }

        assertEquals(Set.of(FIRST, THIRD), committed);
        assertEquals(Set.of("key-0-0", "key-2-0"), held.stream().map(AggregateKey::key).collect(
            java.util.stream.Collectors.toSet()), "what the rolled back transaction held is not held");
    }

    private static ConsumerRecords<String, byte[]> poll(Map<TopicPartition, Integer> recordsByPartition) {
        var records = new HashMap<TopicPartition, List<ConsumerRecord<String, byte[]>>>();
        recordsByPartition.forEach((partition, count) -> {
            var list = new ArrayList<ConsumerRecord<String, byte[]>>();
            for (int offset = 0; offset < count; offset++) {
                list.add(new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
                    "key-" + partition.partition() + "-" + offset, new byte[0]));
            }
            records.put(partition, list);
        });
        return new ConsumerRecords<>(records);
    }

    private static Set<Integer> partitionsOf(List<ConsumerRecord<String, byte[]>> group) {
        var partitions = new HashSet<Integer>();
        group.forEach(record -> partitions.add(record.partition()));
        return partitions;
    }

    private static void await(CyclicBarrier meeting) {
        try {
            meeting.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the transactions did not meet", e);
        }
    }

    private static class RecordingBatch extends BatchApplier {
        final List<List<ConsumerRecord<String, byte[]>>> groups = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> threads = new ConcurrentHashMap<>();

        RecordingBatch() {
            super(null, null, null);
        }

        @Override
        boolean applyAll(List<ConsumerRecord<String, byte[]>> records, Set<AggregateKey> held) {
            groups.add(List.copyOf(records));
            threads.put(Thread.currentThread().getName(), true);
            return true;
        }
    }
}
