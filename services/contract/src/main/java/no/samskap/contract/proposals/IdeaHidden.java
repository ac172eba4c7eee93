package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-hidden} v1: staff hid a published idea from the public, or it reached the report threshold
 * (hiddenBy samskap). Its status does not change; the reports themselves are never published.
 */
public record IdeaHidden(String ideaId, String reason, String hiddenBy, Instant hiddenAt) {
}
