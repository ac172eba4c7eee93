package no.samskap.gateway.ideas.staff;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentAppealDecided;
import no.samskap.contract.proposals.CommentAppealed;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.CommentRestored;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAppealDecided;
import no.samskap.contract.proposals.IdeaAppealed;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRejected;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.ReportReceived;
import no.samskap.contract.proposals.ResponseDateChanged;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportThresholdReached;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the proposals service tells about ideas that need staff: submitted, hidden after reports or by staff,
 * appealed, assessed, and comments hidden. {@code by} arguments are Keycloak subjects, as the service writes them.
 */
final class StaffStoriesOnKafka implements AutoCloseable {

    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AtomicInteger sent = new AtomicInteger();

    StaffStoriesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        topic = infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic();
    }

    /** Under pre-moderation: waiting for staff. */
    String submitted(String municipality, String title) {
        var id = UUID.randomUUID().toString();
        send(municipality, id, ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident", title, "Beskrivelse av " + title, "kulturhus", AT));
        return id;
    }

    String published(String municipality, String title) {
        var id = submitted(municipality, title);
        published(municipality, id, "samskap");
        return id;
    }

    void published(String municipality, String id, String by) {
        send(municipality, id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, by, AT.plusSeconds(60)));
    }

    void rejected(String municipality, String id, String by, String reason) {
        send(municipality, id, ProposalsMessages.IDEA_REJECTED, new IdeaRejected(id, by, reason, AT.plusSeconds(60)));
    }

    void hidden(String municipality, String id, String by, String reason) {
        send(municipality, id, ProposalsMessages.IDEA_HIDDEN, new IdeaHidden(id, reason, by, AT.plusSeconds(120)));
    }

    void restored(String municipality, String id, String by) {
        send(municipality, id, ProposalsMessages.IDEA_RESTORED, new IdeaRestored(id, by, AT.plusSeconds(180)));
    }

    void appealed(String municipality, String id, String against) {
        send(municipality, id, ProposalsMessages.IDEA_APPEALED, new IdeaAppealed(id, "resident", against, AT.plusSeconds(240)));
    }

    void appealDecided(String municipality, String id, boolean upheld, String by) {
        send(municipality, id, ProposalsMessages.IDEA_APPEAL_DECIDED,
            new IdeaAppealDecided(id, upheld, by, "Vurdert på nytt.", AT.plusSeconds(300)));
    }

    void assessmentStarted(String municipality, String id, LocalDate respondBy) {
        send(municipality, id, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
            new IdeaAssessmentStarted(id, "staff", respondBy, AT.plusSeconds(360)));
    }

    void responseDateChanged(String municipality, String id, LocalDate from, LocalDate to) {
        send(municipality, id, ProposalsMessages.RESPONSE_DATE_CHANGED,
            new ResponseDateChanged(id, "staff", from, to, "Vi venter på budsjettet.", AT.plusSeconds(390)));
    }

    void thresholdReached(String municipality, String id, int threshold) {
        send(municipality, id, ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "supporter", threshold, AT.plusSeconds(330)));
        send(municipality, id, ProposalsMessages.SUPPORT_THRESHOLD_REACHED,
            new SupportThresholdReached(id, threshold, threshold, AT.plusSeconds(330)));
    }

    void reported(String municipality, String id, String comment, String reason, int openReports) {
        send(municipality, id, ProposalsMessages.REPORT_RECEIVED,
            new ReportReceived(id, comment, reason, openReports, AT.plusSeconds(100 + openReports)));
    }

    void answered(String municipality, String id) {
        send(municipality, id, ProposalsMessages.IDEA_ANSWERED,
            new IdeaAnswered(id, "staff", "accepted", "Vi gjør det.", AT.plusSeconds(420)));
    }

    String commentAdded(String municipality, String id, String body) {
        var comment = UUID.randomUUID().toString();
        send(municipality, id, ProposalsMessages.COMMENT_ADDED,
            new CommentAdded(id, comment, null, "resident-2", false, body, AT.plusSeconds(30)));
        return comment;
    }

    void commentHidden(String municipality, String id, String comment, String by, String reason) {
        send(municipality, id, ProposalsMessages.COMMENT_HIDDEN, new CommentHidden(id, comment, reason, by, AT.plusSeconds(90)));
    }

    void commentRestored(String municipality, String id, String comment, String by) {
        send(municipality, id, ProposalsMessages.COMMENT_RESTORED, new CommentRestored(id, comment, by, AT.plusSeconds(150)));
    }

    void commentAppealed(String municipality, String id, String comment) {
        send(municipality, id, ProposalsMessages.COMMENT_APPEALED,
            new CommentAppealed(id, comment, "resident-2", AT.plusSeconds(120)));
    }

    void commentAppealDecided(String municipality, String id, String comment, boolean upheld, String by) {
        send(municipality, id, ProposalsMessages.COMMENT_APPEAL_DECIDED,
            new CommentAppealDecided(id, comment, upheld, by, "Vurdert på nytt.", AT.plusSeconds(140)));
    }

    /** How many messages this has sent, to wait for all of them to be processed. */
    int sent() {
        return sent.get();
    }

    @Override
    public void close() {
        producer.close();
    }

    private <T> void send(String municipality, String id, MessageType<T> type, T message) {
        var envelope = EnvelopeCodec.wrap(type, message, UUID.randomUUID(), AT, municipality, id);
        try {
            producer.send(new ProducerRecord<>(topic, id, EnvelopeCodec.toBytes(envelope))).get();
            sent.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }
}
