package no.samskap.feedback.feedback.application;

/** A request to give feedback, as read from the body; {@code eventId} or {@code municipality} and {@code unit}. */
public record GiveFeedback(String eventId, String municipality, String unit, Integer rating, String text,
                           String wishNext, Boolean anonymous, Boolean ideaConsent) {
}
