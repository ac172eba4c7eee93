package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.proposals.ideas.domain.Follows;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tells an idea's followers, except whoever acted, of its changes of status, its answer and a moved response date, in
 * the transaction of the step, and tells each of them on their one feed through the platform's notifier. A rejection, a
 * hiding and a restoring concern the author alone: the public never saw a rejected idea, and a hiding is no one else's
 * business.
 */
@Singleton
class Notifier {

    static final int NOTE_LENGTH = 200;
    /** "You said, we did": the idea came true as an event that took place. */
    static final String REALISED_BY_EVENT = "idea-realised-by-event";
    static final String THRESHOLD_REACHED = "support-threshold-reached";
    /** The innbyggerforslag went to the council; the note is the council's deadline. */
    static final String PETITION_SENT = "petition-sent";
    /** Staff recorded what the council did; the note is {@code treated} or {@code refused}. */
    static final String PETITION_HANDLED = "petition-handled";

    private final Follows follows;
    private final Notifications notifications;
    private final PersonNotifier notifier;

    Notifier(Follows follows, Notifications notifications, PersonNotifier notifier) {
        this.follows = follows;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    void notifyFollowers(Idea idea, IdeaEvent domainEvent) {
        kindOf(domainEvent).ifPresent(kind -> tell(idea, follows.followersOf(idea.id()).stream()
            .filter(person -> !person.equals(domainEvent.actor().id()))
            .filter(person -> !onlyForTheAuthor(domainEvent) || idea.isBy(person))
            .sorted().toList(), kind, noteOf(domainEvent), domainEvent.occurredAt()));
    }

    /** Every follower hears that the idea reached its support threshold; the note is the threshold. */
    void notifyThresholdReached(Idea idea, int threshold, Instant now) {
        tell(idea, follows.followersOf(idea.id()).stream().sorted().toList(), THRESHOLD_REACHED,
            Integer.toString(threshold), now);
    }

    /** The idea's followers and {@code others}, each once. */
    void tellFollowersAnd(Idea idea, List<String> others, String kind, String note, Instant at) {
        var recipients = new java.util.TreeSet<>(follows.followersOf(idea.id()));
        recipients.addAll(others);
        tell(idea, List.copyOf(recipients), kind, note, at);
    }

    void tell(Idea idea, List<String> recipients, String kind, String note, Instant at) {
        var subject = new NotificationSubject("idea", idea.id().value().toString(), idea.title(),
            "/ideer/" + idea.id().value());
        notifications.add(recipients, idea.id().value(), idea.title(), kind, note, at)
            .forEach(added -> notifier.notify(new Notice(idea.municipality().number(), added.personId(), subject,
                added.kind(), added.note(), added.createdAt())));
    }

    /**
     * Changes of status, the answer, a new response date, and the author's moderation steps; appeals and submissions
     * are not news.
     */
    static Optional<String> kindOf(IdeaEvent domainEvent) {
        if (domainEvent instanceof IdeaEvent.IdeaAnswered) {
            return Optional.of("answered");
        }
        if (domainEvent instanceof IdeaEvent.IdeaRealised realised && realised.realisingEventId() != null) {
            return Optional.of(REALISED_BY_EVENT);
        }
        if (domainEvent instanceof IdeaEvent.ResponseDateChanged) {
            return Optional.of("response-date-changed");
        }
        if (domainEvent.moderation() != null) {
            return onlyForTheAuthor(domainEvent)
                ? Optional.of(domainEvent.moderation().toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
        }
        if (domainEvent instanceof IdeaEvent.IdeaSubmitted) {
            return Optional.empty();
        }
        return Optional.of(domainEvent.status().code());
    }

    static boolean onlyForTheAuthor(IdeaEvent domainEvent) {
        return domainEvent instanceof IdeaEvent.IdeaRejected || domainEvent instanceof IdeaEvent.IdeaHidden
            || domainEvent instanceof IdeaEvent.IdeaRestored;
    }

    /**
     * The date of an assessment or the new one it was moved to, or the start of an answer; a rejection's reason is the
     * author's to read on the idea.
     */
    static String noteOf(IdeaEvent domainEvent) {
        if (domainEvent instanceof IdeaEvent.AssessmentStarted started) {
            return started.respondBy().toString();
        }
        if (domainEvent instanceof IdeaEvent.ResponseDateChanged changed) {
            return changed.respondBy().toString();
        }
        if (domainEvent instanceof IdeaEvent.IdeaAnswered answered) {
            return answered.answer().codePoints().limit(NOTE_LENGTH)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        return "";
    }
}
