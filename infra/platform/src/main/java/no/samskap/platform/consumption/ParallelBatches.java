package no.samskap.platform.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a poll in up to {@code samskap.messaging.consumer.parallel-transactions} transactions at once, each holding
 * whole partitions, so a read model's writes can use more than one database backend (ADR 0068). Order only matters
 * within an aggregate and an aggregate lives on one partition, so partitions may go side by side; what several
 * aggregates share, a read model gathers and writes just before commit ({@link BeforeCommit}). With one transaction
 * the poll is applied as one batch on the consumer's own thread (ADR 0044).
 */
final class ParallelBatches implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final BatchApplier batch;
    private final int transactions;
    private final ExecutorService others;

    ParallelBatches(BatchApplier batch, int transactions) {
        this.batch = batch;
        this.transactions = transactions;
        var pool = POOLS.incrementAndGet();
        var threads = new AtomicInteger();
        this.others = transactions == 1 ? null : Executors.newFixedThreadPool(transactions - 1, work -> {
            var thread = new Thread(work, "message-applier-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Applies the records, each group of partitions in a transaction of its own; {@code heldAggregates} gains the
     * aggregates held on the way. Returns the partitions whose transaction committed; the others rolled back whole
     * and are left for the caller to apply record by record.
     */
    Set<TopicPartition> apply(ConsumerRecords<String, byte[]> records, Set<AggregateKey> heldAggregates) {
        var groups = groups(records);
        var outcomes = new ArrayList<Future<Group>>();
        for (var group : groups.subList(1, groups.size())) {
            outcomes.add(others.submit(() -> group.applyWith(batch, heldAggregates)));
        }
        var applied = new ArrayList<Group>();
        applied.add(groups.get(0).applyWith(batch, heldAggregates));
        for (var outcome : outcomes) {
            applied.add(waitFor(outcome));
        }
        var committed = new HashSet<TopicPartition>();
        for (var group : applied) {
            if (group.committed) {
                committed.addAll(group.partitions);
                heldAggregates.addAll(group.heldAfterwards);
            }
        }
        return committed;
    }

    /** The poll's partitions in at most as many groups as transactions, the largest first into the smallest group. */
    private List<Group> groups(ConsumerRecords<String, byte[]> records) {
        var partitions = new ArrayList<>(records.partitions());
        partitions.sort(Comparator.comparingInt((TopicPartition partition) -> records.records(partition).size())
            .reversed().thenComparing(TopicPartition::toString));
        var groups = new ArrayList<Group>();
        for (int i = 0; i < Math.min(transactions, partitions.size()); i++) {
            groups.add(new Group());
        }
        for (var partition : partitions) {
            var smallest = groups.stream().min(Comparator.comparingInt(group -> group.records.size())).orElseThrow();
            smallest.partitions.add(partition);
            smallest.records.addAll(records.records(partition));
        }
        return groups;
    }

    private static Group waitFor(Future<Group> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a poll's transactions were applied", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (others != null) {
            others.shutdown();
        }
    }

    private static final class Group {
        final List<TopicPartition> partitions = new ArrayList<>();
        final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        final Set<AggregateKey> heldAfterwards = new HashSet<>();
        boolean committed;

        Group applyWith(BatchApplier batch, Set<AggregateKey> heldBefore) {
            heldAfterwards.addAll(heldBefore);
            committed = batch.applyAll(records, heldAfterwards);
            return this;
        }
    }
}
