package no.samskap.systemtests;

import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long fault runs, bounded, on the packaged proposals service and gateway as separate processes: a crash of the
 * service in the middle of a stream of writes, and the broker taken away while writes continue. Each checks that
 * every write a resident was told is stored reaches every read model exactly once — counted, not only present —
 * and in order per idea. Figures of the last run are in docs/reliability.md.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int RESIDENTS = 4;
    private static final int IDEAS_PER_RESIDENT = 40;
    private static final int KILL_AFTER_ANSWERS = 50;
    private static final int STOP_BROKER_AFTER_ANSWERS = 40;
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private TestInfrastructure infrastructure;
    private RunningPlatform platform;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        platform = RunningPlatform.start(infrastructure, Path.of("target/system-test-logs/faults"));
    }

    @AfterAll
    void stop() throws Exception {
        infrastructure.kafkaBroker().start();
        platform.close();
    }

    @Test
    @Order(1)
    void aServiceKilledInTheMiddleOfAStreamOfWritesLosesNothingItAcceptedAndDoublesNothing() throws Exception {
        var residents = residents("crash");
        var writers = startWriting(residents, "Krasj");

        awaitAnswers(residents, KILL_AFTER_ANSWERS);
        platform.proposals.kill();
        Thread.sleep(1_000);
        platform.proposals.start();
        join(writers);

        var accepted = accepted(residents);
        assertEquals(RESIDENTS * IDEAS_PER_RESIDENT, accepted.size() + refused(residents),
            "every write got an answer in the end");
        assertEquals(0, refused(residents), "the restarted service accepts the retried writes: " + refusals(residents));
        assertTrue(residents.stream().mapToInt(r -> r.unanswered.get()).sum() > 0,
            "some writes met the dead service, or the test proved nothing");
        assertStoredOnceEach(accepted);
        assertEveryReadModelHasEachOnce(accepted, Map.of());
        report("service killed", residents, accepted, Map.of());
    }

    @Test
    @Order(2)
    void writesAcceptedWhileTheBrokerIsDownArePublishedAfterwardsInOrderAndAppliedOnce() throws Exception {
        var residents = residents("outage");
        var writers = startWriting(residents, "Brudd");

        awaitAnswers(residents, STOP_BROKER_AFTER_ANSWERS);
        var broker = infrastructure.kafkaBroker();
        broker.stop();
        var outageEnds = System.nanoTime() + OUTAGE.toNanos();
        var renamed = new HashMap<String, String>();
        while (System.nanoTime() < outageEnds) {
            renameSome(residents, renamed);
            Thread.sleep(500);
        }
        assertTrue(unsentInProposalsOutbox() > 0, "writes accepted during the outage wait in the outbox");
        broker.start();
        join(writers);

        var accepted = accepted(residents);
        assertEquals(0, refused(residents), "the service accepts writes while Kafka is down: " + refusals(residents));
        assertEquals(RESIDENTS * IDEAS_PER_RESIDENT, accepted.size());
        assertTrue(!renamed.isEmpty(), "ideas were renamed during the outage");
        assertStoredOnceEach(accepted);
        assertEveryReadModelHasEachOnce(accepted, renamed);
        report("broker stopped for " + OUTAGE.toSeconds() + " s", residents, accepted, renamed);
    }

    /** The figures docs/reliability.md quotes; every assertion above has held when this is printed. */
    private static void report(String fault, List<PersistentResident> residents, Map<String, String> accepted,
                               Map<String, String> renamed) {
        System.out.printf("[faults] %s: %d ideas accepted, %d renamed, %d requests met no answer and were retried, "
                + "0 lost, 0 doubled, each once on the board, in the timeline and in the dashboard%n", fault,
            accepted.size(), renamed.size(), residents.stream().mapToInt(r -> r.unanswered.get()).sum());
    }

    private List<PersistentResident> residents(String run) {
        var residents = new ArrayList<PersistentResident>();
        for (int i = 1; i <= RESIDENTS; i++) {
            residents.add(new PersistentResident(platform, "fault-" + run + "-resident-" + i, "1833"));
        }
        return residents;
    }

    private static List<Thread> startWriting(List<PersistentResident> residents, String titlePrefix) {
        var writers = new ArrayList<Thread>();
        for (int r = 0; r < residents.size(); r++) {
            var resident = residents.get(r);
            var number = r + 1;
            var writer = new Thread(() -> {
                try {
                    for (int i = 1; i <= IDEAS_PER_RESIDENT; i++) {
                        resident.submit(titlePrefix + " " + number + "-" + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "resident-" + number);
            writer.start();
            writers.add(writer);
        }
        return writers;
    }

    /** Renames each resident's newest accepted idea not yet renamed: its edit follows its submission on one key. */
    private static void renameSome(List<PersistentResident> residents, Map<String, String> renamed) throws InterruptedException {
        for (var resident : residents) {
            for (var idea : resident.acceptedIdeaByTitle.entrySet()) {
                if (!renamed.containsKey(idea.getValue())) {
                    var newTitle = idea.getKey() + " (endret)";
                    resident.rename(idea.getValue(), newTitle);
                    if (resident.editedTitleByIdea.containsKey(idea.getValue())) {
                        renamed.put(idea.getValue(), newTitle);
                    }
                    break;
                }
            }
        }
    }

    private static void join(List<Thread> writers) throws InterruptedException {
        for (var writer : writers) {
            writer.join(Duration.ofSeconds(240).toMillis());
            assertTrue(!writer.isAlive(), writer.getName() + " is still writing");
        }
    }

    private static void awaitAnswers(List<PersistentResident> residents, int answers) {
        eventually(Duration.ofSeconds(90), () -> {
            var sum = residents.stream().mapToInt(r -> r.answered.get()).sum();
            assertTrue(sum >= answers, "answered " + sum);
        });
    }

    private static Map<String, String> accepted(List<PersistentResident> residents) {
        var accepted = new HashMap<String, String>();
        residents.forEach(r -> accepted.putAll(r.acceptedIdeaByTitle));
        return accepted;
    }

    private static int refused(List<PersistentResident> residents) {
        return residents.stream().mapToInt(r -> r.refusedByTitle.size()).sum();
    }

    private static String refusals(List<PersistentResident> residents) {
        var refusals = new HashMap<String, Integer>();
        residents.forEach(r -> refusals.putAll(r.refusedByTitle));
        return refusals.toString();
    }

    private void assertStoredOnceEach(Map<String, String> acceptedIdeaByTitle) throws SQLException {
        var ids = Set.copyOf(acceptedIdeaByTitle.values());
        var idsArray = "'{" + String.join(",", ids) + "}'::uuid[]";
        assertEquals(ids.size(), count(platform.proposals.schema(), "select count(*) from idea where id = any(" + idsArray + ")"),
            "every idea the residents were told is stored, is stored");
        var prefix = acceptedIdeaByTitle.keySet().iterator().next().split(" ")[0];
        assertEquals(ids.size(), count(platform.proposals.schema(),
                "select count(*) from idea where title like '" + prefix + " %'"),
            "no retried write made a second idea");
    }

    /** Every accepted idea arrives once on the board, once as a submitted step, once in the dashboard's count. */
    private void assertEveryReadModelHasEachOnce(Map<String, String> acceptedIdeaByTitle, Map<String, String> renamed) {
        var ids = Set.copyOf(acceptedIdeaByTitle.values());
        var idsArray = "'{" + String.join(",", ids) + "}'::uuid[]";
        var gateway = platform.gateway.schema();
        eventually(Duration.ofSeconds(120), () -> assertEquals(ids.size(),
            count(gateway, "select count(*) from idea_board where id = any(" + idsArray + ")"),
            () -> "ideas on the board; the missing ones on Kafka: " + onKafka(missingFromTheBoard(ids))));
        eventually(Duration.ofSeconds(60), () -> {
            assertEquals(ids.size(), count(gateway, "select count(*) from idea_board_step where status = 'submitted'"
                + " and idea_id = any(" + idsArray + ")"), "one submitted step per idea");
            assertEquals(0, count(gateway, "select count(*) from idea_board where id = any(" + idsArray + ")"
                + " and title like '%(endret)'") - renamed.size(), "every rename and only those arrived");
            for (var rename : renamed.entrySet()) {
                assertEquals(1, count(gateway, "select count(*) from idea_board where id = '" + rename.getKey()
                    + "' and title = '" + rename.getValue().replace("'", "''") + "'"), "the rename, applied after the submission");
            }
            assertEquals(count(gateway, "select count(*) from idea_board"), sumOfSubmittedIdeasOnTheDashboard(),
                "the dashboard counted each submitted idea once");
        });
    }

    private Set<String> missingFromTheBoard(Set<String> ids) {
        var missing = new java.util.TreeSet<>(ids);
        try (var connection = infrastructure.connect(platform.gateway.schema());
             var rows = connection.createStatement().executeQuery("select id from idea_board")) {
            while (rows.next()) {
                missing.remove(rows.getString(1));
            }
        } catch (SQLException e) {
            return Set.of("(could not read the board: " + e.getMessage() + ")");
        }
        return missing;
    }

    /** Where each idea's messages lie on its topic, to tell a message never published from one not applied. */
    private String onKafka(Set<String> ideas) {
        var topic = infrastructure.topicPrefix() + "samskap.proposals.idea";
        var found = new StringBuilder();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
            new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (ideas.contains(record.key())) {
                        var type = record.value().replaceAll("(?s).*\"type\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                        found.append(String.format("%n  %s %d/%d %s", record.key(), record.partition(), record.offset(), type));
                    }
                }
            }
        }
        return found.toString();
    }

    private long sumOfSubmittedIdeasOnTheDashboard() throws SQLException {
        return count(platform.gateway.schema(), "select coalesce(sum(ideas_submitted), 0) from dashboard_participation");
    }

    private long unsentInProposalsOutbox() throws SQLException {
        return count(platform.proposals.schema(), "select count(*) from outbox_message where sent_at is null");
    }

    private long count(String schema, String sql) throws SQLException {
        try (var connection = infrastructure.connect(schema);
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
