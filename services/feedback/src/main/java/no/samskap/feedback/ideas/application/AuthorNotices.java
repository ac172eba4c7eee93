package no.samskap.feedback.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.ideas.domain.IdeaOfFeedback;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.platform.privacy.FormerParticipant;

import java.time.Instant;
import java.util.UUID;

/**
 * What the author of feedback is told of the idea made of it, on their one feed, in the transaction of the change:
 * that it became an idea (linking their feedback), and "you said, we did" when an event realised it (linking the
 * event, or the idea when staff marked it realised by hand).
 */
@Singleton
class AuthorNotices {

    static final String SUBJECT_TYPE = "feedback";
    static final String TURNED_INTO_IDEA = "turned-into-idea";
    static final String YOU_SAID_WE_DID = "you-said-we-did";

    private final PersonNotifier notifier;

    AuthorNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    void turned(Feedback feedback, IdeaOfFeedback idea) {
        tell(feedback, new NotificationSubject(SUBJECT_TYPE, feedback.id().toString(), idea.title(),
            "/tilbakemeldinger/" + feedback.id()), TURNED_INTO_IDEA, "", idea.turnedAt());
    }

    /** {@code eventTitle} names the realising event when it is known; the idea's title is the note. */
    void realised(Feedback feedback, IdeaOfFeedback idea, UUID eventId, String eventTitle, Instant at) {
        var link = eventId == null ? "/ideer/" + idea.ideaId() : "/arrangementer/" + eventId;
        var title = eventTitle == null ? idea.title() : eventTitle;
        tell(feedback, new NotificationSubject(SUBJECT_TYPE, feedback.id().toString(), title, link), YOU_SAID_WE_DID,
            idea.title(), at);
    }

    private void tell(Feedback feedback, NotificationSubject subject, String kind, String note, Instant at) {
        if (FormerParticipant.is(feedback.author().id())) {
            return;
        }
        notifier.notify(new Notice(feedback.municipality().value(), feedback.author().id(), subject, kind, note, at));
    }
}
