package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-unfollowed} v1: a person stopped following an idea. Sent only when they followed it. */
public record IdeaUnfollowed(String ideaId, String followerId, Instant unfollowedAt) {
}
