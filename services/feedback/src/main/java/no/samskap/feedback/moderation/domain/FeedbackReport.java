package no.samskap.feedback.moderation.domain;

import java.time.Instant;
import java.util.UUID;

/** Someone's report that feedback breaks the rules; kept for review and never published. */
public record FeedbackReport(UUID feedbackId, String reporterId, String reason, Instant reportedAt) {
}
