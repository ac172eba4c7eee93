package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-appealed} v1: the author appealed the decision that hid or rejected their idea ({@code against} is
 * {@code hidden} or {@code rejected}). The appeal's words are the author's about a moderator and are not published.
 */
public record IdeaAppealed(String ideaId, String appealedBy, String against, Instant appealedAt) {
}
