package no.samskap.feedback.feedback.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.feedback.domain.Eligibility;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.KnownEvent;
import no.samskap.feedback.feedback.domain.Refusal;

import java.util.UUID;

/** Who may give feedback on an event: those who attended it, once it is completed, once each. */
@Singleton
public class FeedbackEligibility {

    private final EventAttendance attendance;
    private final AllFeedback feedback;

    FeedbackEligibility(EventAttendance attendance, AllFeedback feedback) {
        this.attendance = attendance;
        this.feedback = feedback;
    }

    @ReadOnly
    public Eligibility of(String eventId, String personId) {
        return of(eventId(eventId), personId);
    }

    Eligibility of(UUID eventId, String personId) {
        var completed = attendance.event(eventId).filter(KnownEvent::completed).isPresent();
        if (!completed) {
            return Eligibility.not(eventId, Eligibility.NOT_COMPLETED);
        }
        if (!attendance.attended(eventId, personId)) {
            return Eligibility.not(eventId, Eligibility.NOT_ATTENDED);
        }
        return feedback.byAuthorOnEvent(personId, eventId).map(Feedback::id)
            .map(given -> Eligibility.alreadyGiven(eventId, given))
            .orElseGet(() -> Eligibility.eligible(eventId));
    }

    /** The event's id as given; refused naming {@code eventId} when it is none. */
    public static UUID eventId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid("eventId", "must be the id of an event");
        }
    }
}
