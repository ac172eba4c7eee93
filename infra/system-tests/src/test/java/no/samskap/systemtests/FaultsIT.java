package no.samskap.systemtests;

import no.samskap.testkit.KafkaCluster;
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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.samskap.runtime.FreePorts;
import no.samskap.runtime.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
    private static final int IDEAS_PER_RESIDENT = 25;
    private static final int KILL_AFTER_ANSWERS = 30;
    private static final int STOP_BROKER_AFTER_ANSWERS = 30;
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
        var residents = residents(platform, "crash");
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
        assertStoredOnceEach(platform, infrastructure::connect, accepted);
        assertEveryReadModelHasEachOnce(platform, infrastructure::connect, infrastructure.kafkaBootstrapServers(),
            infrastructure.topicPrefix(), accepted, Map.of());
        report("service killed", residents, accepted, Map.of());
    }

    @Test
    @Order(2)
    void writesAcceptedWhileTheBrokerIsDownArePublishedAfterwardsInOrderAndAppliedOnce() throws Exception {
        var residents = residents(platform, "outage");
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
        assertStoredOnceEach(platform, infrastructure::connect, accepted);
        assertEveryReadModelHasEachOnce(platform, infrastructure::connect, infrastructure.kafkaBootstrapServers(),
            infrastructure.topicPrefix(), accepted, renamed);
        report("broker stopped for " + OUTAGE.toSeconds() + " s", residents, accepted, renamed);
    }

    /** The figures docs/reliability.md quotes; every assertion above has held when this is printed. */
    private static void report(String fault, List<PersistentResident> residents, Map<String, String> accepted,
                               Map<String, String> renamed) {
        System.out.printf("[faults] %s: %d ideas accepted, %d renamed, %d requests met no answer and %d an error "
                + "answer and were retried, 0 lost, 0 doubled, each once on the board, in the timeline and in the "
                + "dashboard%n", fault, accepted.size(), renamed.size(),
            residents.stream().mapToInt(r -> r.unanswered.get()).sum(),
            residents.stream().mapToInt(r -> r.failedAnswers.get()).sum());
    }

    @Test
    @Order(3)
    void servicesAndTheGatewayReconnectByThemselvesWhenPostgresRestartsUnderLoad() throws Exception {
        var dataDirectory = Files.createTempDirectory("samskap-faults-postgres-");
        var port = FreePorts.next();
        var postgres = startPostgres(dataDirectory, port);
        try {
            var server = new PostgresServer("127.0.0.1", port, "postgres", "", "postgres", PostgresServer.Kind.EMBEDDED);
            var database = server.ensureDatabase("samskap");
            Database connections = schema -> {
                var connection = server.connect(database);
                connection.setSchema(schema);
                return connection;
            };
            var topicPrefix = infrastructure.topicPrefix() + "pg.";
            try (var own = RunningPlatform.startOn(server, database, "proposals", "gateway",
                infrastructure.kafkaBootstrapServers(), topicPrefix,
                Path.of("target/system-test-logs/faults-postgres"))) {
                var residents = residents(own, "postgres");
                var writers = startWriting(residents, "Database");

                awaitAnswers(residents, KILL_AFTER_ANSWERS);
                postgres.close();
                Thread.sleep(3_000);
                postgres = startPostgres(dataDirectory, port);
                join(writers);

                var accepted = accepted(residents);
                assertEquals(0, refused(residents), "retried writes are accepted once the database is back: "
                    + refusals(residents));
                assertEquals(RESIDENTS * IDEAS_PER_RESIDENT, accepted.size());
                assertTrue(residents.stream().mapToInt(r -> r.failedAnswers.get() + r.unanswered.get()).sum() > 0,
                    "some writes met the stopped database, or the test proved nothing");
                assertStoredOnceEach(own, connections, accepted);
                assertEveryReadModelHasEachOnce(own, connections, infrastructure.kafkaBootstrapServers(), topicPrefix,
                    accepted, Map.of());
                assertEquals(200, own.get(own.proposals.uri("/health")).statusCode(), "proposals is healthy again");
                assertEquals(200, own.get(own.gateway.uri("/health")).statusCode(), "the gateway is healthy again");
                report("PostgreSQL restarted", residents, accepted, Map.of());
            }
        } finally {
            postgres.close();
        }
    }

    @Test
    @Order(4)
    void aBrokerOfAThreeNodeClusterStoppedMidStreamLosesAndDoublesNothing() throws Exception {
        try (var cluster = KafkaCluster.start(Files.createTempDirectory("samskap-faults-kafka-"))) {
            var topicPrefix = infrastructure.topicPrefix() + "cluster.";
            try (var own = RunningPlatform.startOn(infrastructure.postgres(), infrastructure.database(),
                infrastructure.freshSchema("proposals"), infrastructure.freshSchema("gateway"), cluster.bootstrapServers(),
                topicPrefix, Path.of("target/system-test-logs/faults-cluster"))) {
                var residents = residents(own, "cluster");
                var writers = startWriting(residents, "Klynge");

                awaitAnswers(residents, KILL_AFTER_ANSWERS);
                cluster.stop(2);
                join(writers);

                var accepted = accepted(residents);
                assertEquals(0, refused(residents), "two of three brokers take every write: " + refusals(residents));
                assertEquals(RESIDENTS * IDEAS_PER_RESIDENT, accepted.size());
                assertStoredOnceEach(own, infrastructure::connect, accepted);
                assertEveryReadModelHasEachOnce(own, infrastructure::connect, cluster.bootstrapServers(), topicPrefix,
                    accepted, Map.of());
                report("one of three brokers stopped", residents, accepted, Map.of());
            }
        }
    }

    /** A real PostgreSQL of this test's own, so it can be stopped without touching the one every test shares. */
    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
            .setRegisterShutdownHook(false).start();
    }

    private static List<PersistentResident> residents(RunningPlatform platform, String run) {
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

    private static void assertStoredOnceEach(RunningPlatform platform, Database database,
                                             Map<String, String> acceptedIdeaByTitle) throws SQLException {
        var ids = Set.copyOf(acceptedIdeaByTitle.values());
        var idsArray = "'{" + String.join(",", ids) + "}'::uuid[]";
        assertEquals(ids.size(), count(database, platform.proposals.schema(), "select count(*) from idea where id = any(" + idsArray + ")"),
            "every idea the residents were told is stored, is stored");
        var prefix = acceptedIdeaByTitle.keySet().iterator().next().split(" ")[0];
        assertEquals(ids.size(), count(database, platform.proposals.schema(),
                "select count(*) from idea where title like '" + prefix + " %'"),
            "no retried write made a second idea");
    }

    /** Every accepted idea arrives once on the board, once as a submitted step, once in the dashboard's count. */
    private static void assertEveryReadModelHasEachOnce(RunningPlatform platform, Database database, String kafka,
                                                        String topicPrefix,
                                                 Map<String, String> acceptedIdeaByTitle, Map<String, String> renamed) {
        var ids = Set.copyOf(acceptedIdeaByTitle.values());
        var idsArray = "'{" + String.join(",", ids) + "}'::uuid[]";
        var gateway = platform.gateway.schema();
        eventually(Duration.ofSeconds(120), () -> assertEquals(ids.size(),
            count(database, gateway, "select count(*) from idea_board where id = any(" + idsArray + ")"),
            () -> "ideas on the board; the missing ones on Kafka: " + onKafka(kafka, topicPrefix, missingFromTheBoard(platform, database, ids))));
        eventually(Duration.ofSeconds(60), () -> {
            assertEquals(ids.size(), count(database, gateway, "select count(*) from idea_board_step where status = 'submitted'"
                + " and idea_id = any(" + idsArray + ")"), "one submitted step per idea");
            assertEquals(0, count(database, gateway, "select count(*) from idea_board where id = any(" + idsArray + ")"
                + " and title like '%(endret)'") - renamed.size(), "every rename and only those arrived");
            for (var rename : renamed.entrySet()) {
                assertEquals(1, count(database, gateway, "select count(*) from idea_board where id = '" + rename.getKey()
                    + "' and title = '" + rename.getValue().replace("'", "''") + "'"), "the rename, applied after the submission");
            }
            assertEquals(count(database, gateway, "select count(*) from idea_board"),
                count(database, gateway, "select coalesce(sum(ideas_submitted), 0) from dashboard_participation"),
                "the dashboard counted each submitted idea once");
        });
    }

    private static Set<String> missingFromTheBoard(RunningPlatform platform, Database database, Set<String> ids) {
        var missing = new java.util.TreeSet<>(ids);
        try (var connection = database.connect(platform.gateway.schema());
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
    private static String onKafka(String kafka, String topicPrefix, Set<String> ideas) {
        var topic = topicPrefix + "samskap.proposals.idea";
        var found = new StringBuilder();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
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

    private long unsentInProposalsOutbox() throws SQLException {
        return count(infrastructure::connect, platform.proposals.schema(),
            "select count(*) from outbox_message where sent_at is null");
    }

    /** Opens a connection to one schema of the database a platform under test writes to. */
    interface Database {
        Connection connect(String schema) throws SQLException;
    }

    private static long count(Database database, String schema, String sql) throws SQLException {
        try (var connection = database.connect(schema);
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
