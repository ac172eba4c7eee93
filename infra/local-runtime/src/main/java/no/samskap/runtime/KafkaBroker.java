package no.samskap.runtime;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker running inside this JVM, built from Apache Kafka's own server jars.
 * It keeps its port and log directory across {@link #stop()} and {@link #start()}, so tests can take the
 * broker away and bring it back with every record it had.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path logDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int brokerPort, int controllerPort) {
        this.logDirectory = logDirectory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Formats (once) and starts a broker; port 0 picks a free port. */
    public static KafkaBroker startIn(Path logDirectory, int port) {
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new LocalRuntimeException("Kafka", "could not create its log directory " + logDirectory, e);
        }
        var brokerPort = port == 0 ? FreePorts.next() : port;
        var broker = new KafkaBroker(logDirectory, brokerPort, controllerPortBesides(brokerPort));
        broker.format();
        broker.start();
        return broker;
    }

    /** A chosen broker port is not bound yet, so a free port found now may be that very port. */
    private static int controllerPortBesides(int brokerPort) {
        var port = FreePorts.next();
        while (port == brokerPort) {
            port = FreePorts.next();
        }
        return port;
    }

    public static KafkaBroker startTemporary() {
        try {
            return startIn(Files.createTempDirectory("samskap-kafka-"), 0);
        } catch (IOException e) {
            throw new LocalRuntimeException("Kafka", "could not create a temporary directory", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        var started = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
        started.startup();
        server = started;
        awaitReady();
        LOG.info("Kafka broker is ready on {} with log directory {}.", bootstrapServers(), logDirectory);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker on {} has stopped.", bootstrapServers());
    }

    @Override
    public void close() {
        stop();
    }

    private void format() {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        formatStorage(logDirectory, 1, Uuid.randomUuid().toString());
    }

    /** Formats one KRaft node's log directory, as {@code kafka-storage.sh format} does; a formatted one is left alone. */
    public static void formatStorage(Path logDirectory, int nodeId, String clusterId) {
        try {
            new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(nodeId)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName("CONTROLLER")
                .setIgnoreFormatted(true)
                .run();
        } catch (Exception e) {
            throw new LocalRuntimeException("Kafka", "could not format its log directory " + logDirectory, e);
        }
    }

    private Properties properties() {
        var p = new Properties();
        p.putAll(Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", logDirectory.toString()),
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "true"),
            Map.entry("log.retention.ms", "-1"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "3"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "3"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.flush.interval.messages", "1"),
            Map.entry("shutdown.timeout.ms", "5000")));
        return p;
    }

    private void awaitReady() {
        var deadline = Instant.now().plus(READY_TIMEOUT);
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new LocalRuntimeException("Kafka", "the broker on " + bootstrapServers()
                            + " did not answer within " + READY_TIMEOUT.toSeconds() + " s", notYet);
                    }
                }
            }
        }
    }
}
