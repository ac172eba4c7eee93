package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-realised} v1: an accepted idea came true, linked to the cultural event that realised it. */
public record IdeaRealised(String ideaId, String realisedBy, String culturalEventId, Instant realisedAt) {
}
