package no.samskap.testkit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import no.samskap.runtime.FreePorts;
import no.samskap.runtime.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Three real KRaft Kafka nodes in this JVM, each broker and controller, as a production cluster is set up: topics
 * replicated three times, a write acknowledged once two replicas have it. A test stops one node and starts it again.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final int NODES = 3;

    private final List<Node> nodes = new ArrayList<>();

    private KafkaCluster(Path directory) throws Exception {
        var clusterId = Uuid.randomUuid().toString();
        for (int id = 1; id <= NODES; id++) {
            nodes.add(new Node(id, directory.resolve("node-" + id), FreePorts.next(), FreePorts.next()));
        }
        var voters = nodes.stream().map(node -> node.id + "@127.0.0.1:" + node.controllerPort)
            .collect(Collectors.joining(","));
        for (var node : nodes) {
            node.format(clusterId, voters);
        }
    }

    public static KafkaCluster start(Path directory) throws Exception {
        var cluster = new KafkaCluster(directory);
        // A node waits for a quorum of controllers as it starts, so they must start together.
        CompletableFuture.allOf(cluster.nodes.stream()
            .map(node -> CompletableFuture.runAsync(node::start)).toArray(CompletableFuture[]::new))
            .get(120, TimeUnit.SECONDS);
        cluster.awaitAllBrokers();
        return cluster;
    }

    public String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.brokerPort).collect(Collectors.joining(","));
    }

    /** Stops node 1..3 as a crashed or upgraded broker would be gone; the others keep serving. */
    public void stop(int nodeId) {
        nodes.get(nodeId - 1).stop();
    }

    public void start(int nodeId) {
        nodes.get(nodeId - 1).start();
    }

    /**
     * Stops the nodes still running at once. One after the other, the last node's broker would wait five minutes for
     * a controller to approve its controlled shutdown, which a quorum of one of three voters can never give.
     */
    @Override
    public void close() {
        try {
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::stop))
                .toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } catch (Exception stuck) {
            throw new IllegalStateException("The Kafka cluster did not stop within two minutes", stuck);
        }
    }

    private void awaitAllBrokers() {
        try (var admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Eventually.eventually(Duration.ofSeconds(60), () -> assertEquals(NODES,
                admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size(), "Kafka nodes registered"));
        }
    }

    private static final class Node {

        private final int id;
        private final Path logDirectory;
        private final int brokerPort;
        private final int controllerPort;
        private String voters;
        private KafkaRaftServer server;

        Node(int id, Path logDirectory, int brokerPort, int controllerPort) {
            this.id = id;
            this.logDirectory = logDirectory;
            this.brokerPort = brokerPort;
            this.controllerPort = controllerPort;
        }

        void format(String clusterId, String voters) throws Exception {
            this.voters = voters;
            Files.createDirectories(logDirectory);
            KafkaBroker.formatStorage(logDirectory, id, clusterId);
        }

        synchronized void start() {
            if (server == null) {
                var started = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
                started.startup();
                server = started;
            }
        }

        synchronized void stop() {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
                server = null;
            }
        }

        private Properties properties() {
            var p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", String.valueOf(id));
            p.put("controller.quorum.voters", voters);
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("log.dirs", logDirectory.toString());
            p.put("num.partitions", "3");
            p.put("default.replication.factor", "3");
            p.put("min.insync.replicas", "2");
            p.put("offsets.topic.replication.factor", "3");
            p.put("offsets.topic.num.partitions", "3");
            p.put("transaction.state.log.replication.factor", "3");
            p.put("transaction.state.log.min.isr", "2");
            p.put("transaction.state.log.num.partitions", "3");
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("unclean.leader.election.enable", "false");
            p.put("shutdown.timeout.ms", "5000");
            return p;
        }
    }
}
