package no.samskap.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import no.samskap.contract.MessageCatalogue;
import no.samskap.contract.MessageType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestsTest {

    private static final Manifests MANIFESTS = Manifests.read(Repository.MANIFESTS);
    private static final ManifestChecks CHECKS = new ManifestChecks(MANIFESTS);
    private static final List<String> DEPLOYABLES = Repository.deployables();
    private static final Map<String, String> CONFIG = MANIFESTS.named(ConfigMap.class, "samskap-config").orElseThrow().getData();
    private static final KafkaChecks KAFKA = new KafkaChecks(MANIFESTS, CONFIG.get("SAMSKAP_TOPIC_PREFIX"));

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
    void everyServiceAndTheGatewayIsDeployedScaledOnCpuAndLagAndKeptUpThroughDisruptions() {
        assertEquals(List.of("proposals", "organisations", "events", "feedback", "gateway"), DEPLOYABLES);
        assertEquals(List.of(), CHECKS.missingDeployments(DEPLOYABLES));
        assertAll(DEPLOYABLES.stream().map(deployable -> () -> {
            assertEquals(List.of(), KAFKA.scalingProblems(deployable));
            assertTrue(MANIFESTS.named(PodDisruptionBudget.class, deployable).isPresent(), deployable);
        }));
    }

    @Test
    void everyDeployableSignsInToKafkaAsItsOwnUserAllowedExactlyTheTopicsItsCodeUses() {
        assertAll(DEPLOYABLES.stream().map(deployable -> () -> {
            assertEquals(List.of(), KAFKA.userProblems(deployable));
            assertEquals(List.of(), KAFKA.credentialProblems(deployable));
        }));
        assertEquals(Set.of("samskap.proposals.idea", "samskap.notifications.feed", "samskap.municipalities.municipality",
            "samskap.municipalities.person-block", "samskap.persons.erasure"), TopicUse.produced("proposals"));
        assertTrue(TopicUse.consumed("events").contains("samskap.proposals.idea"));
        assertFalse(TopicUse.consumed("gateway").contains("samskap.municipalities.person-block"),
            "the gateway switches the person-block copy off");
    }

    @Test
    void kafkaRunsInKraftModeAndLetsInOnlyUsersThatSignIn() {
        var kafka = (GenericKubernetesResource) MANIFESTS.ofKind("Kafka").get(0);
        var listeners = (List<?>) ManifestChecks.at(kafka, "spec", "kafka", "listeners");
        var pools = MANIFESTS.ofKind("KafkaNodePool").stream().map(GenericKubernetesResource.class::cast).toList();
        var roles = pools.stream().flatMap(pool -> ((List<?>) ManifestChecks.at(pool, "spec", "roles")).stream()).toList();

        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"));
        assertTrue(roles.containsAll(List.of("controller", "broker")), roles.toString());
        assertAll(listeners.stream().map(listener -> () -> assertEquals("scram-sha-512",
            ((Map<?, ?>) ((Map<?, ?>) listener).get("authentication")).get("type"), listener.toString())));
        assertEquals("simple", ManifestChecks.at(kafka, "spec", "kafka", "authorization", "type"));
        assertEquals("SCRAM-SHA-512", CONFIG.get("SAMSKAP_MESSAGING_AUTHENTICATION_MECHANISM"));
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
        assertEquals(List.of(), CHECKS.missingTopics(topics(), CONFIG.get("SAMSKAP_TOPIC_PREFIX"), Repository.platformPartitions()));
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
        var kafkaUsers = MANIFESTS.ofKind("KafkaUser").stream().map(user -> user.getMetadata().getName()).toList();
        var secrets = SecretReferences.in(MANIFESTS);

        assertEquals(List.of(), MANIFESTS.ofKind("Secret"));
        assertTrue(secrets.containsAll(List.of("samskap-gateway-oidc", "proposals-db-app", "samskap-backup-s3")), secrets.toString());
        assertAll(secrets.stream().map(secret -> () -> assertTrue(clusters.contains(secret) || kafkaUsers.contains(secret)
            || readme.contains("`" + secret + "`"), secret + " is neither a database's, nor a Kafka user's, nor named in the README")));
        assertTrue(secrets.contains("gateway-kafka"), secrets.toString());
    }

    @Test
    void theRealmImportIsTheStartCommandsRealmWithoutWhatOnlyDevelopmentMayHave() {
        var realmImport = (GenericKubernetesResource) MANIFESTS.ofKind("KeycloakRealmImport").get(0);
        var realm = new ObjectMapper().valueToTree(ManifestChecks.at(realmImport, "spec", "realm"));

        assertEquals(RealmImport.expected(), realm);
        assertFalse(realm.toString().contains("dev-secret"));
    }

    /** Keycloak refuses a sign-in that names an organization it lacks, so the gateway may name only the realm's. */
    @Test
    void theGatewayNamesOnSignInExactlyTheMunicipalitiesTheRealmImportHasAsOrganizations() {
        var realmImport = (GenericKubernetesResource) MANIFESTS.ofKind("KeycloakRealmImport").get(0);
        var realm = new ObjectMapper().valueToTree(ManifestChecks.at(realmImport, "spec", "realm"));
        var aliases = new ArrayList<String>();
        realm.path("organizations").forEach(organization -> aliases.add(organization.path("alias").asText()));
        var gatewayConfig = MANIFESTS.named(ConfigMap.class, "gateway-config").orElseThrow().getData();

        assertTrue(realm.path("organizationsEnabled").asBoolean());
        assertEquals(String.join(",", aliases), gatewayConfig.get("SAMSKAP_SIGN_IN_ORGANIZATIONS"));
    }

    @Test
    void aBrokenManifestIsRefused() {
        var brokenManifests = Manifests.read(Path.of("src/test/resources/broken"));
        var broken = new ManifestChecks(brokenManifests);
        var unreadable = broken.unreadable();
        var probes = broken.probesOffRoutes(List.of("proposals"));
        var brokenKafka = new KafkaChecks(brokenManifests, "");

        assertAll(
            () -> assertTrue(unreadable.stream().anyMatch(problem -> problem.startsWith("unreadable.yaml: ")), unreadable.toString()),
            () -> assertTrue(unreadable.stream().anyMatch(problem -> problem.endsWith("at .spec.template.spec.containers[0].readinesProbe")),
                unreadable.toString()),
            () -> assertTrue(probes.contains("proposals has no readiness probe over HTTP"), probes.toString()),
            () -> assertTrue(probes.contains("proposals's liveness probe asks /health/alive, a route it does not serve"),
                probes.toString()),
            () -> assertEquals(List.of("gateway has no Deployment"), broken.missingDeployments(List.of("proposals", "gateway"))),
            () -> assertEquals(List.of("proposals is given SAMSKAP_DATABASE_URL, which its application.yml never reads and is no "
                    + "setting of docs/operating.md"),
                broken.settingsNotRead(List.of("proposals"))),
            () -> assertEquals(List.of("proposals takes requests from others than the gateway",
                    "proposals may reach the database events-db", "proposals may not reach its database proposals-db"),
                new NetworkChecks(brokenManifests).problems(List.of("proposals"))),
            () -> assertEquals(topics().stream().map(topic -> "no KafkaTopic for " + topic).toList(),
                broken.missingTopics(topics(), "", 3)),
            () -> assertEquals(List.of(
                    "proposals may read [samskap.events.venue], but its code needs " + TopicUse.consumed("proposals")
                        + "; missing " + TopicUse.consumed("proposals") + "; not needed [samskap.events.venue]",
                    "proposals may write [], but its code needs " + TopicUse.produced("proposals") + "; missing "
                        + TopicUse.produced("proposals"),
                    "proposals may write the transactional ids starting [], but its code needs [proposals-outbox-relay-]; "
                        + "missing [proposals-outbox-relay-]"),
                brokenKafka.userProblems("proposals")),
            () -> assertEquals(List.of("proposals signs in to Kafka as null, not proposals-kafka",
                    "proposals does not read its Kafka password from the Secret proposals-kafka"),
                brokenKafka.credentialProblems("proposals")),
            () -> assertEquals(List.of("proposals has the HorizontalPodAutoscaler proposals-cpu beside KEDA's, which makes its own",
                    "proposals is scaled on the lag of the group proposal, but it consumes as proposals",
                    "proposals's lag trigger names no TriggerAuthentication there is"),
                brokenKafka.scalingProblems("proposals")),
            () -> assertEquals(List.of("gateway has no KafkaUser gateway-kafka"), brokenKafka.userProblems("gateway")));
    }

    private static List<String> topics() {
        return MessageCatalogue.all().stream().map(MessageType::topic).distinct().sorted().toList();
    }
}
