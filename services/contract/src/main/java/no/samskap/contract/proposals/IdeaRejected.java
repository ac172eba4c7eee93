package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-rejected} v1: a moderator refused to publish an idea, with a reason the author sees. */
public record IdeaRejected(String ideaId, String rejectedBy, String reason, Instant rejectedAt) {
}
