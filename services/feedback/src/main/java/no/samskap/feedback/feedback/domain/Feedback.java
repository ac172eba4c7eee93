package no.samskap.feedback.feedback.domain;

import no.samskap.contract.MunicipalityNumber;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident's feedback on a completed event they attended or on one of the municipality's service units. Its
 * author may change it for a while after giving it, and withdraw it at any time. Who may give it (attendance, one per
 * event) is decided before {@link #give}, by the application, which knows the events.
 */
public record Feedback(FeedbackId id, MunicipalityNumber municipality, Subject subject, Author author,
                       boolean anonymous, Contents contents, boolean ideaConsent, LocalDate respondBy,
                       Instant givenAt, Instant editedAt, Instant withdrawnAt, long version) {

    public static final String EDIT_WINDOW_CLOSED = "edit-window-closed";

    public static FeedbackEvent.Given give(FeedbackId id, MunicipalityNumber municipality, Subject subject,
                                           Author author, boolean anonymous, Contents contents, boolean ideaConsent,
                                           LocalDate respondBy, Instant at) {
        return new FeedbackEvent.Given(new Feedback(id, municipality, subject, author, anonymous, contents,
            ideaConsent, respondBy, at, null, null, 0), at);
    }

    /** Changes what the author said; only the author, and only until {@code editableFor} after giving it. */
    public FeedbackEvent.Edited edit(String by, Contents changed, boolean consent, Duration editableFor, Instant at) {
        requireAuthor(by, "only its author may change feedback");
        if (at.isAfter(editableUntil(editableFor))) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, EDIT_WINDOW_CLOSED, null, "feedback can be changed for "
                + editableFor.toDays() + " days after it was given; that time is over");
        }
        return new FeedbackEvent.Edited(new Feedback(id, municipality, subject, author, anonymous, changed, consent,
            respondBy, givenAt, at, null, version), at);
    }

    public FeedbackEvent.Withdrawn withdraw(String by, Instant at) {
        requireAuthor(by, "only its author may withdraw feedback");
        return new FeedbackEvent.Withdrawn(new Feedback(id, municipality, subject, author, anonymous, contents,
            ideaConsent, respondBy, givenAt, editedAt, at, version), at);
    }

    public Instant editableUntil(Duration editableFor) {
        return givenAt.plus(editableFor);
    }

    public boolean isBy(String personId) {
        return author.id().equals(personId);
    }

    private void requireAuthor(String by, String message) {
        if (!isBy(by)) {
            throw Refusal.forbidden(message);
        }
    }
}
