package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-restored} v1: staff reviewed a hidden comment and showed it again, or the block of its author was
 * lifted ({@code cause} {@code author-blocked}). {@code cause} came later within v1 (see {@link HidingCause}).
 */
public record CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt, String cause) {

    /** A moderator's restoring. */
    public CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt) {
        this(ideaId, commentId, restoredBy, restoredAt, HidingCause.MODERATION);
    }
}
