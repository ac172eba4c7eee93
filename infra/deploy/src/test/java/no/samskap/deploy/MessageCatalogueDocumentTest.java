package no.samskap.deploy;

import no.samskap.contract.MessageCatalogue;
import no.samskap.contract.MessageType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The topic table of docs/messages.md names the same writers and readers as the code the Kafka users are held to
 * ({@link TopicUse}), so an operator reading the catalogue sees what the ACLs allow.
 */
class MessageCatalogueDocumentTest {

    private static final Pattern TOPIC = Pattern.compile("`([^`]+)`");
    private static final Pattern WRITER = Pattern.compile("(?<!was )services/(\\w+)");
    private static final Pattern READER = Pattern.compile("\\(`([a-z]+)`");

    @Test
    void theTopicTableNamesEveryTopicOfTheCatalogue() {
        var topics = new TreeSet<>(MessageCatalogue.all().stream().map(MessageType::topic).toList());

        assertEquals(topics, table().keySet());
    }

    @Test
    void theTopicTableNamesTheDeployablesThatWriteEachTopic() {
        assertEquals(byTopic(TopicUse::produced), column(1, WRITER));
    }

    @Test
    void theTopicTableNamesTheConsumerGroupsThatReadEachTopic() {
        var groups = new TreeMap<String, Set<String>>();
        Repository.deployables().forEach(deployable -> TopicUse.consumed(deployable).forEach(topic ->
            groups.computeIfAbsent(topic, none -> new TreeSet<>()).add(TopicUse.consumerGroup(deployable))));

        assertEquals(withEveryTopic(groups), column(3, READER));
    }

    private static Map<String, Set<String>> byTopic(java.util.function.Function<String, Set<String>> use) {
        var deployables = new TreeMap<String, Set<String>>();
        Repository.deployables().forEach(deployable -> use.apply(deployable).forEach(topic ->
            deployables.computeIfAbsent(topic, none -> new TreeSet<>()).add(deployable)));
        return withEveryTopic(deployables);
    }

    private static Map<String, Set<String>> withEveryTopic(Map<String, Set<String>> named) {
        var every = new TreeMap<String, Set<String>>();
        table().keySet().forEach(topic -> every.put(topic, named.getOrDefault(topic, Set.of())));
        return every;
    }

    private static Map<String, Set<String>> column(int index, Pattern name) {
        var named = new TreeMap<String, Set<String>>();
        table().forEach((topic, cells) -> {
            var names = new TreeSet<String>();
            name.matcher(cells.get(index)).results().forEach(match -> names.add(match.group(1)));
            named.put(topic, names);
        });
        return named;
    }

    /** Each row of the table under "## Topics", by its topic, as its cells. */
    private static Map<String, List<String>> table() {
        var document = Manifests.text(Repository.ROOT.resolve("docs/messages.md"));
        var start = document.indexOf("| topic | producer |");
        var rows = new TreeMap<String, List<String>>();
        document.substring(start).lines().skip(2).takeWhile(line -> line.startsWith("|")).forEach(line -> {
            var cells = List.of(line.substring(1, line.length() - 1).split("\\|"));
            var topic = TOPIC.matcher(cells.get(0));
            topic.find();
            rows.put(topic.group(1), cells);
        });
        return rows;
    }
}
