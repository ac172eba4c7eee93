package no.samskap.gateway.ideas.commands;

import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes what the proposals service would after a write, for the gateway's projection to pick up. */
public final class IdeaMessagesOnKafka implements AutoCloseable {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public IdeaMessagesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        topic = infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic();
    }

    /** As under post-moderation, where the platform publishes an idea as it is submitted. */
    public void submittedAndPublished(String id, String municipality, String title) {
        send(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "rana-resident", title, "Beskrivelse", "kulturhus", AT), UUID.randomUUID(), AT,
            municipality, id));
        send(EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", AT), UUID.randomUUID(),
            AT, municipality, id));
    }

    public void supportGiven(String id, String municipality, int supportCount) {
        send(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "rana-resident-2", supportCount, AT), UUID.randomUUID(), AT, municipality, id));
    }

    /** Any of the proposals service's idea messages, on the idea's own partition as the service would send it. */
    public <P> void send(MessageType<P> type, P payload, String municipality, String id) {
        send(EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.now(), municipality, id));
    }

    @Override
    public void close() {
        producer.close();
    }

    private void send(Envelope envelope) {
        try {
            producer.send(new ProducerRecord<>(topic, envelope.aggregateId(), EnvelopeCodec.toBytes(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }
}
