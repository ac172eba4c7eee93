package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code comment-appealed} v1: the author appealed the hiding of their comment. The appeal's words are the author's
 * about a moderator and are not published.
 */
public record CommentAppealed(String ideaId, String commentId, String appealedBy, Instant appealedAt) {
}
