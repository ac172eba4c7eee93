package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-published} v1: a moderator (or post-moderation) published an idea; it is public from now on. */
public record IdeaPublished(String ideaId, String publishedBy, Instant publishedAt) {
}
