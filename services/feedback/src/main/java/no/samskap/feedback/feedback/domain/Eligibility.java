package no.samskap.feedback.feedback.domain;

import java.util.UUID;

/**
 * Whether a person may give feedback on an event now, and if not why: {@code not-completed} (not known to have taken
 * place), {@code not-attended}, or {@code already-given} (then {@code feedbackId} is theirs).
 */
public record Eligibility(UUID eventId, boolean eligible, String reason, FeedbackId feedbackId) {

    public static final String NOT_COMPLETED = "not-completed";
    public static final String NOT_ATTENDED = "not-attended";
    public static final String ALREADY_GIVEN = "already-given";

    public static Eligibility eligible(UUID eventId) {
        return new Eligibility(eventId, true, null, null);
    }

    public static Eligibility not(UUID eventId, String reason) {
        return new Eligibility(eventId, false, reason, null);
    }

    public static Eligibility alreadyGiven(UUID eventId, FeedbackId feedbackId) {
        return new Eligibility(eventId, false, ALREADY_GIVEN, feedbackId);
    }

    /** Refuses giving feedback for the reason this eligibility holds; does nothing when eligible. */
    public void require() {
        if (eligible) {
            return;
        }
        throw switch (reason) {
            case NOT_COMPLETED -> Refusal.rule(Refusal.Kind.UNPROCESSABLE, reason, "eventId",
                "feedback can be given once the event has taken place and the organisers have completed it");
            case NOT_ATTENDED -> Refusal.rule(Refusal.Kind.UNPROCESSABLE, reason, "eventId",
                "only people who were registered for the event or checked in at it may give feedback on it");
            default -> Refusal.rule(Refusal.Kind.CONFLICT, reason, "eventId",
                "you have already given feedback on this event (" + feedbackId + "); change that one instead");
        };
    }
}
