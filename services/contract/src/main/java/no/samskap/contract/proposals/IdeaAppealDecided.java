package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-appeal-decided} v1: another moderator decided the author's appeal. When {@code upheld}, an
 * {@code idea-restored} or {@code idea-published} follows; when not, the decision stands and no appeal follows.
 */
public record IdeaAppealDecided(String ideaId, boolean upheld, String decidedBy, String reason, Instant decidedAt) {
}
