package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code comment-restored} v1: staff reviewed a hidden comment and showed it again. */
public record CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt) {
}
