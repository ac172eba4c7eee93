package no.samskap.proposals.ideas.domain;

import java.time.Instant;

/** Someone's report that a comment breaks the rules. Reports are kept for review and never published. */
public record CommentReport(CommentId commentId, String reporterId, String reason, Instant reportedAt) {
}
