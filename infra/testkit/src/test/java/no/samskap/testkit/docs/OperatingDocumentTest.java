package no.samskap.testkit.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/operating.md names every setting the main code of every module reads, so an operator finds each one there. */
class OperatingDocumentTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path DOCUMENT = ROOT.resolve("docs/operating.md");

    @Test
    void namesEverySettingTheCodeReads() throws IOException {
        var keys = SettingKeys.readBy(ROOT);
        assertTrue(keys.containsAll(Set.of("samskap.messaging.bootstrap-servers", "samskap.messaging.relay.batch-size",
                "samskap.rate-limits.municipalities.<municipality>.person-writes", "samskap.person-blocks.enabled",
                "samskap-gateway.proposals-url", "proposals.repeated-titles.window")),
            "the key reader missed settings it should find: " + keys);
        assertEquals(List.of(), unnamed(keys, Files.readString(DOCUMENT)),
            "settings read by the code but missing from docs/operating.md");
    }

    @Test
    void listsNoSettingTheCodeDoesNotRead() throws IOException {
        var keys = SettingKeys.readBy(ROOT);

        assertEquals(List.of(), listedButNotRead(keys, Files.readString(DOCUMENT)),
            "settings in the tables of docs/operating.md that no code reads");
        assertEquals(List.of("samskap.mail.gone"), listedButNotRead(Set.of("samskap.mail.host"), """
            ## Configuration reference
            | `samskap.mail.host`, `samskap.mail.gone` | `SAMSKAP_MAIL_HOST` | empty | |
            ## Next
            | `samskap.mail.elsewhere` | | | |
            """));
    }

    @Test
    void aSettingLeftOutOfTheDocumentIsNamed() throws IOException {
        var keys = SettingKeys.readBy(ROOT);
        var document = Files.readString(DOCUMENT);
        var withoutPartitions = document.replace("samskap.messaging.partitions", "the number of partitions");

        assertEquals(List.of("samskap.messaging.partitions"), unnamed(keys, withoutPartitions));
        assertEquals(List.of("samskap.mail.host"), unnamed(List.of("samskap.mail.host"), "`samskap.mail.host-name`"));
    }

    @Test
    void readsPrefixesComponentsConstantsAndNestedRecords() {
        var source = """
            @ConfigurationProperties(Outer.PREFIX)
            public record Outer(@Bindable(defaultValue = "a <b@c>, d") String fromAddress, @NotNull Inner inner) {
                public static final String PREFIX = "samskap.outer";

                @ConfigurationProperties("inner")
                public record Inner(@Bindable(defaultValue = "1s") Duration pollInterval) {
                }
            }
            @Requires(property = Outer.PREFIX + ".enabled", notEquals = "false")
            @Requires(property = "micronaut.security.enabled")
            class Job {
                @Scheduled(fixedDelay = "${samskap.job.every:1m}")
                void run() {
                }
            }
            """;

        assertEquals(Set.of("samskap.outer.from-address", "samskap.outer.inner.poll-interval", "samskap.outer.enabled",
            "samskap.job.every"), SettingKeys.keysOf(source, "Outer", Map.of()));
    }

    @Test
    void readsEachPropertyEntriesAndTheYamlTrees() {
        var source = """
            @EachProperty("samskap.limits.municipalities")
            public record Limits(@Parameter String municipality, @Nullable Integer personWrites) {
            }
            """;
        var yaml = """
            micronaut:
              server:
                port: 8080
            samskap:
              mail:
                host: ${SAMSKAP_MAIL_HOST:}
            samskap-gateway:
              read-your-writes:
                timeout: 3s
            """;

        assertEquals(Set.of("samskap.limits.municipalities.<municipality>.person-writes"),
            SettingKeys.keysOf(source, "Limits", Map.of()));
        assertEquals(Set.of("samskap.mail.host", "samskap-gateway.read-your-writes.timeout"),
            SettingKeys.yamlKeys(yaml));
    }

    /** The keys the document does not name as a whole, e.g. {@code samskap.mail.host-name} is not {@code samskap.mail.host}. */
    private static List<String> unnamed(Collection<String> keys, String document) {
        return keys.stream()
            .filter(key -> !Pattern.compile("(?<![\\w.<>-])" + Pattern.quote(key) + "(?![\\w<>-]|\\.\\w)")
                .matcher(document).find())
            .sorted()
            .toList();
    }

    /** The Samskap keys in the first column of the configuration reference's tables that are not read. */
    private static List<String> listedButNotRead(Collection<String> keys, String document) {
        var start = document.indexOf("## Configuration reference");
        var end = document.indexOf("\n## ", start + 1);
        var reference = document.substring(start, end < 0 ? document.length() : end);
        return reference.lines()
            .filter(line -> line.startsWith("| `"))
            .map(line -> line.split("\\|")[1])
            .flatMap(cell -> Pattern.compile("`([^`]+)`").matcher(cell).results().map(match -> match.group(1)))
            .filter(name -> name.startsWith("samskap") || name.startsWith("proposals."))
            .filter(name -> !keys.contains(name))
            .sorted()
            .toList();
    }

    private static Path repositoryRoot() {
        var directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isDirectory(directory.resolve("services")) && Files.isDirectory(directory.resolve("gateway"))
                && Files.isRegularFile(directory.resolve("pom.xml"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
