package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-appeal-decided} v1: another moderator decided the author's appeal against the hiding of their
 * comment. When {@code upheld}, a {@code comment-restored} with the same reason follows; when not, the hiding stands
 * and no appeal follows.
 */
public record CommentAppealDecided(String ideaId, String commentId, boolean upheld, String decidedBy, String reason,
                                   Instant decidedAt) {
}
