package no.samskap.contract.feedback;

import java.time.Instant;

/**
 * {@code feedback-answered} v1: the municipality's staff answered. A public answer carries its {@code text}; a
 * private one ({@code publicAnswer} false) reaches the author only, so {@code text} is null here. A later answer
 * replaces the earlier one. {@code onTime} tells whether it came by the committed date.
 */
public record FeedbackAnswered(String feedbackId, boolean publicAnswer, String text, boolean onTime,
                               Instant answeredAt) {
}
