package no.samskap.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every resource in a folder of manifests, read with fabric8's Kubernetes model: a kind it knows becomes its typed
 * model, an operator's kind a {@code GenericKubernetesResource}. A document that does not read is kept as a problem.
 */
record Manifests(Path folder, List<Manifest> resources, List<String> unreadable) {

    static final String KUSTOMIZATION = "kustomization.yaml";

    private static final KubernetesSerialization MODEL = new KubernetesSerialization();

    record Manifest(String file, HasMetadata resource) {
    }

    static Manifests read(Path folder) {
        var resources = new ArrayList<Manifest>();
        var unreadable = new ArrayList<String>();
        files(folder).forEach(file -> {
            for (var document : text(folder.resolve(file)).split("(?m)^---\\s*$")) {
                parse(file, document, resources, unreadable);
            }
        });
        return new Manifests(folder, List.copyOf(resources), List.copyOf(unreadable));
    }

    /** The resources an overlay builds, each document named by where it came from. */
    static Manifests built(Path overlay, List<String> documents) {
        var resources = new ArrayList<Manifest>();
        var unreadable = new ArrayList<String>();
        documents.forEach(document -> parse(overlay.getFileName().toString(), document, resources, unreadable));
        return new Manifests(overlay, List.copyOf(resources), List.copyOf(unreadable));
    }

    private static void parse(String file, String document, List<Manifest> resources, List<String> unreadable) {
        if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
            return;
        }
        try {
            var resource = MODEL.unmarshal(document, HasMetadata.class);
            if (resource == null || resource.getKind() == null || resource.getMetadata() == null
                || resource.getMetadata().getName() == null) {
                unreadable.add(file + ": a document without kind or metadata.name");
            } else {
                resources.add(new Manifest(file, resource));
            }
        } catch (RuntimeException e) {
            unreadable.add(file + ": " + e.getMessage());
        }
    }

    static List<String> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".yaml") && !name.equals(KUSTOMIZATION))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().map(Manifest::resource).filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> name.equals(resource.getMetadata().getName())).findFirst();
    }

    List<HasMetadata> ofKind(String kind) {
        return resources.stream().map(Manifest::resource).filter(resource -> kind.equals(resource.getKind())).toList();
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
