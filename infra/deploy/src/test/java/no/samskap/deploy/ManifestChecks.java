package no.samskap.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.micronaut.management.health.indicator.HealthCheckType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Holds the manifests to the code: each check returns what is wrong, in sentences naming the resource. */
final class ManifestChecks {

    /** The one setting a deployable gets that is the JVM's, not its application.yml's. */
    private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";

    private final Manifests manifests;

    ManifestChecks(Manifests manifests) {
        this.manifests = manifests;
    }

    List<String> unreadable() {
        var problems = new ArrayList<>(manifests.unreadable());
        manifests.resources().stream()
            .filter(manifest -> !(manifest.resource() instanceof GenericKubernetesResource))
            .forEach(manifest -> UnknownFields.in(manifest.resource()).forEach(path -> problems.add(manifest.file() + ": "
                + manifest.resource().getKind() + " " + manifest.resource().getMetadata().getName()
                + " has a field the model does not know at " + path)));
        return problems;
    }

    List<String> missingDeployments(List<String> deployables) {
        return deployables.stream()
            .filter(deployable -> manifests.named(Deployment.class, deployable).isEmpty())
            .map(deployable -> deployable + " has no Deployment")
            .toList();
    }

    List<String> probesOffRoutes(List<String> deployables) {
        var problems = new ArrayList<String>();
        deployables.forEach(deployable -> manifests.named(Deployment.class, deployable).ifPresent(deployment -> {
            var routes = Repository.getRoutes(deployable).stream().map(ManifestChecks::routePattern).toList();
            var container = container(deployment);
            var port = container.getPorts().stream().filter(named -> "http".equals(named.getName())).findFirst()
                .map(named -> named.getContainerPort()).orElse(null);
            if (!String.valueOf(port).equals(settingsOf(container).get("MICRONAUT_SERVER_PORT"))) {
                problems.add(deployable + " listens on MICRONAUT_SERVER_PORT " + settingsOf(container)
                    .get("MICRONAUT_SERVER_PORT") + " but its container port http is " + port);
            }
            probes(container).forEach((kind, probe) -> {
                if (probe == null || probe.getHttpGet() == null) {
                    problems.add(deployable + " has no " + kind + " probe over HTTP");
                    return;
                }
                var path = probe.getHttpGet().getPath();
                if (routes.stream().noneMatch(route -> route.matcher(path).matches())) {
                    problems.add(deployable + "'s " + kind + " probe asks " + path + ", a route it does not serve");
                }
                var probePort = probe.getHttpGet().getPort();
                if (!"http".equals(probePort.getStrVal()) && !Objects.equals(port, probePort.getIntVal())) {
                    problems.add(deployable + "'s " + kind + " probe asks port " + probePort + ", not http");
                }
            });
        }));
        return problems;
    }

    List<String> settingsNotRead(List<String> deployables) {
        var problems = new ArrayList<String>();
        deployables.forEach(deployable -> manifests.named(Deployment.class, deployable).ifPresent(deployment -> {
            var read = Repository.settings(deployable);
            var documented = Repository.documentedSettingsInEnvironmentForm();
            settingsOf(container(deployment)).keySet().stream()
                .filter(name -> !name.equals(JVM_OPTIONS))
                .filter(name -> !read.contains("${" + name + ":") && !read.contains("${" + name + "}"))
                .filter(name -> !documented.contains(name))
                .forEach(name -> problems.add(deployable + " is given " + name
                    + ", which its application.yml never reads and is no setting of docs/operating.md"));
        }));
        return problems;
    }

    List<String> missingTopics(List<String> topics, String prefix, int partitions) {
        var declared = manifests.ofKind("KafkaTopic").stream()
            .map(GenericKubernetesResource.class::cast)
            .collect(Collectors.toMap(topic -> String.valueOf(at(topic, "spec", "topicName")), topic -> topic,
                (first, second) -> first));
        var problems = new ArrayList<String>();
        topics.forEach(topic -> {
            var resource = declared.get(prefix + topic);
            if (resource == null) {
                problems.add("no KafkaTopic for " + prefix + topic);
            } else if (!Integer.valueOf(partitions).equals(at(resource, "spec", "partitions"))) {
                problems.add("KafkaTopic " + prefix + topic + " has " + at(resource, "spec", "partitions")
                    + " partitions, not the platform's " + partitions);
            }
        });
        return problems;
    }

    /** A value inside an operator's resource; typed as Object so no overload guesses its type. */
    static Object at(GenericKubernetesResource resource, Object... path) {
        return resource.get(path);
    }

    Map<String, String> settingsOf(Container container) {
        var settings = new LinkedHashMap<String, String>();
        container.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef).filter(Objects::nonNull)
            .forEach(reference -> manifests.named(ConfigMap.class, reference.getName())
                .ifPresent(configMap -> settings.putAll(configMap.getData())));
        container.getEnv().forEach(variable -> settings.put(variable.getName(), valueOf(variable)));
        return settings;
    }

    private static String valueOf(EnvVar variable) {
        return variable.getValue() != null ? variable.getValue() : "from " + variable.getValueFrom();
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, Probe> probes(Container container) {
        var probes = new LinkedHashMap<String, Probe>();
        probes.put("liveness", container.getLivenessProbe());
        probes.put("readiness", container.getReadinessProbe());
        if (container.getStartupProbe() != null) {
            probes.put("startup", container.getStartupProbe());
        }
        return probes;
    }

    /** {@code /health/{selector}} is Micronaut's health endpoint, whose selectors are its health check types. */
    private static Pattern routePattern(String template) {
        var selectors = Arrays.stream(HealthCheckType.values()).map(type -> type.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));
        var pattern = Pattern.quote(template).replace("{selector}", "\\E(" + selectors + ")\\Q")
            .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return Pattern.compile(pattern);
    }
}
