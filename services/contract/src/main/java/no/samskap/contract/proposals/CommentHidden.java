package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-hidden} v1: staff hid a comment, or it reached the report threshold (hiddenBy samskap), or its
 * author was blocked ({@code cause} {@code author-blocked}, hiddenBy the admin). {@code cause} came later within v1
 * (see {@link HidingCause}).
 */
public record CommentHidden(String ideaId, String commentId, String reason, String hiddenBy, Instant hiddenAt,
                            String cause) {

    /** A moderator's or the platform's hiding. */
    public CommentHidden(String ideaId, String commentId, String reason, String hiddenBy, Instant hiddenAt) {
        this(ideaId, commentId, reason, hiddenBy, hiddenAt, HidingCause.MODERATION);
    }
}
