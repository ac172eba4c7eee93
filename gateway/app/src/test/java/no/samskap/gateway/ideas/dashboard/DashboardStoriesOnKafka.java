package no.samskap.gateway.ideas.dashboard;

import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRejected;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.IdeaWithdrawn;
import no.samskap.contract.proposals.PetitionHandled;
import no.samskap.contract.proposals.PetitionSent;
import no.samskap.contract.proposals.PetitionStarted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Ideas' lives told on Kafka as the proposals service tells them, at the times a test chooses. */
final class DashboardStoriesOnKafka implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String municipality;
    private int distinctMessages;

    DashboardStoriesOnKafka(TestInfrastructure infrastructure, String municipality) {
        producer = infrastructure.producer();
        topic = infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic();
        this.municipality = municipality;
    }

    String submitted(Instant at, String serviceArea, List<String> strategicValues, List<String> targetGroups) {
        var id = UUID.randomUUID().toString();
        send(id, at, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", "En idé " + id, "Beskrivelse",
            serviceArea, at, strategicValues, targetGroups, "for-alle", null));
        return id;
    }

    /** As the proposals service wrote it before ideas had classifications. */
    String submittedUnclassified(Instant at, String serviceArea) {
        var id = UUID.randomUUID().toString();
        send(id, at, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", "En idé " + id, "Beskrivelse",
            serviceArea, at));
        return id;
    }

    void published(String id, Instant at) {
        send(id, at, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", at));
    }

    void rejected(String id, Instant at) {
        send(id, at, ProposalsMessages.IDEA_REJECTED, new IdeaRejected(id, "staff", "Personopplysninger", at));
    }

    void assessmentStarted(String id, Instant at) {
        send(id, at, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
            new IdeaAssessmentStarted(id, "staff", LocalDate.parse("2026-12-24"), at));
    }

    void answered(String id, Instant at, String outcome) {
        send(id, at, ProposalsMessages.IDEA_ANSWERED, new IdeaAnswered(id, "staff", outcome, "Svaret.", at));
    }

    /** Under assessment with the given response date. */
    void assessmentStarted(String id, Instant at, LocalDate respondBy) {
        send(id, at, ProposalsMessages.IDEA_ASSESSMENT_STARTED, new IdeaAssessmentStarted(id, "staff", respondBy, at));
    }

    /** Turned into an innbyggerforslag and sent to the council with the given deadline. */
    void petitionSent(String id, Instant at, LocalDate councilDeadline) {
        send(id, at, ProposalsMessages.PETITION_STARTED, new PetitionStarted(id, 300, at));
        send(id, at, ProposalsMessages.PETITION_SENT, new PetitionSent(id, 312, 300, at, councilDeadline));
    }

    /** The council's handling recorded. */
    void petitionHandled(String id, Instant at) {
        send(id, at, ProposalsMessages.PETITION_HANDLED, new PetitionHandled(id, "treated", LocalDate.parse("2026-06-18"),
            "Vedtatt.", null, at));
    }

    void withdrawn(String id, Instant at) {
        send(id, at, ProposalsMessages.IDEA_WITHDRAWN, new IdeaWithdrawn(id, "resident", at));
    }

    /** Delivered {@code deliveries} times with the same message id, as after a producer retry. */
    void supportGiven(String id, Instant at, int supportCount, int deliveries) {
        var envelope = EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "supporter-" + supportCount, supportCount, at), UUID.randomUUID(), at, municipality, id);
        for (int i = 0; i < deliveries; i++) {
            deliver(envelope);
        }
        distinctMessages++;
    }

    void commented(String id, Instant at, boolean official) {
        send(id, at, ProposalsMessages.COMMENT_ADDED,
            new CommentAdded(id, UUID.randomUUID().toString(), null, official ? "staff" : "resident", official, "Fint!", at));
    }

    /** How many messages with different ids were sent, which is how many the gateway processes. */
    int distinctMessages() {
        return distinctMessages;
    }

    @Override
    public void close() {
        producer.close();
    }

    private <T> void send(String id, Instant at, MessageType<T> type, T message) {
        deliver(EnvelopeCodec.wrap(type, message, UUID.randomUUID(), at, municipality, id));
        distinctMessages++;
    }

    private void deliver(Envelope envelope) {
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
