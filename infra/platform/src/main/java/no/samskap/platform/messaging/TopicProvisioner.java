package no.samskap.platform.messaging;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the topics a service produces or consumes when they do not exist yet, so a consumer that starts
 * before its producer still reads from the first message. Failure is not fatal: the relay and consumers
 * retry, and a cluster that auto-creates topics needs none of this.
 */
@Singleton
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    /** Read models are rebuilt by replaying topics from their first message, so topics keep every message. */
    private static final Map<String, String> KEEP_EVERY_MESSAGE = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    private final MessagingConfiguration configuration;

    TopicProvisioner(MessagingConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Returns true when every topic exists afterwards. */
    public boolean ensure(Collection<String> topics) {
        if (topics.isEmpty()) {
            return true;
        }
        var allPresent = true;
        var settings = new HashMap<String, Object>(configuration.authentication().clientSettings());
        settings.putAll(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
        try (var admin = Admin.create(settings)) {
            var newTopics = topics.stream()
                .map(name -> new NewTopic(name, Optional.of(configuration.partitions()), Optional.empty())
                    .configs(KEEP_EVERY_MESSAGE))
                .toList();
            for (var result : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get(10, TimeUnit.SECONDS);
                    LOG.info("Created topic {} with {} partitions.", result.getKey(), configuration.partitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        allPresent = false;
                        LOG.warn("Could not create topic {}: {}", result.getKey(), e.getCause().getMessage());
                    }
                }
            }
            return allPresent;
        } catch (TimeoutException e) {
            LOG.warn("Kafka at {} did not answer while creating topics {}; will rely on retries.",
                configuration.bootstrapServers(), topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not create topics {}: {}", topics, e.getMessage());
        }
        return false;
    }
}
