package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-added} v1: a resident or the municipality's staff commented on an idea; parentId is the
 * top-level comment it answers, null for a top-level comment; official is true for staff comments.
 */
public record CommentAdded(String ideaId, String commentId, String parentId, String authorId, boolean official,
                           String body, Instant addedAt) {
}
