package no.samskap.feedback.feedback.application;

/** A change of feedback by its author; each field left out (null) stays as it was. */
public record EditFeedback(Integer rating, String text, String wishNext, Boolean ideaConsent) {
}
