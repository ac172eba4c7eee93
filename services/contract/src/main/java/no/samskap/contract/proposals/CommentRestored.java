package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-restored} v1: staff reviewed a hidden comment and showed it again, or the block of its author was
 * lifted ({@code cause} {@code author-blocked}). {@code cause} came later within v1 (see {@link HidingCause}), and
 * so did {@code reason}: the moderator's words to the author, null in older messages and when a block is lifted.
 */
public record CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt, String cause,
                              String reason) {

    /** A moderator's restoring with the reason the author reads. */
    public static CommentRestored byModerator(String ideaId, String commentId, String restoredBy, Instant restoredAt,
                                              String reason) {
        return new CommentRestored(ideaId, commentId, restoredBy, restoredAt, HidingCause.MODERATION, reason);
    }

    /** A restoring without a reason, as written before reasons travelled. */
    public CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt, String cause) {
        this(ideaId, commentId, restoredBy, restoredAt, cause, null);
    }

    /** A moderator's restoring without a reason, as written before reasons travelled. */
    public CommentRestored(String ideaId, String commentId, String restoredBy, Instant restoredAt) {
        this(ideaId, commentId, restoredBy, restoredAt, HidingCause.MODERATION);
    }
}
