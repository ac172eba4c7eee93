package no.samskap.deploy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import no.samskap.contract.MessageCatalogue;
import no.samskap.contract.MessageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlaysTest {

    private static final Path OVERLAYS = Repository.MANIFESTS.resolveSibling("overlays");
    private static final List<String> DEPLOYABLES = Repository.deployables();

    @ParameterizedTest
    @ValueSource(strings = {"small", "national"})
    void anOverlayIsTheBaseWithPatchesThatEachFindTheirResource(String overlay) throws Exception {
        var kustomization = new YAMLMapper().readTree(OVERLAYS.resolve(overlay).resolve("kustomization.yaml").toFile());

        assertEquals("[\"../../kubernetes\"]", kustomization.get("resources").toString());
        assertEquals(List.of(), Kustomization.build(OVERLAYS.resolve(overlay)).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "national"})
    void anOverlayKeepsEveryCheckTheBasePasses(String overlay) {
        var manifests = built(overlay);
        var checks = new ManifestChecks(manifests);
        var config = manifests.named(ConfigMap.class, "samskap-config").orElseThrow().getData();
        var partitions = Integer.parseInt(config.getOrDefault("SAMSKAP_MESSAGING_PARTITIONS",
            String.valueOf(Repository.platformPartitions())));
        var kafka = new KafkaChecks(manifests, config.get("SAMSKAP_TOPIC_PREFIX"));

        assertAll(
            () -> assertEquals(List.of(), checks.unreadable()),
            () -> assertEquals(List.of(), checks.missingDeployments(DEPLOYABLES)),
            () -> assertEquals(List.of(), checks.probesOffRoutes(DEPLOYABLES)),
            () -> assertEquals(List.of(), checks.settingsNotRead(DEPLOYABLES)),
            () -> assertEquals(List.of(), checks.missingTopics(topics(), config.get("SAMSKAP_TOPIC_PREFIX"), partitions)),
            () -> assertEquals(List.of(), new NetworkChecks(manifests).problems(DEPLOYABLES)),
            () -> assertAll(DEPLOYABLES.stream().map(deployable -> () -> {
                assertEquals(List.of(), kafka.userProblems(deployable));
                assertEquals(List.of(), kafka.credentialProblems(deployable));
                assertEquals(List.of(), kafka.scalingProblems(deployable));
            })));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "national"})
    void anOverlaysSizesAgreeWithEachOther(String overlay) {
        var sizes = new SizeChecks(built(overlay));

        assertAll(
            () -> assertEquals(List.of(), sizes.withoutResources()),
            () -> assertEquals(List.of(), sizes.replicationBeyondBrokers()),
            () -> assertEquals(List.of(), sizes.partitionsOffThePlatforms(Repository.platformPartitions())),
            () -> assertEquals(List.of(), sizes.budgetProblems(DEPLOYABLES)));
    }

    @Test
    void theBasesSizesAgreeWithEachOtherToo() {
        var sizes = new SizeChecks(Manifests.read(Repository.MANIFESTS));

        assertAll(
            () -> assertEquals(List.of(), sizes.withoutResources()),
            () -> assertEquals(List.of(), sizes.replicationBeyondBrokers()),
            () -> assertEquals(List.of(), sizes.replicationBelow(3, 2)),
            () -> assertEquals(List.of(), sizes.budgetProblems(DEPLOYABLES)));
    }

    @Test
    void theNationalOverlayReplicatesEveryWriteThreeTimesAndWaitsForTwo() {
        var manifests = built("national");

        assertEquals(List.of(), new SizeChecks(manifests).replicationBelow(3, 2));
        assertAll(manifests.ofKind("Cluster").stream().map(cluster -> () ->
            assertEquals(3, ManifestChecks.at((GenericKubernetesResource) cluster, "spec", "instances"), cluster.getMetadata().getName())));
        assertAll(manifests.all(Deployment.class).stream().map(deployment -> () ->
            assertTrue(deployment.getSpec().getReplicas() >= 3, deployment.getMetadata().getName())));
        assertEquals(12, ManifestChecks.at((GenericKubernetesResource) manifests.ofKind("KafkaTopic").get(0), "spec", "partitions"));
    }

    @Test
    void theSmallOverlayRunsOneOfEverything() {
        var manifests = built("small");

        assertEquals(1, ManifestChecks.at((GenericKubernetesResource) manifests.ofKind("KafkaNodePool").get(0), "spec", "replicas"));
        assertAll(manifests.ofKind("Cluster").stream().map(cluster -> () ->
            assertEquals(1, ManifestChecks.at((GenericKubernetesResource) cluster, "spec", "instances"), cluster.getMetadata().getName())));
        assertAll(manifests.all(Deployment.class).stream().map(deployment -> () ->
            assertEquals(1, deployment.getSpec().getReplicas(), deployment.getMetadata().getName())));
    }

    @Test
    void aBrokenOverlayIsRefused() {
        var overlay = Path.of("src/test/resources/broken-overlay");
        var build = Kustomization.build(overlay);
        var sizes = new SizeChecks(Manifests.built(overlay, build.documents()));

        assertEquals(List.of("missing-deployment.yaml patches Deployment proposal, which the base does not have",
                "an inline patch replaces /spec/template/spec/containers/0/resource/limits, which Deployment gateway does not have",
                "an inline patch sets the list /spec/template/spec/containers, which Kustomize merges by name and this build "
                    + "would replace; use a JSON patch"),
            build.problems());
        assertTrue(sizes.withoutResources().contains("container events of events does not ask for CPU and memory and is not held "
            + "to a memory limit"), sizes.withoutResources().toString());
        assertTrue(sizes.replicationBelow(3, 2).contains("KafkaTopic samskap.events.event's replicas is 1, below 3"),
            sizes.replicationBelow(3, 2).toString());
        assertTrue(sizes.replicationBeyondBrokers().contains("KafkaTopic samskap.events.event asks for 2 replicas in sync "
            + "of its 1, so no write succeeds"), sizes.replicationBeyondBrokers().toString());
    }

    private static Manifests built(String overlay) {
        var build = Kustomization.build(OVERLAYS.resolve(overlay));
        return Manifests.built(OVERLAYS.resolve(overlay), build.documents());
    }

    private static List<String> topics() {
        return MessageCatalogue.all().stream().map(MessageType::topic).distinct().sorted().toList();
    }
}
