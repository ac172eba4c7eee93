package no.samskap.bench;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * The backlog the gateway applies: each idea's life as the proposals service tells it (submitted, published, one
 * support, answered), four messages under the idea's key, for Rana and Ullensvang in turn.
 */
final class IdeaMessagesOnKafka {

    static final int MESSAGES_PER_IDEA = 4;
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private IdeaMessagesOnKafka() {
    }

    /**
     * Sends the messages of {@code ideas} ideas and returns how many were sent. The topic is created first and every
     * send is checked: a record the producer refuses (its first batch, racing the topic's creation, once was) would
     * leave an idea's later messages held behind a submission that never came, and the run waiting for them.
     */
    static int load(String bootstrapServers, String topicPrefix, int ideas) throws Exception {
        var topic = topicPrefix + ProposalsMessages.IDEA.topic();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        }
        var sends = new ArrayList<Future<RecordMetadata>>(ideas * MESSAGES_PER_IDEA);
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ideas; i++) {
                var id = UUID.randomUUID().toString();
                var municipality = i % 5 < 3 ? "1833" : "4618";
                var at = START.plusSeconds(i);
                var submitted = new IdeaSubmitted(id, "resident-" + i % 997, "Idé nummer " + i + " om kulturhuset",
                    "Beskrivelse av idé " + i, "kulturhus", at);
                sends.add(send(producer, topic, ProposalsMessages.IDEA_SUBMITTED, submitted, municipality, id, at));
                sends.add(send(producer, topic, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", at),
                    municipality, id, at));
                sends.add(send(producer, topic, ProposalsMessages.SUPPORT_GIVEN,
                    new SupportGiven(id, "supporter-" + i % 499, 1, at.plusSeconds(60)), municipality, id,
                    at.plusSeconds(60)));
                sends.add(send(producer, topic, ProposalsMessages.IDEA_ANSWERED,
                    new IdeaAnswered(id, "staff", "accepted", "Vi gjør det.", at.plusSeconds(120)), municipality, id,
                    at.plusSeconds(120)));
            }
            producer.flush();
        }
        for (var sent : sends) {
            sent.get();
        }
        return sends.size();
    }

    private static <P> Future<RecordMetadata> send(KafkaProducer<String, byte[]> producer, String topic,
                                                   MessageType<P> type, P payload, String municipality, String id,
                                                   Instant at) {
        return producer.send(new ProducerRecord<>(topic, id,
            EnvelopeCodec.toBytes(EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), at, municipality, id))));
    }
}
