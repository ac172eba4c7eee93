package no.samskap.gateway.ideas.pages;

import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentEdited;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.CommentRestored;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.PetitionHandled;
import no.samskap.contract.proposals.PetitionSent;
import no.samskap.contract.proposals.PetitionSignatureCountChanged;
import no.samskap.contract.proposals.PetitionStarted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.ResponseDateChanged;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportThresholdReached;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Ideas told as the proposals service tells them: submitted, published at once or by a moderator, assessed, their
 * response date moved and answered, discussed, with any text.
 */
public final class IdeaStoriesOnKafka implements AutoCloseable {

    static final Instant SUBMITTED_AT = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant THRESHOLD_REACHED_AT = Instant.parse("2026-11-20T12:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String municipality;

    public IdeaStoriesOnKafka(TestInfrastructure infrastructure, String municipality) {
        producer = infrastructure.producer();
        topic = infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic();
        this.municipality = municipality;
    }

    public String published(String title, String body, String serviceArea) {
        var id = UUID.randomUUID().toString();
        send(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", title, body, serviceArea, SUBMITTED_AT));
        send(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", SUBMITTED_AT));
        return id;
    }

    /** Held for pre-moderation and published by a moderator, who is named in the message as any staff member is. */
    String publishedByModerator(String title, String moderator) {
        var id = UUID.randomUUID().toString();
        send(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", title, "Tekst", "annet", SUBMITTED_AT));
        send(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, moderator, SUBMITTED_AT.plusSeconds(60)));
        return id;
    }

    String publishedAt(String title, String place) {
        var id = UUID.randomUUID().toString();
        send(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", title, "Tekst", "kulturhus",
            SUBMITTED_AT, List.of(), List.of("alle"), "for-alle", place));
        send(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", SUBMITTED_AT));
        return id;
    }

    /** A comment on the idea, or an answer to {@code parentId}; {@code official} when the municipality wrote it. */
    public String commented(String idea, String parentId, String author, boolean official, String body, Instant at) {
        var comment = UUID.randomUUID().toString();
        send(idea, ProposalsMessages.COMMENT_ADDED, new CommentAdded(idea, comment, parentId, author, official, body, at));
        return comment;
    }

    void commentEdited(String idea, String comment, String body, Instant at) {
        send(idea, ProposalsMessages.COMMENT_EDITED, new CommentEdited(idea, comment, body, at));
    }

    void commentHidden(String idea, String comment, String reason) {
        send(idea, ProposalsMessages.COMMENT_HIDDEN, new CommentHidden(idea, comment, reason, "moderator", Instant.now()));
    }

    void commentRestored(String idea, String comment, String reason) {
        send(idea, ProposalsMessages.COMMENT_RESTORED,
            CommentRestored.byModerator(idea, comment, "moderator", Instant.now(), reason));
    }

    /** The author's edit, carrying the idea as it now reads. */
    void edited(String id, String title, String place) {
        send(id, ProposalsMessages.IDEA_EDITED, new IdeaEdited(id, "resident", title, "Tekst", "kulturhus", List.of(),
            List.of("alle"), "for-alle", place, SUBMITTED_AT.plusSeconds(600)));
    }

    void assessmentStarted(String id, LocalDate respondBy) {
        send(id, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
            new IdeaAssessmentStarted(id, "staff", respondBy, SUBMITTED_AT.plusSeconds(3600)));
    }

    void responseDateChanged(String id, LocalDate from, LocalDate to, String reason) {
        send(id, ProposalsMessages.RESPONSE_DATE_CHANGED,
            new ResponseDateChanged(id, "staff", from, to, reason, SUBMITTED_AT.plusSeconds(5400)));
    }

    void answered(String id, String outcome, String answer) {
        send(id, ProposalsMessages.IDEA_ANSWERED, new IdeaAnswered(id, "staff", outcome, answer, SUBMITTED_AT.plusSeconds(7200)));
    }

    void supported(String id, int supportCount) {
        send(id, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(id, "supporter-" + supportCount, supportCount,
            SUBMITTED_AT.plusSeconds(3600)));
    }

    void hidden(String id, String by, String reason) {
        send(id, ProposalsMessages.IDEA_HIDDEN, new IdeaHidden(id, reason, by, SUBMITTED_AT.plusSeconds(1800)));
    }

    void restored(String id, String reason) {
        send(id, ProposalsMessages.IDEA_RESTORED,
            IdeaRestored.byModerator(id, "moderator-kari", SUBMITTED_AT.plusSeconds(2400), reason));
    }

    void thresholdReached(String id, int threshold) {
        supported(id, threshold);
        send(id, ProposalsMessages.SUPPORT_THRESHOLD_REACHED, new SupportThresholdReached(id, threshold, threshold,
            THRESHOLD_REACHED_AT));
    }

    /** An innbyggerforslag started by the idea's author and signed {@code signatures} times. */
    void petitionCollecting(String id, int signatures, int threshold) {
        send(id, ProposalsMessages.PETITION_STARTED, new PetitionStarted(id, threshold, THRESHOLD_REACHED_AT));
        send(id, ProposalsMessages.PETITION_SIGNATURE_COUNT_CHANGED, new PetitionSignatureCountChanged(id, signatures,
            threshold, THRESHOLD_REACHED_AT));
    }

    void petitionSent(String id, int signatures, int threshold, LocalDate councilDeadline) {
        petitionCollecting(id, signatures, threshold);
        send(id, ProposalsMessages.PETITION_SENT, new PetitionSent(id, signatures, threshold, THRESHOLD_REACHED_AT,
            councilDeadline));
    }

    void petitionTreated(String id, LocalDate meetingDate, String decision, String caseUrl) {
        send(id, ProposalsMessages.PETITION_HANDLED, new PetitionHandled(id, "treated", meetingDate, decision, caseUrl,
            THRESHOLD_REACHED_AT));
    }

    @Override
    public void close() {
        producer.close();
    }

    private <T> void send(String id, MessageType<T> type, T message) {
        Envelope envelope = EnvelopeCodec.wrap(type, message, UUID.randomUUID(), SUBMITTED_AT, municipality, id);
        try {
            producer.send(new ProducerRecord<>(topic, id, EnvelopeCodec.toBytes(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }
}
