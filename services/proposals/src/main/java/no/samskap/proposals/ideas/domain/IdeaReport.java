package no.samskap.proposals.ideas.domain;

import java.time.Instant;

/** Someone's report that an idea breaks the rules. Reports are kept for review and never published. */
public record IdeaReport(IdeaId ideaId, String reporterId, String reason, Instant reportedAt) {
}
