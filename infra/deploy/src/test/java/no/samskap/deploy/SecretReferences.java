package no.samskap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** The names of the Secrets the manifests read from, wherever Kubernetes or an operator's resource names one. */
final class SecretReferences {

    private static final Set<String> REFERENCES = Set.of("secretKeyRef", "secret", "usernameSecret", "passwordSecret",
        "accessKeyId", "secretAccessKey");
    /** KEDA's TriggerAuthentication: a list of parameters, each read from a named Secret. */
    private static final String TARGETS = "secretTargetRef";
    private static final Set<String> NAMES = Set.of("secretName", "tlsSecret");
    private static final KubernetesSerialization MODEL = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretReferences() {
    }

    static Set<String> in(Manifests manifests) {
        var names = new TreeSet<String>();
        manifests.resources().forEach(manifest -> collect(tree(manifest.resource()), names));
        return names;
    }

    private static JsonNode tree(HasMetadata resource) {
        try {
            return JSON.readTree(MODEL.asJson(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, Set<String> names) {
        node.fields().forEachRemaining(field -> {
            if (TARGETS.equals(field.getKey())) {
                field.getValue().forEach(target -> names.add(target.get("name").asText()));
            } else if (REFERENCES.contains(field.getKey()) && field.getValue().has("name")) {
                names.add(field.getValue().get("name").asText());
            } else if (NAMES.contains(field.getKey()) && field.getValue().isTextual()) {
                names.add(field.getValue().asText());
            }
        });
        node.elements().forEachRemaining(child -> collect(child, names));
    }
}
