package no.samskap.contract.feedback;

import java.time.Instant;

/** {@code feedback-edited} v1: the author changed their feedback within the window for edits; the whole new text. */
public record FeedbackEdited(String feedbackId, int rating, String text, String wishNext, Instant editedAt) {
}
