package no.samskap.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the code says the deployment must hold: the deployables (every service module but the contract, and the
 * gateway), the settings each reads, the routes each serves, and the partitions the platform gives a topic.
 */
final class Repository {

    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    static final Path MANIFESTS = ROOT.resolve("infra/deploy/kubernetes");
    static final Path REALM = ROOT.resolve("infra/keycloak/src/main/resources/keycloak/samskap-realm.json");
    static final String GATEWAY = "gateway";

    private static final Set<String> NOT_DEPLOYED = Set.of("contract");
    private static final Pattern DOCUMENTED_KEY = Pattern.compile("`([a-z][\\w.-]+)`");
    private static final Pattern MODULE = Pattern.compile("<module>([\\w-]+)</module>");
    private static final Pattern PARTITIONS =
        Pattern.compile("@Bindable\\(defaultValue = \"(\\d+)\"\\) @Min\\(1\\) int partitions");

    private Repository() {
    }

    static List<String> deployables() {
        var deployables = new ArrayList<String>();
        MODULE.matcher(Manifests.text(ROOT.resolve("services/pom.xml"))).results()
            .map(match -> match.group(1))
            .filter(module -> !NOT_DEPLOYED.contains(module))
            .forEach(deployables::add);
        deployables.add(GATEWAY);
        return deployables;
    }

    static Path module(String deployable) {
        return GATEWAY.equals(deployable) ? ROOT.resolve("gateway/app") : ROOT.resolve("services/" + deployable);
    }

    /** Every application*.yml the deployable reads its settings from, as one text. */
    static String settings(String deployable) {
        var resources = module(deployable).resolve("src/main/resources");
        try (Stream<Path> files = Files.list(resources)) {
            return files.filter(file -> file.getFileName().toString().matches("application.*\\.yml"))
                .map(Manifests::text)
                .reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GET routes of the deployable's authorization table, which its matrix test holds to every route it serves. */
    static List<String> getRoutes(String deployable) {
        return Manifests.text(module(deployable).resolve("src/test/resources/authorization-matrix.txt")).lines()
            .filter(line -> line.startsWith("GET "))
            .map(line -> line.substring(4, line.indexOf('|')).trim())
            .toList();
    }

    /**
     * The keys of docs/operating.md's configuration reference for every deployable, in Micronaut's environment form
     * ({@code SAMSKAP_MESSAGING_PARTITIONS}), which sets a key without a placeholder; OperatingDocumentTest holds that
     * table to the keys the code reads.
     */
    static Set<String> documentedSettingsInEnvironmentForm() {
        var document = Manifests.text(ROOT.resolve("docs/operating.md"));
        var start = document.indexOf("### Every service and the gateway");
        var table = document.substring(start, document.indexOf("\n#", start + 1));
        var names = new java.util.TreeSet<String>();
        table.lines().filter(line -> line.startsWith("| `")).forEach(line -> DOCUMENTED_KEY.matcher(line.split("\\|")[1])
            .results().forEach(key -> names.add(key.group(1).toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_"))));
        return names;
    }

    static int platformPartitions() {
        var source = ROOT.resolve("infra/platform/src/main/java/no/samskap/platform/messaging/MessagingConfiguration.java");
        var match = PARTITIONS.matcher(Manifests.text(source));
        if (!match.find()) {
            throw new IllegalStateException("No default for samskap.messaging.partitions in " + source);
        }
        return Integer.parseInt(match.group(1));
    }
}
