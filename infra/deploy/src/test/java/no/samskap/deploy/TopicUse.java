package no.samskap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The topics a deployable writes and reads, and its consumer group, read from its main code the way the platform
 * wires it: a handler reads the topic of the aggregate type it names ({@code HandlersByType.of(...)} or its
 * {@code source()}), the platform's own handlers read in every deployable that does not switch them off, a class
 * that appends to the outbox writes the topics of the message types it names, and {@code PersonNotifier} writes the
 * notification feed. Constants are resolved through the contract, so a topic is named as the catalogue names it.
 */
final class TopicUse {

    private static final Pattern HANDLED = Pattern.compile(
        "HandlersByType\\.of\\(\\s*(\\w+Messages)\\.([A-Z_]+)|AggregateType source\\(\\)\\s*\\{\\s*return\\s+(\\w+Messages)\\.([A-Z_]+)\\s*;");
    private static final Pattern NAMED = Pattern.compile("\\b(\\w+Messages)\\.([A-Z_]+)\\b");
    private static final Pattern SWITCH = Pattern.compile(
        "@Requires\\(property = (?:\"([^\"]+)\"|(\\w+)\\.(\\w+)), notEquals = \"false\"\\)");
    private static final String NOTIFICATION_FEED = "samskap.notifications.feed";
    private static final Path PLATFORM = Repository.ROOT.resolve("infra/platform/src/main/java");

    private TopicUse() {
    }

    static Set<String> consumed(String deployable) {
        var topics = new TreeSet<String>();
        sources(deployable).forEach(source -> topics.addAll(handled(Manifests.text(source))));
        platformHandlers().stream()
            .filter(handler -> switchedOn(handler, deployable))
            .forEach(handler -> topics.addAll(handled(Manifests.text(handler))));
        return topics;
    }

    static Set<String> produced(String deployable) {
        var topics = new TreeSet<String>();
        sources(deployable).forEach(source -> {
            var text = Manifests.text(source);
            if (text.contains("outbox.append(")) {
                NAMED.matcher(text).results().filter(match -> contractClass(match.group(1)).isPresent())
                    .forEach(match -> topics.add(topic(match.group(1), match.group(2))));
            }
            if (text.contains("PersonNotifier")) {
                topics.add(NOTIFICATION_FEED);
            }
        });
        return topics;
    }

    static String consumerGroup(String deployable) {
        return setting(deployable, "samskap", "messaging", "consumer-group").asText();
    }

    /** The platform's handlers: the classes under infra/platform that name the topic they read. */
    static List<Path> platformHandlers() {
        return javaFiles(PLATFORM).filter(source -> !handled(Manifests.text(source)).isEmpty()).toList();
    }

    private static Set<String> handled(String text) {
        var topics = new TreeSet<String>();
        HANDLED.matcher(text).results().forEach(match -> topics.add(match.group(1) != null
            ? topic(match.group(1), match.group(2)) : topic(match.group(3), match.group(4))));
        return topics;
    }

    /** A platform handler runs unless the deployable's application.yml sets its switch to false. */
    private static boolean switchedOn(Path handler, String deployable) {
        var text = Manifests.text(handler);
        return SWITCH.matcher(text).results().allMatch(match -> {
            var key = match.group(1) != null ? match.group(1) : constant(handler, match.group(2), match.group(3));
            return !"false".equals(setting(deployable, key.split("\\.")).asText());
        });
    }

    private static String constant(Path handler, String owner, String name) {
        var source = handler.resolveSibling(owner + ".java");
        var match = Pattern.compile(name + "\\s*=\\s*\"([^\"]+)\"").matcher(Manifests.text(source));
        if (!match.find()) {
            throw new IllegalStateException("No constant " + owner + "." + name + " next to " + handler);
        }
        return match.group(1);
    }

    /** The topic of a contract constant, whether it is a message type or an aggregate type. */
    private static String topic(String owner, String name) {
        var type = contractClass(owner).orElseThrow(() -> new IllegalStateException("No contract class " + owner));
        try {
            var value = type.getField(name).get(null);
            return String.valueOf(value.getClass().getMethod("topic").invoke(value));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the topic of " + owner + "." + name + ": " + e, e);
        }
    }

    private static Optional<Class<?>> contractClass(String simpleName) {
        var contract = Repository.ROOT.resolve("services/contract/src/main/java");
        return javaFiles(contract).filter(file -> file.getFileName().toString().equals(simpleName + ".java")).findFirst()
            .map(source -> {
                try {
                    return Class.forName(contract.relativize(source).toString().replace(".java", "").replace('/', '.'));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("The contract class " + source + " is not on the test classpath", e);
                }
            });
    }

    private static JsonNode setting(String deployable, String... path) {
        try {
            var node = new YAMLMapper().readTree(
                Repository.module(deployable).resolve("src/main/resources/application.yml").toFile());
            for (var step : path) {
                node = node.path(step);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources(String deployable) {
        var roots = Repository.GATEWAY.equals(deployable)
            ? directories(Repository.ROOT.resolve("gateway")).map(module -> module.resolve("src/main/java")).toList()
            : List.of(Repository.module(deployable).resolve("src/main/java"));
        return roots.stream().filter(Files::isDirectory).flatMap(TopicUse::javaFiles).toList();
    }

    private static Stream<Path> directories(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
