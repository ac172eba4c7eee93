package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-submitted} v1: a resident submitted an idea. */
public record IdeaSubmitted(
    String ideaId,
    String authorId,
    String title,
    String body,
    String serviceArea,
    Instant submittedAt) {
}
