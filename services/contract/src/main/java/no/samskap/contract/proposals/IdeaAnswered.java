package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-answered} v1: staff answered an idea officially; outcome is accepted, not-possible or already-exists. */
public record IdeaAnswered(String ideaId, String answeredBy, String outcome, String answer, Instant answeredAt) {
}
