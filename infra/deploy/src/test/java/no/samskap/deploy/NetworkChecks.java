package no.samskap.deploy;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Only the gateway is reached from outside; a service takes requests from the gateway alone and reaches no
 * database but its own.
 */
final class NetworkChecks {

    private static final String NAME = "app.kubernetes.io/name";
    private static final String DATABASE = "cnpg.io/cluster";

    private final Manifests manifests;

    NetworkChecks(Manifests manifests) {
        this.manifests = manifests;
    }

    List<String> problems(List<String> deployables) {
        var problems = new ArrayList<String>();
        deployables.forEach(deployable -> {
            var policy = policyOf(deployable);
            if (policy.isEmpty()) {
                problems.add(deployable + " has no NetworkPolicy of its own");
                return;
            }
            var spec = policy.get().getSpec();
            if (!spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))) {
                problems.add(deployable + "'s NetworkPolicy limits " + spec.getPolicyTypes() + ", not Ingress and Egress");
            }
            if (!Repository.GATEWAY.equals(deployable) && spec.getIngress().stream().anyMatch(rule -> !fromGatewayOnly(rule))) {
                problems.add(deployable + " takes requests from others than the gateway");
            }
            spec.getEgress().stream().flatMap(rule -> rule.getTo().stream())
                .map(peer -> labels(peer).get(DATABASE))
                .filter(database -> database != null && !database.equals(deployable + "-db"))
                .forEach(database -> problems.add(deployable + " may reach the database " + database));
            if (spec.getEgress().stream().flatMap(rule -> rule.getTo().stream())
                    .noneMatch(peer -> (deployable + "-db").equals(labels(peer).get(DATABASE)))) {
                problems.add(deployable + " may not reach its database " + deployable + "-db");
            }
        });
        return problems;
    }

    private Optional<NetworkPolicy> policyOf(String deployable) {
        return manifests.all(NetworkPolicy.class).stream()
            .filter(policy -> deployable.equals(policy.getSpec().getPodSelector().getMatchLabels().get(NAME)))
            .findFirst();
    }

    private static boolean fromGatewayOnly(NetworkPolicyIngressRule rule) {
        return !rule.getFrom().isEmpty() && rule.getFrom().stream().allMatch(peer ->
            peer.getIpBlock() == null && peer.getNamespaceSelector() == null
                && Map.of(NAME, Repository.GATEWAY).equals(labels(peer)));
    }

    private static Map<String, String> labels(NetworkPolicyPeer peer) {
        return peer.getPodSelector() == null || peer.getPodSelector().getMatchLabels() == null
            ? Map.of() : peer.getPodSelector().getMatchLabels();
    }
}
