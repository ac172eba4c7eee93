package no.samskap.contract.feedback;

import java.time.Instant;

/** {@code feedback-restored} v1: hidden feedback is public again, after review or an appeal; {@code cause} as hidden. */
public record FeedbackRestored(String feedbackId, String reason, String cause, Instant restoredAt) {
}
