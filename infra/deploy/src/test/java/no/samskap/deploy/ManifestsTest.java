package no.samskap.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import no.samskap.contract.MessageCatalogue;
import no.samskap.contract.MessageType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestsTest {

    private static final Manifests MANIFESTS = Manifests.read(Repository.MANIFESTS);
    private static final ManifestChecks CHECKS = new ManifestChecks(MANIFESTS);
    private static final List<String> DEPLOYABLES = Repository.deployables();

    @Test
    void everyManifestReadsWithTheKubernetesModelAndNamesNoFieldItDoesNotKnow() {
        assertEquals(List.of(), CHECKS.unreadable());
        assertTrue(MANIFESTS.resources().size() > 40, "only " + MANIFESTS.resources().size() + " resources");
    }

    @Test
    void theKustomizationListsEveryManifest() throws Exception {
        var kustomization = new YAMLMapper().readTree(Repository.MANIFESTS.resolve(Manifests.KUSTOMIZATION).toFile());
        var listed = new ObjectMapper().convertValue(kustomization.get("resources"), List.class);

        assertEquals(Manifests.files(Repository.MANIFESTS), listed);
    }

    @Test
    void everyServiceAndTheGatewayIsDeployedScaledOnCpuAndKeptUpThroughDisruptions() {
        assertEquals(List.of("proposals", "organisations", "events", "feedback", "gateway"), DEPLOYABLES);
        assertEquals(List.of(), CHECKS.missingDeployments(DEPLOYABLES));
        assertAll(DEPLOYABLES.stream().map(deployable -> () -> {
            var autoscaler = MANIFESTS.named(HorizontalPodAutoscaler.class, deployable).orElseThrow();
            assertEquals(deployable, autoscaler.getSpec().getScaleTargetRef().getName());
            assertEquals("cpu", autoscaler.getSpec().getMetrics().get(0).getResource().getName());
            assertTrue(MANIFESTS.named(PodDisruptionBudget.class, deployable).isPresent(), deployable);
        }));
    }

    @Test
    void everyProcessAsksForAndIsHeldToTheTargetMemory() {
        assertAll(MANIFESTS.all(Deployment.class).stream().map(deployment -> () -> {
            var resources = ManifestChecks.container(deployment).getResources();
            assertEquals("350Mi", resources.getLimits().get("memory").toString(), deployment.getMetadata().getName());
            assertEquals("350Mi", resources.getRequests().get("memory").toString(), deployment.getMetadata().getName());
        }));
    }

    @Test
    void probesAskRoutesTheDeployablesServeOnTheirOwnPort() {
        assertEquals(List.of(), CHECKS.probesOffRoutes(DEPLOYABLES));
    }

    @Test
    void everySettingGivenIsOneTheDeployableReads() {
        assertEquals(List.of(), CHECKS.settingsNotRead(DEPLOYABLES));
    }

    @Test
    void everyTopicOfTheCatalogueHasItsKafkaTopicWithThePlatformsPartitions() {
        var prefix = MANIFESTS.named(ConfigMap.class, "samskap-config").orElseThrow().getData().get("SAMSKAP_TOPIC_PREFIX");

        assertEquals(List.of(), CHECKS.missingTopics(topics(), prefix, Repository.platformPartitions()));
    }

    @Test
    void onlyTheGatewayIsReachedFromOutsideAndEachReachesOnlyItsOwnDatabase() {
        assertEquals(List.of(), new NetworkChecks(MANIFESTS).problems(DEPLOYABLES));
    }

    @Test
    void everyDeployableHasADatabaseClusterThatIsBackedUp() {
        var clusters = MANIFESTS.ofKind("Cluster");
        assertAll(DEPLOYABLES.stream().map(deployable -> () -> {
            var cluster = (GenericKubernetesResource) clusters.stream()
                .filter(resource -> resource.getMetadata().getName().equals(deployable + "-db")).findFirst().orElseThrow();
            assertTrue(String.valueOf(ManifestChecks.at(cluster, "spec", "backup", "barmanObjectStore", "destinationPath"))
                .startsWith("s3://"), deployable);
        }));
    }

    @Test
    void secretsAreOnlyReferencedAndEachIsAnOperatorsOrNamedInTheReadme() {
        var readme = Manifests.text(Repository.MANIFESTS.resolveSibling("README.md"));
        var clusters = MANIFESTS.ofKind("Cluster").stream().map(cluster -> cluster.getMetadata().getName() + "-app").toList();
        var secrets = SecretReferences.in(MANIFESTS);

        assertEquals(List.of(), MANIFESTS.ofKind("Secret"));
        assertTrue(secrets.containsAll(List.of("samskap-gateway-oidc", "proposals-db-app", "samskap-backup-s3")), secrets.toString());
        assertAll(secrets.stream().map(secret -> () -> assertTrue(clusters.contains(secret)
            || readme.contains("`" + secret + "`"), secret + " is neither a database's nor named in the README")));
    }

    @Test
    void theRealmImportIsTheStartCommandsRealmWithoutWhatOnlyDevelopmentMayHave() {
        var realmImport = (GenericKubernetesResource) MANIFESTS.ofKind("KeycloakRealmImport").get(0);
        var realm = new ObjectMapper().valueToTree(ManifestChecks.at(realmImport, "spec", "realm"));

        assertEquals(RealmImport.expected(), realm);
        assertFalse(realm.toString().contains("dev-secret"));
    }

    @Test
    void aBrokenManifestIsRefused() {
        var brokenManifests = Manifests.read(Path.of("src/test/resources/broken"));
        var broken = new ManifestChecks(brokenManifests);
        var unreadable = broken.unreadable();
        var probes = broken.probesOffRoutes(List.of("proposals"));

        assertAll(
            () -> assertTrue(unreadable.stream().anyMatch(problem -> problem.startsWith("unreadable.yaml: ")), unreadable.toString()),
            () -> assertTrue(unreadable.stream().anyMatch(problem -> problem.endsWith("at .spec.template.spec.containers[0].readinesProbe")),
                unreadable.toString()),
            () -> assertTrue(probes.contains("proposals has no readiness probe over HTTP"), probes.toString()),
            () -> assertTrue(probes.contains("proposals's liveness probe asks /health/alive, a route it does not serve"),
                probes.toString()),
            () -> assertEquals(List.of("gateway has no Deployment"), broken.missingDeployments(List.of("proposals", "gateway"))),
            () -> assertEquals(List.of("proposals is given SAMSKAP_DATABASE_URL, which its application.yml never reads"),
                broken.settingsNotRead(List.of("proposals"))),
            () -> assertEquals(List.of("proposals takes requests from others than the gateway",
                    "proposals may reach the database events-db", "proposals may not reach its database proposals-db"),
                new NetworkChecks(brokenManifests).problems(List.of("proposals"))),
            () -> assertEquals(topics().stream().map(topic -> "no KafkaTopic for " + topic).toList(),
                broken.missingTopics(topics(), "", 3)));
    }

    private static List<String> topics() {
        return MessageCatalogue.all().stream().map(MessageType::topic).distinct().sorted().toList();
    }
}
