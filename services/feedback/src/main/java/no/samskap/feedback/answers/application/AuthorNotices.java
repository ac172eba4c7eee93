package no.samskap.feedback.answers.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.platform.privacy.FormerParticipant;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.time.Instant;

/**
 * Tells the author of a piece of feedback what happened to it, on their one feed, in the transaction of the change.
 * A notice about an answer says that it came, not what it says: a private answer must never reach a message, and the
 * author reads every answer on their feedback's page. An author who erased their account is told nothing.
 */
@Singleton
public class AuthorNotices {

    public static final String SUBJECT_TYPE = "feedback";
    public static final String ANSWERED = "answered";
    public static final String RESPONSE_DATE_CHANGED = "response-date-changed";
    public static final String HIDDEN = "hidden";
    public static final String RESTORED = "restored";
    public static final String APPEAL_DECIDED = "appeal-decided";

    private final PersonNotifier notifier;

    AuthorNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    /** {@code title} names what the feedback is about; {@code note} is what the author may read of the step. */
    public void tell(String municipality, String authorId, FeedbackId feedbackId, String title, String kind, String note,
                     Instant at) {
        if (FormerParticipant.is(authorId)) {
            return;
        }
        var id = feedbackId.toString();
        notifier.notify(new Notice(municipality, authorId,
            new NotificationSubject(SUBJECT_TYPE, id, title, "/tilbakemeldinger/" + id), kind, note, at));
    }
}
