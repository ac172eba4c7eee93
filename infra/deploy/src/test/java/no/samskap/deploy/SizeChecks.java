package no.samskap.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an installation's sizes must agree on: every process asks for resources, Kafka's replication fits its
 * brokers and reaches the minimum asked for, a disruption budget lets a node drain, and the most replicas a
 * database can see fit its connections.
 */
final class SizeChecks {

    /** {@code datasources.default.maximum-pool-size} in every deployable's application.yml. */
    static final int CONNECTIONS_PER_PROCESS = 10;
    private static final int POSTGRESQL_DEFAULT_CONNECTIONS = 100;
    private static final List<String> REPLICATION = List.of("default.replication.factor", "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor");
    private static final List<String> IN_SYNC = List.of("min.insync.replicas", "transaction.state.log.min.isr");

    private final Manifests manifests;

    SizeChecks(Manifests manifests) {
        this.manifests = manifests;
    }

    List<String> withoutResources() {
        var problems = new ArrayList<String>();
        manifests.all(Deployment.class).forEach(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers()
            .forEach(container -> {
                var resources = container.getResources();
                if (resources == null || resources.getRequests() == null || resources.getLimits() == null
                    || !resources.getRequests().keySet().containsAll(List.of("cpu", "memory"))
                    || !resources.getLimits().containsKey("memory")) {
                    problems.add("container " + container.getName() + " of " + deployment.getMetadata().getName()
                        + " does not ask for CPU and memory and is not held to a memory limit");
                }
            }));
        List.of("KafkaNodePool", "Cluster", "Keycloak").forEach(kind -> generic(kind).forEach(resource -> {
            if (ManifestChecks.at(resource, "spec", "resources", "requests", "memory") == null) {
                problems.add(kind + " " + resource.getMetadata().getName() + " asks for no memory");
            }
        }));
        return problems;
    }

    /** The replication Kafka and every topic get is at least {@code replicas}, and {@code inSync} must have a write. */
    List<String> replicationBelow(int replicas, int inSync) {
        var problems = new ArrayList<String>();
        var config = kafkaConfig();
        REPLICATION.forEach(key -> atLeast(problems, "Kafka's " + key, config.get(key), replicas));
        IN_SYNC.forEach(key -> atLeast(problems, "Kafka's " + key, config.get(key), inSync));
        generic("KafkaTopic").forEach(topic -> {
            atLeast(problems, "KafkaTopic " + topic.getMetadata().getName() + "'s replicas", ManifestChecks.at(topic, "spec", "replicas"), replicas);
            atLeast(problems, "KafkaTopic " + topic.getMetadata().getName() + "'s min.insync.replicas",
                ManifestChecks.at(topic, "spec", "config", "min.insync.replicas"), inSync);
        });
        return problems;
    }

    /** No topic asks for more replicas than there are brokers, nor for as many in sync as it has replicas. */
    List<String> replicationBeyondBrokers() {
        var brokers = generic("KafkaNodePool").stream()
            .filter(pool -> ((List<?>) ManifestChecks.at(pool, "spec", "roles")).contains("broker"))
            .mapToInt(pool -> number(ManifestChecks.at(pool, "spec", "replicas"))).sum();
        var problems = new ArrayList<String>();
        var config = kafkaConfig();
        REPLICATION.forEach(key -> {
            if (number(config.get(key)) > brokers) {
                problems.add("Kafka's " + key + " is " + config.get(key) + " with " + brokers + " brokers");
            }
        });
        generic("KafkaTopic").forEach(topic -> {
            var replicas = number(ManifestChecks.at(topic, "spec", "replicas"));
            var inSync = number(ManifestChecks.at(topic, "spec", "config", "min.insync.replicas"));
            if (replicas > brokers) {
                problems.add("KafkaTopic " + topic.getMetadata().getName() + " has " + replicas + " replicas on " + brokers + " brokers");
            }
            if (inSync > replicas) {
                problems.add("KafkaTopic " + topic.getMetadata().getName() + " asks for " + inSync + " replicas in sync of its "
                    + replicas + ", so no write succeeds");
            } else if (replicas > 1 && inSync >= replicas) {
                problems.add("KafkaTopic " + topic.getMetadata().getName() + " needs all its " + replicas
                    + " replicas in sync, so one broker down stops its writers");
            }
        });
        return problems;
    }

    /** Topics have at least the platform's partitions, and a deployable creating one gives it as many as the rest. */
    List<String> partitionsOffThePlatforms(int platformPartitions) {
        var problems = new ArrayList<String>();
        var configured = manifests.named(ConfigMap.class, "samskap-config").map(ConfigMap::getData)
            .map(data -> data.get("SAMSKAP_MESSAGING_PARTITIONS")).map(Integer::valueOf).orElse(platformPartitions);
        generic("KafkaTopic").forEach(topic -> {
            var partitions = number(ManifestChecks.at(topic, "spec", "partitions"));
            if (partitions != configured) {
                problems.add("KafkaTopic " + topic.getMetadata().getName() + " has " + partitions
                    + " partitions, but a deployable creating it would give it " + configured);
            }
        });
        return problems;
    }

    /** At its fewest replicas a deployable can still lose one to a drain, and at its most fit its database. */
    List<String> budgetProblems(List<String> deployables) {
        var problems = new ArrayList<String>();
        deployables.forEach(deployable -> {
            var scaled = generic("ScaledObject").stream().filter(resource -> deployable.equals(resource.getMetadata().getName()))
                .findFirst().orElseThrow();
            var fewest = number(ManifestChecks.at(scaled, "spec", "minReplicaCount"));
            var most = number(ManifestChecks.at(scaled, "spec", "maxReplicaCount"));
            manifests.named(PodDisruptionBudget.class, deployable).ifPresent(budget -> {
                var minAvailable = budget.getSpec().getMinAvailable();
                var maxUnavailable = budget.getSpec().getMaxUnavailable();
                var drainable = minAvailable != null ? minAvailable.getIntVal() < fewest
                    : maxUnavailable != null && maxUnavailable.getIntVal() >= 1;
                if (!drainable) {
                    problems.add(deployable + "'s disruption budget lets none of its " + fewest + " replicas move");
                }
            });
            generic("Cluster").stream().filter(cluster -> (deployable + "-db").equals(cluster.getMetadata().getName()))
                .findFirst().ifPresent(cluster -> {
                    var limit = ManifestChecks.at(cluster, "spec", "postgresql", "parameters", "max_connections");
                    var connections = limit == null ? POSTGRESQL_DEFAULT_CONNECTIONS : number(limit);
                    if (most * CONNECTIONS_PER_PROCESS >= connections) {
                        problems.add(deployable + " may run " + most + " replicas of " + CONNECTIONS_PER_PROCESS
                            + " connections, but " + cluster.getMetadata().getName() + " takes " + connections);
                    }
                });
        });
        return problems;
    }

    private Map<?, ?> kafkaConfig() {
        return (Map<?, ?>) ManifestChecks.at(generic("Kafka").get(0), "spec", "kafka", "config");
    }

    private static void atLeast(List<String> problems, String what, Object value, int minimum) {
        if (value == null || number(value) < minimum) {
            problems.add(what + " is " + value + ", below " + minimum);
        }
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value));
    }

    private List<GenericKubernetesResource> generic(String kind) {
        return manifests.ofKind(kind).stream().map(GenericKubernetesResource.class::cast).toList();
    }
}
