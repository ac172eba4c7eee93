package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.Answer;
import no.samskap.feedback.feedback.domain.Author;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.platform.security.SignedInPerson;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of feedback with what other capabilities add to it, as one viewer may see it: a private answer only for
 * the author and the municipality's staff, the author only for staff and only when not anonymous.
 */
public record FeedbackReading(Feedback feedback, String eventTitle, Answer answer, String hiddenReason, UUID ideaId,
                              Instant editableUntil, SignedInPerson viewer) {

    public boolean hidden() {
        return hiddenReason != null;
    }

    public boolean mine() {
        return viewer != null && feedback.isBy(viewer.subject());
    }

    public boolean seenByStaff() {
        return viewer != null && viewer.isStaffOf(feedback.municipality().value());
    }

    /** Whether this viewer may see it at all: anyone while it is not hidden, else its author and staff. */
    public boolean visible() {
        return !hidden() || mine() || seenByStaff();
    }

    public Answer answerShown() {
        return answer != null && (answer.publicAnswer() || mine() || seenByStaff()) ? answer : null;
    }

    public Author authorShown() {
        return seenByStaff() && !feedback.anonymous() ? feedback.author() : null;
    }
}
