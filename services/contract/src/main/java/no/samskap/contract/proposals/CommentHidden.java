package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code comment-hidden} v1: staff hid a comment, or it reached the report threshold (hiddenBy samskap). */
public record CommentHidden(String ideaId, String commentId, String reason, String hiddenBy, Instant hiddenAt) {
}
