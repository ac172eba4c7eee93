package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-restored} v1: staff reviewed a hidden idea and showed it to the public again. */
public record IdeaRestored(String ideaId, String restoredBy, Instant restoredAt) {
}
