package no.samskap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a Kustomize overlay the way {@code kubectl apply -k} would, for the parts our overlays use, since no
 * kustomize binary is at hand: {@code resources} (files, or folders with their own kustomization) and
 * {@code patches}, each a file or an inline patch, optionally with a {@code target} (kind, name, labelSelector of
 * {@code key=value} pairs). A patch that is a list of operations is a JSON patch (RFC 6902: add, replace, remove);
 * any other is a strategic-merge patch applied as a JSON merge patch (RFC 7386), which is what Kustomize does for
 * operators' kinds; with a target, the patch's own name is ignored, as Kustomize does. For Kubernetes' own kinds Kustomize would merge some lists by name instead of replacing them,
 * so a merge patch that sets one of those lists is refused rather than built differently. A patch that matches no
 * resource is a problem, as it is for Kustomize.
 */
final class Kustomization {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String FILE = "kustomization.yaml";
    private static final Set<String> LISTS_MERGED_BY_NAME =
        Set.of("containers", "initContainers", "env", "envFrom", "ports", "volumes", "volumeMounts");
    private static final Set<String> OPERATORS = Set.of("kafka.strimzi.io", "keda.sh", "postgresql.cnpg.io", "k8s.keycloak.org");

    record Built(List<ObjectNode> resources, List<String> problems) {

        /** The built resources as YAML documents, to be read by {@link Manifests} like a folder of manifests. */
        List<String> documents() {
            return resources.stream().map(resource -> {
                try {
                    return YAML.writeValueAsString(resource);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private Kustomization() {
    }

    static Built build(Path folder) {
        var resources = new ArrayList<ObjectNode>();
        var problems = new ArrayList<String>();
        var kustomization = read(folder.resolve(FILE)).get(0);
        kustomization.path("resources").forEach(entry -> {
            var path = folder.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                var base = build(path);
                resources.addAll(base.resources());
                problems.addAll(base.problems());
            } else {
                read(path).forEach(resource -> resources.add((ObjectNode) resource));
            }
        });
        kustomization.path("patches").forEach(entry -> {
            var name = entry.has("path") ? entry.get("path").asText() : "an inline patch";
            var patches = entry.has("path") ? read(folder.resolve(entry.get("path").asText()))
                : read(entry.get("patch").asText());
            patches.forEach(patch -> problems.addAll(apply(name, patch, entry.get("target"), resources)));
        });
        return new Built(resources, problems);
    }

    private static List<String> apply(String name, JsonNode patch, JsonNode target, List<ObjectNode> resources) {
        var selector = target != null ? target : patch;
        var matched = resources.stream().filter(resource -> matches(resource, selector, target == null)).toList();
        if (matched.isEmpty()) {
            return List.of(name + " patches " + describe(selector, target == null) + ", which the base does not have");
        }
        var problems = new ArrayList<String>();
        var merged = patch.deepCopy();
        if (merged instanceof ObjectNode object && object.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove("name");
        }
        matched.forEach(resource -> {
            if (patch.isArray()) {
                patch.forEach(operation -> problems.addAll(JsonPatch.apply(name, resource, operation)));
            } else {
                if (isOwnKind(resource)) {
                    refuseListsMergedByName(name, patch, "", problems);
                }
                merge(resource, merged);
            }
        });
        return problems;
    }

    private static boolean matches(ObjectNode resource, JsonNode selector, boolean byPatchItself) {
        var kind = selector.path("kind").asText();
        var name = byPatchItself ? selector.path("metadata").path("name").asText() : selector.path("name").asText();
        if (!kind.equals(resource.path("kind").asText())) {
            return false;
        }
        if (!name.isEmpty() && !name.equals(resource.path("metadata").path("name").asText())) {
            return false;
        }
        var labels = selector.path("labelSelector").asText();
        if (labels.isEmpty()) {
            return true;
        }
        for (var pair : labels.split(",")) {
            var parts = pair.split("=", 2);
            if (!parts[1].trim().equals(resource.path("metadata").path("labels").path(parts[0].trim()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonNode selector, boolean byPatchItself) {
        var name = byPatchItself ? selector.path("metadata").path("name").asText() : selector.path("name").asText();
        return selector.path("kind").asText() + (name.isEmpty() ? "" : " " + name)
            + (selector.path("labelSelector").asText().isEmpty() ? "" : " labelled " + selector.path("labelSelector").asText());
    }

    /** RFC 7386: objects merge key by key, null removes a key, anything else (a list too) replaces. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            var value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        });
    }

    private static void refuseListsMergedByName(String name, JsonNode patch, String path, List<String> problems) {
        patch.fields().forEachRemaining(field -> {
            var at = path + "/" + field.getKey();
            if (LISTS_MERGED_BY_NAME.contains(field.getKey()) && field.getValue().isArray()) {
                problems.add(name + " sets the list " + at + ", which Kustomize merges by name and this build would "
                    + "replace; use a JSON patch");
            } else if (field.getValue().isObject()) {
                refuseListsMergedByName(name, field.getValue(), at, problems);
            }
        });
    }

    private static boolean isOwnKind(ObjectNode resource) {
        var group = resource.path("apiVersion").asText().split("/")[0];
        return OPERATORS.stream().noneMatch(group::equals);
    }

    private static List<JsonNode> read(Path file) {
        return read(Manifests.text(file));
    }

    private static List<JsonNode> read(String text) {
        var documents = new ArrayList<JsonNode>();
        for (var document : text.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            try {
                documents.add(YAML.readTree(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    /** RFC 6902, the three operations the overlays use; a path that is not there is a problem, not a new branch. */
    private static final class JsonPatch {

        static List<String> apply(String name, ObjectNode resource, JsonNode operation) {
            var op = operation.path("op").asText();
            var path = operation.path("path").asText();
            var steps = path.substring(1).split("/");
            JsonNode parent = resource;
            for (var i = 0; i < steps.length - 1; i++) {
                parent = parent.isArray() ? parent.path(Integer.parseInt(steps[i])) : parent.path(unescape(steps[i]));
                if (parent.isMissingNode()) {
                    return List.of(name + " " + op + "s " + path + ", which " + resource.path("kind").asText() + " "
                        + resource.path("metadata").path("name").asText() + " does not have");
                }
            }
            var last = unescape(steps[steps.length - 1]);
            var exists = parent.isArray() ? !"-".equals(last) && parent.has(Integer.parseInt(last)) : parent.has(last);
            if (!"add".equals(op) && !exists) {
                return List.of(name + " " + op + "s " + path + ", which " + resource.path("kind").asText() + " "
                    + resource.path("metadata").path("name").asText() + " does not have");
            }
            var value = operation.get("value");
            switch (op) {
                case "add", "replace" -> set(parent, last, value, "add".equals(op));
                case "remove" -> remove(parent, last);
                default -> {
                    return List.of(name + " uses the operation " + op + ", which this build does not know");
                }
            }
            return List.of();
        }

        private static void set(JsonNode parent, String last, JsonNode value, boolean insert) {
            if (parent instanceof ObjectNode object) {
                object.set(last, value.deepCopy());
            } else if (parent instanceof ArrayNode array) {
                if ("-".equals(last)) {
                    array.add(value.deepCopy());
                } else if (insert) {
                    array.insert(Integer.parseInt(last), value.deepCopy());
                } else {
                    array.set(Integer.parseInt(last), value.deepCopy());
                }
            }
        }

        private static void remove(JsonNode parent, String last) {
            if (parent instanceof ObjectNode object) {
                object.remove(last);
            } else if (parent instanceof ArrayNode array) {
                array.remove(Integer.parseInt(last));
            }
        }

        private static String unescape(String step) {
            return step.replace("~1", "/").replace("~0", "~");
        }
    }
}
