package no.samskap.gateway.ideas.me;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.notifications.PersonNotified;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.CommentRestored;
import no.samskap.contract.proposals.IdeaAppealed;
import no.samskap.contract.proposals.IdeaFollowed;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRejected;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.IdeaUnfollowed;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportWithdrawn;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the proposals service tells about people's ideas, comments, supports, follows and notifications, as it tells it.
 */
final class MyStoriesOnKafka implements AutoCloseable {

    static final String RANA = "1833";
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String prefix;
    private final AtomicLong notificationCount = new AtomicLong();
    private final AtomicInteger sent = new AtomicInteger();

    MyStoriesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        prefix = infrastructure.topicPrefix();
    }

    /** The subject the stand-in identity provider gives a person, which is what the services know them by. */
    static String subjectOf(Person person) {
        return person.subject();
    }

    int sent() {
        return sent.get();
    }

    String submittedBy(Person author, String title) {
        var id = UUID.randomUUID().toString();
        onIdea(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, subjectOf(author), title, "Beskrivelse",
            "kulturhus", AT));
        onIdea(id, ProposalsMessages.IDEA_FOLLOWED, new IdeaFollowed(id, subjectOf(author), AT));
        return id;
    }

    String publishedBy(Person author, String title) {
        var id = submittedBy(author, title);
        onIdea(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", AT));
        return id;
    }

    void rejected(String id, String reason) {
        onIdea(id, ProposalsMessages.IDEA_REJECTED, new IdeaRejected(id, "staff", reason, AT));
    }

    void hidden(String id, String reason) {
        onIdea(id, ProposalsMessages.IDEA_HIDDEN, new IdeaHidden(id, reason, "staff", AT));
    }

    void restored(String id, String reason) {
        onIdea(id, ProposalsMessages.IDEA_RESTORED, IdeaRestored.byModerator(id, "staff", AT, reason));
    }

    void appealed(String id, Person author, String against) {
        onIdea(id, ProposalsMessages.IDEA_APPEALED, new IdeaAppealed(id, subjectOf(author), against, AT));
    }

    /** Returns the comment's id. */
    String commented(String id, Person author, String body) {
        var comment = UUID.randomUUID().toString();
        onIdea(id, ProposalsMessages.COMMENT_ADDED, new CommentAdded(id, comment, null, subjectOf(author), false, body, AT));
        return comment;
    }

    void commentHidden(String id, String comment, String reason) {
        onIdea(id, ProposalsMessages.COMMENT_HIDDEN, new CommentHidden(id, comment, reason, "staff", AT.plusSeconds(60)));
    }

    void commentRestored(String id, String comment, String reason) {
        onIdea(id, ProposalsMessages.COMMENT_RESTORED,
            CommentRestored.byModerator(id, comment, "staff", AT.plusSeconds(86_400), reason));
    }

    void supported(String id, Person supporter, int count) {
        onIdea(id, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(id, subjectOf(supporter), count, AT));
        onIdea(id, ProposalsMessages.IDEA_FOLLOWED, new IdeaFollowed(id, subjectOf(supporter), AT));
    }

    void supportWithdrawn(String id, Person supporter, int count) {
        onIdea(id, ProposalsMessages.SUPPORT_WITHDRAWN, new SupportWithdrawn(id, subjectOf(supporter), count, AT));
    }

    void followed(String id, Person follower) {
        onIdea(id, ProposalsMessages.IDEA_FOLLOWED, new IdeaFollowed(id, subjectOf(follower), AT));
    }

    void unfollowed(String id, Person follower) {
        onIdea(id, ProposalsMessages.IDEA_UNFOLLOWED, new IdeaUnfollowed(id, subjectOf(follower), AT));
    }

    /** The proposals service tells the person about the idea on their one feed; returns the notification's id. */
    String notified(Person person, String ideaId, String ideaTitle, String kind, String note) {
        var id = UUID.randomUUID();
        var subject = subjectOf(person);
        send(NotificationsMessages.PERSON_NOTIFIED, subject, new PersonNotified(subject, id.toString(), "proposals",
            new NotificationSubject("idea", ideaId, ideaTitle, "/ideer/" + ideaId), kind, note,
            AT.plusSeconds(notificationCount.incrementAndGet())));
        return id.toString();
    }

    private <P> void onIdea(String id, MessageType<P> type, P payload) {
        send(type, id, payload);
    }

    private <P> void send(MessageType<P> type, String key, P payload) {
        var envelope = EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), AT, RANA, key);
        try {
            producer.send(new ProducerRecord<>(prefix + type.topic(), key, EnvelopeCodec.toBytes(envelope))).get();
            sent.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
