package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-followed} v1: a person began to follow an idea, by their own choice or automatically as its author or a
 * supporter. Sent only when they did not follow it already.
 */
public record IdeaFollowed(String ideaId, String followerId, Instant followedAt) {
}
