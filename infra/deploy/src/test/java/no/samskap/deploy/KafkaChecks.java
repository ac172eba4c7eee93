package no.samskap.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each deployable signs in to Kafka as its own {@code KafkaUser}, allowed exactly the topics its code writes and reads
 * and its consumer group, and is scaled by KEDA on that group's lag and on CPU, with no second autoscaler beside it.
 */
final class KafkaChecks {

    static final String USER_SETTING = "SAMSKAP_MESSAGING_AUTHENTICATION_USERNAME";
    static final String PASSWORD_SETTING = "SAMSKAP_MESSAGING_AUTHENTICATION_PASSWORD";

    private final Manifests manifests;
    private final String prefix;

    KafkaChecks(Manifests manifests, String prefix) {
        this.manifests = manifests;
        this.prefix = prefix;
    }

    static String userOf(String deployable) {
        return deployable + "-kafka";
    }

    List<String> userProblems(String deployable) {
        var problems = new ArrayList<String>();
        var user = generic("KafkaUser", userOf(deployable));
        if (user.isEmpty()) {
            return List.of(deployable + " has no KafkaUser " + userOf(deployable));
        }
        if (!"scram-sha-512".equals(ManifestChecks.at(user.get(), "spec", "authentication", "type"))) {
            problems.add(userOf(deployable) + " does not sign in with scram-sha-512");
        }
        var acls = acls(user.get());
        compare(problems, deployable + " may read", topicsAllowed(acls, "Read"), withPrefix(TopicUse.consumed(deployable)));
        compare(problems, deployable + " may write", topicsAllowed(acls, "Write"), withPrefix(TopicUse.produced(deployable)));
        var group = prefix + TopicUse.consumerGroup(deployable);
        compare(problems, deployable + " may read the groups", named(acls, "group", "literal", "Read"), Set.of(group));
        compare(problems, deployable + " may write the transactional ids starting", named(acls, "transactionalId", "prefix", "Write"),
            TopicUse.produced(deployable).isEmpty() ? Set.of() : Set.of(group + "-outbox-relay-"));
        return problems;
    }

    /** The Deployment signs in as its user with the password from the Secret Strimzi makes for that user. */
    List<String> credentialProblems(String deployable) {
        var deployment = manifests.named(Deployment.class, deployable);
        if (deployment.isEmpty()) {
            return List.of();
        }
        var problems = new ArrayList<String>();
        var settings = new ManifestChecks(manifests).settingsOf(ManifestChecks.container(deployment.get()));
        if (!userOf(deployable).equals(settings.get(USER_SETTING))) {
            problems.add(deployable + " signs in to Kafka as " + settings.get(USER_SETTING) + ", not " + userOf(deployable));
        }
        var password = ManifestChecks.container(deployment.get()).getEnv().stream()
            .filter(variable -> PASSWORD_SETTING.equals(variable.getName())).findFirst();
        if (password.isEmpty() || password.get().getValueFrom() == null || password.get().getValueFrom().getSecretKeyRef() == null
            || !userOf(deployable).equals(password.get().getValueFrom().getSecretKeyRef().getName())
            || !"password".equals(password.get().getValueFrom().getSecretKeyRef().getKey())) {
            problems.add(deployable + " does not read its Kafka password from the Secret " + userOf(deployable));
        }
        return problems;
    }

    List<String> scalingProblems(String deployable) {
        var problems = new ArrayList<String>();
        var scaled = generic("ScaledObject", deployable);
        manifests.all(HorizontalPodAutoscaler.class).stream()
            .filter(autoscaler -> deployable.equals(autoscaler.getSpec().getScaleTargetRef().getName()))
            .forEach(autoscaler -> problems.add(deployable + " has the HorizontalPodAutoscaler " + autoscaler.getMetadata()
                .getName() + " beside KEDA's, which makes its own"));
        if (scaled.isEmpty()) {
            problems.add(deployable + " has no ScaledObject");
            return problems;
        }
        if (!deployable.equals(ManifestChecks.at(scaled.get(), "spec", "scaleTargetRef", "name"))) {
            problems.add(deployable + "'s ScaledObject scales " + ManifestChecks.at(scaled.get(), "spec", "scaleTargetRef", "name"));
        }
        var triggers = triggers(scaled.get());
        if (triggers.stream().noneMatch(trigger -> "cpu".equals(trigger.get("type")))) {
            problems.add(deployable + " is not scaled on CPU");
        }
        var lag = triggers.stream().filter(trigger -> "kafka".equals(trigger.get("type"))).findFirst();
        if (lag.isEmpty()) {
            problems.add(deployable + " is not scaled on its consumer lag");
            return problems;
        }
        var metadata = (Map<?, ?>) lag.get().get("metadata");
        var group = prefix + TopicUse.consumerGroup(deployable);
        if (!group.equals(metadata.get("consumerGroup"))) {
            problems.add(deployable + " is scaled on the lag of the group " + metadata.get("consumerGroup") + ", but it consumes as " + group);
        }
        var authentication = Optional.ofNullable((Map<?, ?>) lag.get().get("authenticationRef")).map(reference -> reference.get("name"));
        if (authentication.isEmpty() || generic("TriggerAuthentication", String.valueOf(authentication.get())).isEmpty()) {
            problems.add(deployable + "'s lag trigger names no TriggerAuthentication there is");
        }
        return problems;
    }

    private void compare(List<String> problems, String what, Set<String> allowed, Set<String> needed) {
        if (!allowed.equals(needed)) {
            var missing = new TreeSet<>(needed);
            missing.removeAll(allowed);
            var extra = new TreeSet<>(allowed);
            extra.removeAll(needed);
            problems.add(what + " " + allowed + ", but its code needs " + needed
                + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not needed " + extra));
        }
    }

    private Set<String> withPrefix(Set<String> topics) {
        var named = new TreeSet<String>();
        topics.forEach(topic -> named.add(prefix + topic));
        return named;
    }

    private static Set<String> topicsAllowed(List<Map<?, ?>> acls, String operation) {
        return named(acls, "topic", "literal", operation);
    }

    private static Set<String> named(List<Map<?, ?>> acls, String type, String pattern, String operation) {
        var names = new TreeSet<String>();
        acls.forEach(acl -> {
            var resource = (Map<?, ?>) acl.get("resource");
            var operations = acl.get("operations") instanceof List<?> list ? list : List.of(String.valueOf(acl.get("operation")));
            if (type.equals(resource.get("type")) && pattern.equals(Objects.requireNonNullElse(resource.get("patternType"), "literal"))
                && operations.contains(operation)) {
                names.add(String.valueOf(resource.get("name")));
            }
        });
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> acls(GenericKubernetesResource user) {
        var acls = ManifestChecks.at(user, "spec", "authorization", "acls");
        return acls == null ? List.of() : (List<Map<?, ?>>) acls;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> triggers(GenericKubernetesResource scaled) {
        var triggers = ManifestChecks.at(scaled, "spec", "triggers");
        return triggers == null ? List.of() : (List<Map<?, ?>>) triggers;
    }

    private Optional<GenericKubernetesResource> generic(String kind, String name) {
        return manifests.ofKind(kind).stream()
            .filter(resource -> name.equals(resource.getMetadata().getName()))
            .map(GenericKubernetesResource.class::cast)
            .findFirst();
    }
}
