package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code report-received} v1: someone reported an idea ({@code commentId} null) or one of its comments, with their
 * reason; {@code openReports} counts the reports since the last review, this one included. Never says who reported:
 * it is for the municipality's moderators.
 */
public record ReportReceived(String ideaId, String commentId, String reason, int openReports, Instant reportedAt) {
}
