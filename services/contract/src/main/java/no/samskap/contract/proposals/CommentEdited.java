package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code comment-edited} v1: the author of a comment changed its text within the edit window. */
public record CommentEdited(String ideaId, String commentId, String body, Instant editedAt) {
}
