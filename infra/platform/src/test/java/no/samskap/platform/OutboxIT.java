package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.exceptions.TransactionUsageException;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.platform.fixture.Note;
import no.samskap.platform.fixture.NoteMessages;
import no.samskap.platform.fixture.NoteWriter;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("outbox");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table note (id text primary key, text text not null)");
        }
        application = PlatformApplication.start(infrastructure, schema, Map.of());
    }

    @AfterAll
    void stopApplication() {
        application.close();
    }

    @Test
    void aRolledBackTransactionLeavesNeitherTheChangeNorItsMessage() throws Exception {
        var writer = application.getBean(NoteWriter.class);
        var id = UUID.randomUUID().toString();

        assertThrows(IllegalStateException.class, () -> writer.write(new Note(id, "never"), true));

        assertEquals(0, count("select count(*) from note where id = '" + id + "'"));
        assertEquals(0, count("select count(*) from outbox_message where message_key = '" + id + "'"));
    }

    @Test
    void refusesAMessageOutsideATransactionAndStoresNothing() throws Exception {
        var outbox = application.getBean(Outbox.class);
        var id = UUID.randomUUID().toString();

        assertThrows(TransactionUsageException.class, () -> outbox.append(new OutgoingMessage<>(
            NoteMessages.NOTE_WRITTEN, UUID.randomUUID(), Instant.now(), "1833", id,
            new NoteMessages.NoteWritten(id, "alone", 0))));

        assertEquals(0, count("select count(*) from outbox_message where message_key = '" + id + "'"));
    }

    @Test
    void storesTheMessageUnderItsIdTopicKeyAndType() throws Exception {
        var id = UUID.randomUUID().toString();

        application.getBean(NoteWriter.class).write(new Note(id, "kept"), false);

        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + id + "'"
            + " and message_type = 'note-written' and topic like '%note%' and envelope like '%\"" + id + "\"%'"
            + " and message_id = cast(envelope::json ->> 'id' as uuid)"));
    }

    @Test
    void aCommittedTransactionKeepsTheChangeAndItsMessageTogether() throws Exception {
        var writer = application.getBean(NoteWriter.class);
        var id = UUID.randomUUID().toString();

        writer.write(new Note(id, "kept"), false);

        assertEquals(1, count("select count(*) from note where id = '" + id + "'"));
        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + id + "'"));
    }

    @Test
    void drainsTheBacklogInOrderPerAggregateAfterKafkaComesBack() throws Exception {
        var writer = application.getBean(NoteWriter.class);
        var aggregates = List.of("agg-a-" + UUID.randomUUID(), "agg-b-" + UUID.randomUUID(), "agg-c-" + UUID.randomUUID());
        var broker = infrastructure.kafkaBroker();
        broker.stop();
        try {
            for (int sequence = 1; sequence <= 20; sequence++) {
                for (var aggregate : aggregates) {
                    writer.announce(aggregate, sequence);
                }
            }
            assertEquals(60, count("select count(*) from outbox_message where sent_at is null and message_key like 'agg-%'"));
        } finally {
            broker.start();
        }

        eventually(Duration.ofSeconds(60), () -> assertEquals(0,
            count("select count(*) from outbox_message where sent_at is null")));
        var received = readSequencesByAggregate(aggregates, 60);
        for (var aggregate : aggregates) {
            assertEquals(sequenceOneToTwenty(), received.get(aggregate), "order of " + aggregate);
        }
    }

    private Map<String, List<Integer>> readSequencesByAggregate(List<String> aggregates, int expected) {
        var topic = infrastructure.topicPrefix() + NoteMessages.NOTE.topic();
        var byAggregate = new HashMap<String, List<Integer>>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            var seen = 0;
            for (int polls = 0; polls < 120 && seen < expected; polls++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (!aggregates.contains(record.key())) {
                        continue;
                    }
                    var payload = EnvelopeCodec.payload(EnvelopeCodec.fromBytes(record.value()), NoteMessages.NOTE_WRITTEN);
                    byAggregate.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(payload.sequence());
                    seen++;
                }
            }
        }
        return byAggregate;
    }

    private static List<Integer> sequenceOneToTwenty() {
        var sequence = new ArrayList<Integer>();
        for (int i = 1; i <= 20; i++) {
            sequence.add(i);
        }
        return sequence;
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
