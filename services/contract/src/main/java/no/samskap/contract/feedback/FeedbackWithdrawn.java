package no.samskap.contract.feedback;

import java.time.Instant;

/**
 * {@code feedback-withdrawn} v1: the feedback is gone, withdrawn by its author or erased with their data; readers
 * drop its text and its answer but may keep it in counts they already published.
 */
public record FeedbackWithdrawn(String feedbackId, Instant withdrawnAt) {
}
