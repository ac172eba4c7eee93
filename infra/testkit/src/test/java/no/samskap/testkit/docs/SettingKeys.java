package no.samskap.testkit.docs;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every configuration key the main code of the repository reads, found in its sources: {@code ${samskap...}}
 * placeholders, {@code @Requires(property = ...)}, the prefixes of {@code @ConfigurationProperties} and
 * {@code @EachProperty} records with their components, and the {@code samskap} and {@code samskap-gateway} trees of
 * every {@code application.yml}. An {@code @EachProperty} key names its entry as {@code <parameter>}, e.g.
 * {@code samskap.rate-limits.municipalities.<municipality>.window}.
 */
final class SettingKeys {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", ".git", ".samskap");
    private static final Set<String> YAML_TREES = Set.of("samskap", "samskap-gateway");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(samskap[a-z0-9.-]*)");
    private static final Pattern REQUIRES = Pattern.compile("@Requires\\(\\s*property\\s*=\\s*([^,)]+)");
    private static final Pattern PROPERTIES =
        Pattern.compile("@(ConfigurationProperties|EachProperty)\\(\\s*([^)]+?)\\s*\\)");
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(");
    private static final Pattern CONSTANT =
        Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\((?:[^()]|\\([^()]*\\))*\\))?");

    private SettingKeys() {
    }

    static Set<String> readBy(Path root) {
        var javaFiles = filesUnder(root, path -> path.toString().endsWith(".java")
            && path.toString().contains("/src/main/java/"));
        var constants = constantsOf(javaFiles);
        var keys = new TreeSet<String>();
        for (var file : javaFiles) {
            keys.addAll(keysOf(read(file), file.getFileName().toString().replace(".java", ""), constants));
        }
        for (var yaml : filesUnder(root, path -> path.getFileName().toString().matches("application.*\\.ya?ml")
            && path.toString().contains("/src/main/resources/"))) {
            keys.addAll(yamlKeys(read(yaml)));
        }
        return keys;
    }

    /** The keys of one Java source; {@code constants} holds {@code Class.NAME} of every file. */
    static Set<String> keysOf(String source, String className, Map<String, String> constants) {
        var local = new HashMap<>(constants);
        var own = CONSTANT.matcher(source);
        while (own.find()) {
            local.put(own.group(1), own.group(2));
            local.put(className + "." + own.group(1), own.group(2));
        }
        var keys = new TreeSet<String>();
        var placeholders = PLACEHOLDER.matcher(source);
        while (placeholders.find()) {
            keys.add(placeholders.group(1));
        }
        var requires = REQUIRES.matcher(source);
        while (requires.find()) {
            var key = evaluate(requires.group(1), local, className);
            if (key.startsWith("samskap")) {
                keys.add(key);
            }
        }
        String outerPrefix = null;
        var properties = PROPERTIES.matcher(source);
        while (properties.find()) {
            var prefix = evaluate(properties.group(2), local, className);
            var nested = depthAt(source, properties.start()) > 0;
            if (nested) {
                if (outerPrefix == null) {
                    throw new IllegalStateException(className + ": a nested @" + properties.group(1)
                        + " without an outer one");
                }
                prefix = outerPrefix + "." + prefix;
            } else {
                outerPrefix = prefix;
            }
            keys.addAll(componentKeys(source, properties, prefix, className));
        }
        return keys;
    }

    private static List<String> componentKeys(String source, Matcher properties, String prefix, String className) {
        var record = RECORD.matcher(source);
        if (!record.find(properties.end()) || source.substring(properties.end(), record.start()).contains("{")) {
            throw new IllegalStateException(className + ": @" + properties.group(1) + "(\"" + prefix
                + "\") is not on a record; teach " + SettingKeys.class.getSimpleName() + " to read it");
        }
        var each = properties.group(1).equals("EachProperty");
        var keys = new ArrayList<String>();
        String entry = null;
        for (var component : components(source, record.end())) {
            var annotations = ANNOTATION.matcher(component).results().map(java.util.regex.MatchResult::group).toList();
            var words = ANNOTATION.matcher(component).replaceAll(" ").trim().split("\\s+");
            var name = words[words.length - 1];
            var type = words[0].replaceAll("<.*", "");
            if (each && annotations.stream().anyMatch(annotation -> annotation.startsWith("@Parameter"))) {
                entry = name;
            } else if (!isNestedSettings(source, type)) {
                keys.add(kebab(name));
            }
        }
        if (each) {
            var entryName = entry == null ? "name" : entry;
            return keys.stream().map(key -> prefix + ".<" + entryName + ">." + key).toList();
        }
        return keys.stream().map(key -> prefix + "." + key).toList();
    }

    private static boolean isNestedSettings(String source, String type) {
        var declaration = Pattern.compile("@ConfigurationProperties\\([^)]*\\)\\s*(public\\s+|static\\s+)*record\\s+"
            + Pattern.quote(type) + "\\b");
        return declaration.matcher(source).find();
    }

    private static List<String> components(String source, int from) {
        var components = new ArrayList<String>();
        var depth = 0;
        var start = from;
        for (int i = from; i < source.length(); i++) {
            var c = source.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            } else if ((c == ')' || c == '>') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                var component = source.substring(start, i).trim();
                if (!component.isEmpty()) {
                    components.add(component);
                }
                if (c == ')') {
                    return components;
                }
                start = i + 1;
            }
        }
        throw new IllegalStateException("a record's components never close");
    }

    private static int depthAt(String source, int position) {
        var depth = 0;
        for (int i = 0; i < position; i++) {
            var c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** A string literal, a constant ({@code NAME} or {@code Class.NAME}), or several joined with {@code +}. */
    private static String evaluate(String expression, Map<String, String> constants, String className) {
        var value = new StringBuilder();
        for (var part : expression.split("\\+")) {
            var term = part.trim();
            if (term.startsWith("\"") && term.endsWith("\"") && term.length() >= 2) {
                value.append(term, 1, term.length() - 1);
            } else if (constants.containsKey(term)) {
                value.append(constants.get(term));
            } else {
                throw new IllegalStateException(className + ": cannot read the setting name " + expression);
            }
        }
        return value.toString();
    }

    private static Map<String, String> constantsOf(List<Path> javaFiles) {
        var constants = new HashMap<String, String>();
        for (var file : javaFiles) {
            var className = file.getFileName().toString().replace(".java", "");
            var matcher = CONSTANT.matcher(read(file));
            while (matcher.find()) {
                constants.put(className + "." + matcher.group(1), matcher.group(2));
            }
        }
        return constants;
    }

    static Set<String> yamlKeys(String yaml) {
        var keys = new TreeSet<String>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document instanceof Map<?, ?> tree) {
                tree.forEach((name, value) -> {
                    if (YAML_TREES.contains(String.valueOf(name))) {
                        flatten(String.valueOf(name), value, keys);
                    }
                });
            }
        }
        return keys;
    }

    private static void flatten(String prefix, Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> children && !children.isEmpty()) {
            children.forEach((name, child) -> flatten(prefix + "." + name, child, keys));
        } else {
            keys.add(prefix);
        }
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Path> filesUnder(Path root, java.util.function.Predicate<Path> wanted) {
        var found = new ArrayList<Path>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return SKIPPED_DIRECTORIES.contains(String.valueOf(directory.getFileName()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (wanted.test(Path.of("/").resolve(root.relativize(file)))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
