package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.time.Instant;

/** Someone's report that feedback breaks the rules; kept for review and never published. */
public record FeedbackReport(FeedbackId feedbackId, String reporterId, String reason, Instant reportedAt) {
}
