package no.samskap.contract.feedback;

import java.time.Instant;
import java.time.LocalDate;

/** {@code feedback-response-date-changed} v1: staff moved the committed date of their answer, saying why. */
public record FeedbackResponseDateChanged(String feedbackId, LocalDate respondBy, String reason, Instant changedAt) {
}
